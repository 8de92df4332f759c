import { buildSync } from "esbuild";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseArgs } from "../src/cli/args.js";
import { runBatch } from "../src/cli/batch.js";
import { main } from "../src/cli/run.js";

// The batch runs on real worker threads: the worker module is built from the sources into a temporary
// directory, as tsup builds dist/batch-worker.js for the package.
let dir: string;
let workerUrl: URL;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "summit-batch-"));
  const worker = join(dir, "batch-worker.mjs");
  buildSync({ entryPoints: [new URL("../src/cli/batch-worker.ts", import.meta.url).pathname], bundle: true, format: "esm", platform: "node", outfile: worker, logLevel: "error" });
  workerUrl = pathToFileURL(worker);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The output lines as objects. */
function lines(file: string): { id: string; report?: { quotes: { text: string; speaker: { name: string } | null }[]; referenceDate: string | null }; error?: string }[] {
  return readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l) as never);
}

const DOCS = [
  { id: "a", text: '"We will meet again," said Maria Costa on July 23.', referenceDate: "2018-08-27" },
  { id: "b", text: "Talks ended. According to analysts, the deal is close." },
  { id: "c", text: 42 },
  { id: "d", text: "The ministers met on Friday.", referenceDate: "2018-02-30" },
];

describe("batch", () => {
  it("parses a JSONL corpus on worker threads, one line per document, failures as error lines", async () => {
    const input = join(dir, "corpus.jsonl");
    writeFileSync(input, `${DOCS.map((d) => JSON.stringify(d)).join("\n")}\nnot json\n`);
    const out = join(dir, "out.jsonl");
    const summary = await runBatch({ input, out, workers: 2, workerUrl, referenceDate: "2016-01-01" });
    expect(summary).toMatchObject({ parsed: 2, failed: 3, skipped: 0 });
    const byId = new Map(lines(out).map((l) => [l.id, l]));
    expect(byId.get("a")?.report?.quotes[0]?.speaker?.name).toBe("Maria Costa");
    expect(byId.get("a")?.report?.referenceDate).toBe("2018-08-27");
    // A document without its own date takes the run's.
    expect(byId.get("b")?.report?.referenceDate).toBe("2016-01-01");
    expect(byId.get("c")?.error).toMatch(/TypeError: .*text must be a string/);
    expect(byId.get("d")?.error).toMatch(/referenceDate/);
    expect(byId.get("line 5")?.error).toMatch(/not valid JSON/);
  });

  it("resumes without redoing finished ids, and retries failed ones", async () => {
    const input = join(dir, "resume.jsonl");
    const out = join(dir, "resume-out.jsonl");
    writeFileSync(input, `${JSON.stringify({ id: "x", text: "One." })}\n${JSON.stringify({ id: "y", text: 7 })}\n`);
    await runBatch({ input, out, workers: 1, workerUrl });
    // The first run stopped in the middle of a line; the corpus has grown since.
    writeFileSync(out, `${readFileSync(out, "utf8")}{"id":"z","rep`);
    writeFileSync(input, `${readFileSync(input, "utf8")}${JSON.stringify({ id: "z", text: "Three." })}\n`);
    const summary = await runBatch({ input, out, workers: 1, workerUrl, resume: true });
    expect(summary).toMatchObject({ parsed: 1, failed: 1, skipped: 1 });
    const text = readFileSync(out, "utf8");
    expect(text.split("\n").filter((l) => l.startsWith('{"id":"x"'))).toHaveLength(1);
    // The cut line stays on its own line; z gets its report after it.
    expect(text).toContain('{"id":"z","rep\n');
    expect(text.split("\n").filter((l) => l.startsWith('{"id":"z","report"'))).toHaveLength(1);
  });

  it("reads a directory of .txt files by name", async () => {
    const corpus = join(dir, "texts");
    rmSync(corpus, { recursive: true, force: true });
    mkdirSync(corpus);
    writeFileSync(join(corpus, "second.txt"), '"Fine," said Anna Berg.');
    writeFileSync(join(corpus, "first.txt"), "Nothing was said.");
    writeFileSync(join(corpus, "notes.md"), "not a document");
    const out = join(dir, "texts.jsonl");
    const summary = await runBatch({ input: corpus, out, workers: 2, workerUrl });
    expect(summary.parsed).toBe(2);
    expect(lines(out).map((l) => l.id).sort()).toEqual(["first", "second"]);
  });

  it("stops with a clear error, instead of waiting, when the worker cannot load", async () => {
    const broken = join(dir, "broken-worker.mjs");
    writeFileSync(broken, 'import "no-such-package-here"; export default () => null;');
    const input = join(dir, "two.jsonl");
    writeFileSync(input, `${JSON.stringify({ id: "p", text: "One." })}\n${JSON.stringify({ id: "q", text: "Two." })}\n`);
    const out = join(dir, "broken.jsonl");
    await expect(runBatch({ input, out, workers: 1, workerUrl: pathToFileURL(broken) })).rejects.toThrow(/worker thread failed to start: .*no-such-package-here/);
  });

  it("reads its command line and reports a missing input with exit code 2", async () => {
    expect(parseArgs(["batch", "corpus.jsonl", "--out", "o.jsonl", "--workers", "3", "--resume"])).toEqual({
      kind: "batch", input: "corpus.jsonl", out: "o.jsonl", workers: 3, resume: true, referenceDate: undefined,
    });
    expect(() => parseArgs(["batch", "corpus.jsonl"])).toThrow(/--out/);
    expect(() => parseArgs(["batch", "c.jsonl", "--out", "o", "--workers", "0"])).toThrow(/--workers/);
    const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      expect(await main(["batch", join(dir, "missing.jsonl"), "--out", join(dir, "o.jsonl")])).toBe(2);
      expect(String(err.mock.calls[0]?.[0])).toMatch(/no such file or directory/);
    } finally {
      err.mockRestore();
    }
  });
});
