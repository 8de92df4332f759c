#!/usr/bin/env node
// npm run bench -- [--quick]
//
// Prints, side by side: throughput (MB/s, ms per 5 KB article) of parseReport
// and of each pipeline stage on the bundled texts and on the PolNeAR dev texts
// (../shared/datasets, never bundled); the same for compromise (quotations +
// people) and chrono-node (strict) as peers; one document scaled from 5 KB to
// 5 MB with peak memory; import time; and a table of hostile inputs. Figures
// only: nothing here fails a build (the test suite holds no timed assertions).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const quick = process.argv.includes("--quick");
const dist = join(root, "dist", "index.js");
if (!existsSync(dist)) {
  console.error("bench: dist/ is missing; run `npm run build` first");
  process.exit(2);
}
const { parseReport } = await import(pathToFileURL(dist).href);
const { SEEDS } = await import(pathToFileURL(join(root, "dist", "seeds.js")).href);

// The stages one by one: bundle the pipeline's internals (not part of the public API) for this run only.
const tmp = mkdtempSync(join(tmpdir(), "summit-bench-"));
await build({
  stdin: {
    contents: 'export { STAGES } from "./src/pipeline/pipeline.ts"; export { emptyState } from "./src/pipeline/state.ts"; export { compileLexicon } from "./src/lexicon/compile.ts";',
    resolveDir: root,
    loader: "ts",
  },
  bundle: true,
  format: "esm",
  platform: "neutral",
  outfile: join(tmp, "stages.mjs"),
  external: ["zod"],
  logLevel: "error",
  loader: { ".txt": "text" },
});
writeFileSync(join(tmp, "package.json"), "{}");
const { STAGES, emptyState, compileLexicon } = await import(pathToFileURL(join(tmp, "stages.mjs")).href);
const nlp = (await import("compromise")).default;
const chrono = await import("chrono-node");

const KB5 = 5 * 1024;
const mb = (chars) => chars / 1e6;
const fmt = (x, w = 8, d = 2) => x.toFixed(d).padStart(w);

/** Runs `fn` over the texts until at least `minMs` have passed (after one warm-up pass); returns ms per character. */
function measure(texts, fn, minMs = quick ? 300 : 1500) {
  for (const t of texts) fn(t);
  let chars = 0;
  const started = performance.now();
  do for (const t of texts) {
    fn(t);
    chars += t.length;
  } while (performance.now() - started < minMs);
  return (performance.now() - started) / chars;
}

function corpora() {
  const out = [["bundled samples", SEEDS.map((s) => s.text)]];
  const polnear = fileURLToPath(new URL("../../shared/datasets/polnear/polnear-dev-direct.jsonl", import.meta.url));
  if (existsSync(polnear)) out.push(["PolNeAR dev", readFileSync(polnear, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).text)]);
  else console.log(`(PolNeAR dev texts not found at ${polnear}: skipped)`);
  return out;
}

// ——— throughput ———
const lexicon = compileLexicon(undefined);
const systems = [
  ["parseReport", (t) => parseReport(t, { referenceDate: "2018-08-27" })],
  ...STAGES.map((stage, k) => [
    `  stage ${stage.name}`,
    // Each stage is timed on the state the stages before it produced (prepared outside the clock).
    { prepare: (t) => { const ctx = { text: t, referenceDate: "2018-08-27", lexicon }; let s = emptyState(t); for (const st of STAGES.slice(0, k)) s = st.run(ctx, s); return [ctx, s]; }, run: ([ctx, s]) => stage.run(ctx, s) },
  ]),
  ["compromise (quotations + people)", (t) => { const doc = nlp(t); doc.quotations().json(); doc.people().json(); }],
  ["chrono-node (strict)", (t) => chrono.strict.parse(t, new Date("2018-08-27T12:00:00Z"))],
];
console.log("THROUGHPUT");
for (const [name, texts] of corpora()) {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  console.log(`  ${name}: ${texts.length} texts, ${fmt(mb(chars), 0, 2)} MB`);
  console.log(`  ${"system".padEnd(34)} ${"MB/s".padStart(8)} ${"ms/5KB".padStart(8)}`);
  for (const [label, sys] of systems) {
    let msPerChar;
    if (typeof sys === "function") msPerChar = measure(texts, sys);
    else {
      const prepared = texts.map(sys.prepare);
      const lengths = new Map(prepared.map((p, i) => [p, texts[i].length]));
      let total = 0;
      for (const p of prepared) sys.run(p);
      const started = performance.now();
      do for (const p of prepared) {
        sys.run(p);
        total += lengths.get(p);
      } while (performance.now() - started < (quick ? 300 : 1000));
      msPerChar = (performance.now() - started) / total;
    }
    console.log(`  ${label.padEnd(34)} ${fmt(1 / msPerChar / 1000)} ${fmt(msPerChar * KB5, 8, 3)}`);
  }
  console.log("");
}

// ——— scaling and memory, one document per child process ———
const source = corpora().at(-1)[1].join("\n\n");
const child = join(tmp, "scale.mjs");
writeFileSync(
  child,
  `import { readFileSync } from "node:fs";
   const { parseReport } = await import(${JSON.stringify(pathToFileURL(dist).href)});
   const text = readFileSync(process.argv[2], "utf8");
   parseReport(text.slice(0, 20000));
   globalThis.gc();
   const before = process.memoryUsage().heapUsed;
   const started = performance.now();
   const report = parseReport(text, { referenceDate: "2018-08-27" });
   const ms = performance.now() - started;
   globalThis.gc();
   console.log(JSON.stringify({ ms, reportMB: (process.memoryUsage().heapUsed - before) / 1e6, rssMB: process.resourceUsage().maxRSS / 1024, quotes: report.quotes.length }));`,
);
/** Whether the parse completes with the V8 heap capped at `mbCap` MB. */
function fitsIn(file, mbCap) {
  try {
    execFileSync(process.execPath, [`--max-old-space-size=${String(mbCap)}`, "--expose-gc", child, file], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    return "yes";
  } catch {
    return "no";
  }
}
console.log("SCALING (one document, fresh process each; the report itself is kept, garbage collected before measuring)");
console.log(`  ${"size".padEnd(8)} ${"ms".padStart(9)} ${"MB/s".padStart(8)} ${"report MB".padStart(10)} ${"peak RSS MB".padStart(12)} ${"fits in 100 MB heap".padStart(20)}`);
let largest = "";
for (const size of quick ? [5e3, 5e5] : [5e3, 5e4, 5e5, 5e6]) {
  let text = source;
  while (text.length < size) text += `\n\n${source}`;
  const file = join(tmp, `doc-${String(size)}.txt`);
  writeFileSync(file, text.slice(0, size));
  largest = file;
  const r = JSON.parse(execFileSync(process.execPath, ["--expose-gc", child, file], { encoding: "utf8" }));
  console.log(`  ${`${String(size / 1e3)} KB`.padEnd(8)} ${fmt(r.ms, 9, 1)} ${fmt(mb(size) / (r.ms / 1000))} ${fmt(r.reportMB, 10, 1)} ${fmt(r.rssMB, 12, 1)} ${fitsIn(file, 100).padStart(20)}`);
}
if (!quick) {
  // The smallest V8 heap cap, in steps of 10 MB, under which the largest document still parses: the peak heap.
  let fits = 400;
  let fails = 100;
  if (fitsIn(largest, fails) === "yes") console.log(`  5 MB parses under a heap cap of ${String(fails)} MB`);
  else if (fitsIn(largest, fits) === "no") console.log(`  5 MB needs a heap of more than ${String(fits)} MB`);
  else {
    while (fits - fails > 10) {
      const mid = Math.round((fits + fails) / 20) * 10;
      if (fitsIn(largest, mid) === "yes") fits = mid;
      else fails = mid;
    }
    console.log(`  5 MB parses under a heap cap of ${String(fits)} MB, not under ${String(fails)} MB`);
  }
}
console.log("");

// ——— import time ———
const importChild = join(tmp, "import.mjs");
writeFileSync(importChild, `const s = performance.now(); await import(${JSON.stringify(pathToFileURL(dist).href)}); console.log(performance.now() - s);`);
const imports = Array.from({ length: 5 }, () => Number(execFileSync(process.execPath, [importChild], { encoding: "utf8" }))).sort((a, b) => a - b);
console.log(`IMPORT  median ${imports[2].toFixed(1)} ms over 5 fresh processes (min ${imports[0].toFixed(1)}, max ${imports[4].toFixed(1)})\n`);

// ——— hostile inputs ———
const N = 100_000;
const repeat = (s) => s.repeat(Math.ceil(N / s.length)).slice(0, N);
/** `Baca Daca Faca Gaca said it was fine.` with a different name each time, `n` characters in all. */
function distinctPeople(n) {
  const letters = "bcdfghjklmnprstvz";
  const name = (k) => {
    let s = "";
    for (let i = 0, x = k; i < 4; i++, x = Math.floor(x / letters.length)) s += `${letters[x % letters.length]}a`;
    return s[0].toUpperCase() + s.slice(1);
  };
  let text = "";
  for (let k = 0; text.length < n; k++) text += `${name(k)} ${name(k + 7919)} said it was fine. `;
  return text.slice(0, n);
}
const hostile = [
  ["100k quotation marks", '"'.repeat(N)],
  ['"a repeated', repeat('"a')],
  ["'On July 23, ' repeated", repeat("On July 23, ")],
  ["'Mr. ' repeated", repeat("Mr. ")],
  ["50k spaces then x", `${" ".repeat(50_000)}x`],
  ["one 100 KB word", "a".repeat(N)],
  ["nested parentheses", `${"(".repeat(N / 2)}${")".repeat(N / 2)}`],
  ["curly quotes and dashes", repeat("“a — ”b - ")],
  ["'said' repeated", repeat("said ")],
  // Many quotes each its own sentence, opening marks never closed, thousands of distinct people: each once cost time
  // that grew with the square of the input.
  ['\'"a." \' repeated', repeat('"a." ')],
  ["'“a ' repeated (never closed)", repeat("“a ")],
  ["100k ‘ marks", "‘".repeat(N)],
  ["2,800 distinct people", distinctPeople(N)],
  // One sentence with a date in every clause: each timeline event once copied the whole sentence for its description.
  ["'‘the next day ' repeated", repeat("‘the next day ")],
  // Lines of a name and a city without a stop, one sentence of thousands of each: the summit frame once read the
  // sentence's cities again for every name (10 s at 400 KB).
  ["name and city lines, 400 KB", "Putin to meet in Minsk\n".repeat(Math.ceil((4 * N) / 23))],
];
console.log("HOSTILE INPUTS (100 KB each unless noted; best of 3)");
for (const [name, text] of hostile) {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const started = performance.now();
    parseReport(text, { referenceDate: "2018-08-27" });
    best = Math.min(best, performance.now() - started);
  }
  console.log(`  ${name.padEnd(28)} ${fmt(best, 9, 1)} ms  ${best < 100 ? "under 100 ms" : "OVER 100 ms"}`);
}
rmSync(tmp, { recursive: true, force: true });
