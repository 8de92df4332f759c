import { describe, expect, it } from "vitest";
import { extractQuotes, parseReport } from "../src/index.js";
import { expectConsistent } from "./helpers.js";

describe("arguments and options", () => {
  it("names a wrong argument type", () => {
    expect(() => parseReport(42 as unknown as string)).toThrow(/parseReport: text must be a string, got number/);
    expect(() => extractQuotes(null as unknown as string)).toThrow(/extractQuotes: text must be a string, got null/);
  });

  it("rejects an invalid reference date and unknown options with the option's name", () => {
    expect(() => parseReport("x", { referenceDate: "2018-02-30" })).toThrow(/referenceDate/);
    expect(() => parseReport("x", { referenceDate: "27/08/2018" })).toThrow(/YYYY-MM-DD/);
    expect(() => parseReport("x", { refDate: "2018-08-27" } as never)).toThrow(/refDate/);
    expect(() => parseReport("x", { maxInputLength: -1 })).toThrow(/maxInputLength/);
  });

  it("accepts a Date as reference date, using its UTC day", () => {
    const report = parseReport("They met on July 23.", { referenceDate: new Date(Date.UTC(2018, 7, 27, 23, 59)) });
    expect(report.referenceDate).toBe("2018-08-27");
    expect(report.timexes[0]?.value).toBe("2018-07-23");
  });

  it("analyses only the first maxInputLength characters and says so", () => {
    const report = parseReport('"First," said Anna Berg. "Second," said Paul Weber.', { maxInputLength: 25 });
    expect(report.text).toHaveLength(25);
    expect(report.quotes.map((q) => q.text)).toEqual(["First,"]);
    expect(report.messages[0]).toMatchObject({ severity: "error", ruleId: "input/too-long" });
    expectConsistent(report);
  });

  it("does not cut a surrogate pair when truncating", () => {
    const report = parseReport("ab😀cd", { maxInputLength: 3 });
    expect(report.text).toBe("ab");
  });

  it("returns an empty, valid report for empty input", () => {
    const report = parseReport("");
    expectConsistent(report);
    expect(report.quotes).toEqual([]);
    expect(report.summit.date).toBeNull();
  });

  it("keeps offsets on the original text when it has CRLF, NBSP and zero-width characters", () => {
    const text = 'Intro line.\r\n\r\n"We\u00a0agree,"\u200b said Anna Berg on July\u00a023.';
    const report = parseReport(text, { referenceDate: "2018-08-27" });
    expectConsistent(report);
    expect(report.quotes[0]?.text).toBe("We\u00a0agree,");
    expect(report.quotes[0]?.speaker?.name).toBe("Anna Berg");
    expect(report.timexes[0]?.text).toBe("July\u00a023");
  });
});
