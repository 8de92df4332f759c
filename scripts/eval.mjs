#!/usr/bin/env node
// npm run eval -- [DIR] [--json] [--verbose] [--out PRED_DIR]
//
// Parses every <id>.txt in DIR (default seeds/) that has <id>.gold.json, with
// the gold reference date, and prints the figures of the corpus's reference
// scorer. --out also writes each report to PRED_DIR/<id>.json, the layout
// the reference scorer reads.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatFigures, scoreDocument, summarize } from "./lib/score.mjs";

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith("--")));
const outAt = args.indexOf("--out");
const outDir = outAt >= 0 ? args[outAt + 1] : undefined;
const positional = args.filter((a, i) => !a.startsWith("--") && !(outAt >= 0 && i === outAt + 1));
const dir = positional[0] ?? "seeds";
if (!existsSync(dir)) {
  console.error(`eval: no such directory: ${dir}`);
  process.exit(2);
}
if (!existsSync(new URL("../dist/index.js", import.meta.url))) {
  console.error("eval: dist/ is missing; run `npm run build` first");
  process.exit(2);
}
const { parseReport } = await import("../dist/index.js");

const totals = {};
const notes = [];
const ids = readdirSync(dir).filter((f) => f.endsWith(".gold.json")).map((f) => f.slice(0, -".gold.json".length)).sort();
if (ids.length === 0) {
  console.error(`eval: no <id>.gold.json files in ${dir}`);
  process.exit(2);
}
if (outDir) mkdirSync(outDir, { recursive: true });
for (const id of ids) {
  const gold = JSON.parse(readFileSync(join(dir, `${id}.gold.json`), "utf8"));
  const text = readFileSync(join(dir, `${id}.txt`), "utf8");
  const report = parseReport(text, gold.referenceDate ? { referenceDate: gold.referenceDate } : {});
  if (outDir) writeFileSync(join(outDir, `${id}.json`), JSON.stringify(report));
  // Round-trip through JSON, as the reference scorer reads the printed report.
  scoreDocument(totals, { id, text, gold, pred: JSON.parse(JSON.stringify(report)) }, notes, flags.has("--verbose"));
}
const figures = summarize(totals);
console.log(flags.has("--json") ? JSON.stringify(figures, null, 1) : formatFigures(figures));
for (const n of notes) console.error(n);
