import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseReport } from "../src/index.js";
// @ts-expect-error: plain ES module without types, shared with scripts/eval.mjs.
import { formatFigures, scoreDocument, summarize } from "../scripts/lib/score.mjs";

const DEV = new URL("../../shared/corpus/dev/", import.meta.url).pathname;
const REFERENCE_SCORER = new URL("../../shared/eval/score-report.mjs", import.meta.url).pathname;

type Gold = { referenceDate?: string };

describe("evaluation against the dev corpus", () => {
  const ids = readdirSync(DEV).filter((f) => f.endsWith(".gold.json")).map((f) => f.slice(0, -".gold.json".length));
  const predictions = mkdtempSync(join(tmpdir(), "summit-report-eval-"));
  const totals: Record<string, number> = {};
  for (const id of ids) {
    const gold = JSON.parse(readFileSync(join(DEV, `${id}.gold.json`), "utf8")) as Gold;
    const text = readFileSync(join(DEV, `${id}.txt`), "utf8");
    const report = parseReport(text, gold.referenceDate === undefined ? {} : { referenceDate: gold.referenceDate });
    writeFileSync(join(predictions, `${id}.json`), JSON.stringify(report));
    (scoreDocument as (t: object, d: object, n: string[]) => void)(totals, { id, text, gold, pred: JSON.parse(JSON.stringify(report)) as unknown }, []);
  }
  const ours = (formatFigures as (f: unknown) => string)((summarize as (t: object) => unknown)(totals));

  it("prints the same figures as the reference scorer", () => {
    const reference = execFileSync("node", [REFERENCE_SCORER, DEV, predictions], { encoding: "utf8" });
    expect(ours).toBe(reference.trimEnd());
  });

  it("reaches the quote, speaker and reported-speech targets on the dev corpus", () => {
    const figures = (summarize as (t: object) => { quotes: { f1: number }; speakerAccuracy: number; attributions: { f1: number }; attributionSourceAccuracy: number; timexValueAccuracy: number; timelineEventRecall: number })(totals);
    expect(figures.quotes.f1).toBeGreaterThanOrEqual(0.98);
    expect(figures.speakerAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(figures.attributions.f1).toBeGreaterThanOrEqual(0.85);
    expect(figures.attributionSourceAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(figures.timexValueAccuracy).toBe(1);
    expect(figures.timelineEventRecall).toBe(1);
  });
});
