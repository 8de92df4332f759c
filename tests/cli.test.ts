import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../src/cli/run.js";
import { parseArgs, UsageError } from "../src/cli/args.js";

const SAMPLE = new URL("../seeds/sochi-2018.txt", import.meta.url).pathname;

function capture(argv: string[]): { code: number; out: string; err: string } {
  let out = "";
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => ((out += String(chunk)), true));
  const e = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    const code = main(argv);
    if (typeof code !== "number") throw new Error("capture() is for the synchronous commands");
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe("CLI", () => {
  it("prints the report as JSON", () => {
    const { code, out } = capture(["parse", SAMPLE, "--reference-date", "2018-08-27"]);
    expect(code).toBe(0);
    const report = JSON.parse(out) as { referenceDate: string; quotes: unknown[] };
    expect(report.referenceDate).toBe("2018-08-27");
    expect(report.quotes.length).toBeGreaterThan(10);
  });

  it("prints a readable summary with --format text", () => {
    const { code, out } = capture(["parse", SAMPLE, "--reference-date=2018-08-27", "--format", "text"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^SUMMIT\n {2}where: Sochi {3}when: 2018-08-22/);
    expect(out).toContain("QUOTES BY SPEAKER");
    expect(out).toMatch(/ {2}Alexander Lukashenko \(\d+\)/);
    expect(out).toContain("TIMELINE");
  });

  it.each([
    [["parse", "no/such/file.txt"], /no such file: no\/such\/file.txt/],
    [["parse", SAMPLE, "--reference-date", "2018-13-01"], /--reference-date must be a calendar day/],
    [["parse", SAMPLE, "--format", "xml"], /--format must be json or text/],
    [["parse", SAMPLE, "--bogus"], /unknown option '--bogus'/],
    [["convert", SAMPLE], /unknown command 'convert'/],
    [["parse"], /missing input FILE/],
  ])("fails with one line on stderr and exit code 2 for %j", (argv, message) => {
    const { code, out, err } = capture(argv);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(message);
    expect(err.trim().split("\n")).toHaveLength(1);
  });

  it("shows help and version", () => {
    expect(capture(["--help"]).out).toContain("Usage: summit-report parse");
    expect(capture(["--version"]).out).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(() => parseArgs(["parse", "a", "b"])).toThrow(UsageError);
  });
});
