import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractAttributions, extractQuotes, extractTimeline, extractTimexes, parseReport } from "../src/index.js";
import { summitReportJsonSchema, SummitReportSchema } from "../src/schemas.js";
import { SEEDS, getSeed } from "../src/seeds.js";
import { expectConsistent } from "./helpers.js";

describe("bundled samples", () => {
  it("bundles the founding sample with gold annotations and eight licensed texts", () => {
    expect(SEEDS).toHaveLength(9);
    expect(getSeed("sochi-2018")?.gold?.quotes.length).toBeGreaterThan(0);
    for (const seed of SEEDS.slice(1)) {
      expect(seed.license).toMatch(/CC BY 4\.0|public domain/);
      expect(seed.credit).toContain(seed.url ?? "");
    }
  });

  it.each(SEEDS.map((s) => [s.id, s] as const))("parses %s into a consistent, schema-valid report", (_id, seed) => {
    const report = parseReport(seed.text, { referenceDate: seed.publishedDate });
    expectConsistent(report);
    // Transcripts have quotes; readouts have reported speech instead.
    expect(report.quotes.length + report.attributions.length).toBeGreaterThan(0);
    expect(report.people.length).toBeGreaterThan(0);
    // A report survives a JSON round trip unchanged.
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe("partial extractors", () => {
  // They run only the stages they need (`extractTimexes` skips people and quotes); the result must not change.
  it.each(SEEDS.map((s) => [s.id, s] as const))("give on %s what parseReport gives", (_id, seed) => {
    const options = { referenceDate: seed.publishedDate };
    const report = parseReport(seed.text, options);
    expect(extractTimexes(seed.text, options)).toEqual(report.timexes);
    expect(extractQuotes(seed.text, options)).toEqual(report.quotes);
    expect(extractAttributions(seed.text, options)).toEqual(report.attributions);
    expect(extractTimeline(seed.text, options)).toEqual(report.timeline);
  });
});

describe("JSON Schema", () => {
  it("matches the shipped schema/summit-report.schema.json (run `npm run schema:write` after a model change)", () => {
    const shipped: unknown = JSON.parse(readFileSync(new URL("../schema/summit-report.schema.json", import.meta.url), "utf8"));
    expect(summitReportJsonSchema()).toEqual(shipped);
  });

  it("documents every model with an id and a description", () => {
    const defs = (summitReportJsonSchema().$defs ?? {}) as Record<string, { description?: string }>;
    for (const id of ["SummitReport", "Quote", "SpeakerRef", "Attribution", "TimeExpression", "TimelineEvent", "Person", "Summit", "Message", "Span"]) {
      expect(defs[id]?.description, id).toBeTruthy();
    }
  });

  it("rejects a report whose quote kind is unknown", () => {
    const report = parseReport('"Yes," said Anna Berg.');
    const broken = { ...report, quotes: report.quotes.map((q) => ({ ...q, kind: "shouted" })) };
    expect(SummitReportSchema.safeParse(broken).success).toBe(false);
  });
});
