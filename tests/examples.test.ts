import { describe, expect, it } from "vitest";
import { highlightQuotes } from "../examples/highlight.js";
import { quotesBySpeaker } from "../examples/quotes-by-speaker.js";
import { timelineLines } from "../examples/timeline.js";
import { getSeed } from "../src/seeds.js";

const seed = getSeed("sochi-2018")!;

describe("examples", () => {
  it("groups the Sochi quotes by speaker, multi-part quotes joined", () => {
    const lines = quotesBySpeaker(seed.text, seed.publishedDate);
    expect(lines).toContain("Dmitry Peskov (3 quotes)");
    expect(lines.some((l) => l.startsWith('  "Let\'s not forget') && l.includes(" … The scope of relations"))).toBe(true);
  });

  it("prints the Sochi timeline in chronological order", () => {
    const lines = timelineLines(seed.text, seed.publishedDate);
    expect(lines[0]).toMatch(/^2018-07-23 +On July 23, Vladimir Putin invited/);
    expect(lines.findIndex((l) => l.startsWith("2018-08-22"))).toBeLessThan(lines.findIndex((l) => l.startsWith("2019 ")));
  });

  it("highlights quotes with their speakers", () => {
    expect(highlightQuotes('"Fine," said Anna Berg.')).toBe('"<mark data-speaker="Anna Berg">Fine,</mark>" said Anna Berg.');
  });
});
