#!/usr/bin/env node
// npm run bench:polnear -- [--split dev|train] [--data DIR] [--verbose] [--limit N]
//
// Measures quotes and attribution on PolNeAR (Newell et al., LREC 2018),
// converted to JSONL in ../shared/datasets/polnear (never bundled):
//  - *-direct.jsonl: quotation-marked segments of direct quotes with speakers.
//    Detection P/R/F1 (overlap >= 50% of the shorter trimmed span, as the
//    corpus scorer), speaker accuracy on matched quotes, end-to-end F1
//    (matched and speaker right). Predictions on `ignoreSpans` (fragments of
//    mixed quotes) count neither way. A speaker is right when its surname
//    matches the annotated source or one of its mentions (coreference
//    chain included), or when the mention we resolved (`speaker.mention`)
//    overlaps the annotated source mention, as in span-based source scoring.
//    Documents whose quotes are written with doubled apostrophes ('' … '',
//    the NYT archive's style) and that the conversion gave no direct quote
//    (it saw no quotation marks there) are left out of this part, and counted.
//  - *-all.jsonl: every attribution (direct, indirect, mixed). Content
//    overlap F1: a gold attribution is found when a predicted quote or
//    reported-speech content overlaps one of its pieces by >= 50%; plus a
//    token-level F1 of content coverage.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { match, overlap, prf, sameName, trim } from "./lib/score.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const split = opt("split", "dev");
const data = opt("data", new URL("../../shared/datasets", import.meta.url).pathname);
const limit = Number(opt("limit", "Infinity"));
const verbose = args.includes("--verbose");
if (!existsSync(new URL("../dist/index.js", import.meta.url))) {
  console.error("polnear: dist/ is missing; run `npm run build` first");
  process.exit(2);
}
const { parseReport } = await import("../dist/index.js");

const read = (set) => {
  const file = join(data, "polnear", `polnear-${split}-${set}.jsonl`);
  if (!existsSync(file)) {
    console.error(`polnear: no such file: ${file}`);
    process.exit(2);
  }
  return readFileSync(file, "utf8").split("\n").filter(Boolean).slice(0, limit).map((l) => JSON.parse(l));
};
const SPEECH = new Set(["direct", "partial"]);
/** A doubled apostrophe opening a quotation (`''This isn't tax reform,''`). */
const DOUBLED_MARKS = /(^|\s)''\S/;
const speakerRight = (name, gold, mention = null) =>
  [gold.speaker, ...(gold.speakerMentions ?? []).map((m) => m.text), ...(gold.speakerCorefMentions ?? []).map((m) => m.text)].some((g) => sameName(name, g)) ||
  (mention !== null && (gold.speakerMentions ?? []).some((m) => Math.min(m.end, mention.end) > Math.max(m.start, mention.start)));
const pc = (x) => (100 * x).toFixed(1).padStart(5);
const line = (name, m) => console.log(`${name.padEnd(30)} P ${pc(m.p)}  R ${pc(m.r)}  F1 ${pc(m.f1)}   (${m.tp} of ${m.gold} gold, ${m.pred} predicted)`);

// Direct quotes.
{
  const t = { gold: 0, pred: 0, matched: 0, speakerOk: 0, chars: 0, ms: 0, skipped: 0 };
  for (const doc of read("direct")) {
    // The conversion saw no quotation marks in texts that write them doubled (the NYT archive's ''…''), so it
    // annotated no direct quotes there (their words are `indirect` in *-all): such documents are left out here.
    if (doc.quotes.length === 0 && DOUBLED_MARKS.test(doc.text)) {
      t.skipped++;
      continue;
    }
    const started = performance.now();
    const report = parseReport(doc.text, doc.date ? { referenceDate: doc.date } : {});
    t.ms += performance.now() - started;
    t.chars += doc.text.length;
    const ignore = doc.ignoreSpans ?? [];
    const pred = report.quotes
      .filter((q) => SPEECH.has(q.kind) && q.nestedIn === null)
      .filter((q) => !ignore.some((s) => overlap(trim(doc.text, s), trim(doc.text, q)) >= 0.5));
    const pairs = match(doc.quotes, pred, 0.5, doc.text);
    t.gold += doc.quotes.length;
    t.pred += pred.length;
    t.matched += pairs.length;
    for (const [g, p] of pairs) {
      const ok = speakerRight(p.speaker?.name ?? null, g, p.speaker?.mention ?? null);
      t.speakerOk += ok ? 1 : 0;
      if (!ok && verbose) console.error(`${doc.id}: speaker ${JSON.stringify(p.speaker?.name ?? null)} for "${g.text.slice(0, 50)}…", gold ${g.speaker}`);
    }
    if (verbose) {
      const hit = new Set(pairs.map(([g]) => g));
      for (const g of doc.quotes) if (!hit.has(g)) console.error(`${doc.id}: missed "${g.text.slice(0, 60)}"`);
      const hitP = new Set(pairs.map(([, p]) => p));
      for (const p of pred) if (!hitP.has(p)) console.error(`${doc.id}: spurious "${p.text.slice(0, 60)}"`);
    }
  }
  console.log(`PolNeAR ${split}, direct quotes (${(t.chars / 1e6).toFixed(2)} MB, ${(t.chars / 1e6 / (t.ms / 1000)).toFixed(1)} MB/s)`);
  line("quote detection", prf(t.matched, t.pred, t.gold));
  console.log(`${"speaker accuracy".padEnd(30)} ${pc(t.matched ? t.speakerOk / t.matched : 0)}   (${t.speakerOk} of ${t.matched} matched)`);
  line("quote + speaker end to end", prf(t.speakerOk, t.pred, t.gold));
  if (t.skipped > 0) console.log(`(${t.skipped} documents left out: their quotes are written '' … '', which the conversion did not annotate as direct)`);
}

// All attributions.
{
  const t = { gold: 0, pred: 0, found: 0, used: 0, sourceOk: 0, goldTokens: 0, covered: 0, predTokens: 0, inside: 0 };
  for (const doc of read("all")) {
    const report = parseReport(doc.text, doc.date ? { referenceDate: doc.date } : {});
    const pred = [
      ...report.quotes.filter((q) => SPEECH.has(q.kind) && q.nestedIn === null).map((q) => ({ start: q.start, end: q.end, source: q.speaker?.name ?? null, mention: q.speaker?.mention ?? null })),
      ...report.attributions.map((a) => ({ start: a.content.start, end: a.content.end, source: a.source.name, mention: a.source.mention })),
    ];
    const used = new Set();
    for (const g of doc.quotes) {
      const pieces = g.pieces?.length ? g.pieces : [g];
      const j = pred.findIndex((p, k) => !used.has(k) && pieces.some((piece) => overlap(trim(doc.text, piece), trim(doc.text, p)) >= 0.5));
      if (j >= 0) {
        used.add(j);
        t.found++;
        if (speakerRight(pred[j].source, g, pred[j].mention)) t.sourceOk++;
      }
    }
    t.gold += doc.quotes.length;
    t.pred += pred.length;
    // Token coverage: words of gold content that some prediction covers, and predicted words inside gold content.
    const goldMask = new Uint8Array(doc.text.length);
    const predMask = new Uint8Array(doc.text.length);
    for (const g of doc.quotes) for (const piece of g.pieces?.length ? g.pieces : [g]) goldMask.fill(1, piece.start, piece.end);
    for (const p of pred) predMask.fill(1, p.start, p.end);
    for (const m of doc.text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const g = goldMask[m.index] === 1;
      const p = predMask[m.index] === 1;
      t.goldTokens += g ? 1 : 0;
      t.predTokens += p ? 1 : 0;
      t.covered += g && p ? 1 : 0;
    }
  }
  console.log(`PolNeAR ${split}, all attributions (direct, indirect, mixed)`);
  line("content overlap (span match)", prf(t.found, t.pred, t.gold));
  line("content overlap (tokens)", prf(t.covered, t.predTokens, t.goldTokens));
  console.log(`${"source accuracy (found)".padEnd(30)} ${pc(t.found ? t.sourceOk / t.found : 0)}`);
}
