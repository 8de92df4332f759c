#!/usr/bin/env node
// npm run bench:tempeval -- [--data DIR] [--verbose] [--set timebank|aquaint]
//
// TempEval-3 Task A on the TimeBank + AQUAINT training data (converted to
// JSONL in ../shared/datasets/tempeval3; never bundled), each document's
// `dct` as reference date. Strict (same span) and relaxed (any overlap)
// P/R/F1 with one-to-one matching; type and value F1 = attribute accuracy
// on relaxed matches x relaxed F1, as in the official scorer. chrono-node
// (strict mode) runs on the same texts as a peer; it has no TIMEX3 types,
// so its values are its resolved dates at their known precision.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const data = opt("data", new URL("../../shared/datasets", import.meta.url).pathname);
const only = opt("set", null);
const verbose = args.includes("--verbose");
if (!existsSync(new URL("../dist/index.js", import.meta.url))) {
  console.error("tempeval: dist/ is missing; run `npm run build` first");
  process.exit(2);
}
const { extractTimexes } = await import("../dist/index.js");
const chrono = await import("chrono-node");

const docs = [];
for (const set of ["timebank", "aquaint"]) {
  if (only && only !== set) continue;
  const file = join(data, "tempeval3", `te3-train-${set}.jsonl`);
  if (!existsSync(file)) {
    console.error(`tempeval: no such file: ${file}`);
    process.exit(2);
  }
  for (const line of readFileSync(file, "utf8").split("\n")) if (line) docs.push(JSON.parse(line));
}

const pad = (n, w = 2) => String(n).padStart(w, "0");
/** chrono's result as a TIMEX3-like value at the precision chrono says it knows. */
function chronoValue(r) {
  const c = r.start;
  if (!c.isCertain("year") && !c.isCertain("month") && !c.isCertain("day") && !c.isCertain("weekday")) {
    return { type: c.isCertain("hour") ? "TIME" : "DATE", value: "" };
  }
  const y = pad(c.get("year"), 4);
  const m = pad(c.get("month"));
  const d = pad(c.get("day"));
  if (c.isCertain("hour")) return { type: "TIME", value: `${y}-${m}-${d}T${pad(c.get("hour"))}:${pad(c.get("minute") ?? 0)}` };
  if (c.isCertain("day") || c.isCertain("weekday")) return { type: "DATE", value: `${y}-${m}-${d}` };
  if (c.isCertain("month")) return { type: "DATE", value: `${y}-${m}` };
  return { type: "DATE", value: y };
}

const systems = {
  "summit-report": (doc) => extractTimexes(doc.text, { referenceDate: doc.dct.slice(0, 10) }).map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value, text: t.text })),
  "chrono-node (strict)": (doc) =>
    chrono.strict.parse(doc.text, new Date(`${doc.dct.slice(0, 10)}T12:00:00Z`)).map((r) => ({ start: r.index, end: r.index + r.text.length, text: r.text, ...chronoValue(r) })),
};

const pc = (x) => (100 * x).toFixed(1).padStart(5);
const prf = (tp, pred, gold) => {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
console.log(`TempEval-3 Task A, ${only ?? "TimeBank + AQUAINT"} training data: ${docs.length} documents, ${docs.reduce((n, d) => n + d.timexes.length, 0)} TIMEX3`);
console.log(`${"system".padEnd(22)} ${"strict P/R/F1".padEnd(20)} ${"relaxed P/R/F1".padEnd(20)} type F1  value F1   MB/s`);
for (const [name, run] of Object.entries(systems)) {
  let gold = 0, pred = 0, strict = 0, relaxed = 0, typeOk = 0, valueOk = 0, chars = 0, ms = 0;
  const notes = [];
  for (const doc of docs) {
    const started = performance.now();
    const found = run(doc);
    ms += performance.now() - started;
    chars += doc.text.length;
    gold += doc.timexes.length;
    pred += found.length;
    const used = new Set();
    for (const g of doc.timexes) {
      // Prefer an exact span; else the prediction with the largest overlap.
      let best = -1, bestOverlap = 0;
      for (const [j, p] of found.entries()) {
        if (used.has(j)) continue;
        const ov = Math.min(g.end, p.end) - Math.max(g.start, p.start);
        const exact = p.start === g.start && p.end === g.end;
        if (ov > 0 && (exact || ov > bestOverlap)) {
          best = j;
          bestOverlap = exact ? Infinity : ov;
        }
      }
      if (best < 0) {
        if (verbose && name === "summit-report") notes.push(`missed ${JSON.stringify(g.text)} ${g.type} ${g.value} | ${doc.id}`);
        continue;
      }
      used.add(best);
      const p = found[best];
      relaxed++;
      if (p.start === g.start && p.end === g.end) strict++;
      else if (verbose && name === "summit-report") notes.push(`span ${JSON.stringify(p.text)} gold ${JSON.stringify(g.text)} | ${doc.id}`);
      if (p.type === g.type) typeOk++;
      if (p.value === g.value) valueOk++;
      else if (verbose && name === "summit-report") notes.push(`value ${JSON.stringify(g.text)} ${p.type} ${p.value} gold ${g.type} ${g.value} | dct ${doc.dct} | ${doc.id}`);
    }
    if (verbose && name === "summit-report") for (const [j, p] of found.entries()) if (!used.has(j)) notes.push(`spurious ${JSON.stringify(p.text)} ${p.type} ${p.value} | ${doc.id}`);
  }
  const s = prf(strict, pred, gold);
  const r = prf(relaxed, pred, gold);
  const typeF1 = relaxed ? (typeOk / relaxed) * r.f1 : 0;
  const valueF1 = relaxed ? (valueOk / relaxed) * r.f1 : 0;
  console.log(`${name.padEnd(22)} ${`${pc(s.p)} ${pc(s.r)} ${pc(s.f1)}`.padEnd(20)} ${`${pc(r.p)} ${pc(r.r)} ${pc(r.f1)}`.padEnd(20)} ${pc(typeF1)}    ${pc(valueF1)}  ${(chars / 1e6 / (ms / 1000)).toFixed(2).padStart(6)}`);
  for (const n of notes) console.error(n);
}
