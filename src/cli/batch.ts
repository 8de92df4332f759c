import { once } from "node:events";
import { closeSync, createReadStream, createWriteStream, existsSync, openSync, readdirSync, readFileSync, readSync, statSync, type WriteStream } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, join } from "node:path";
import { createInterface } from "node:readline";
import { Piscina } from "piscina";
import { errorLine, type BatchResult, type BatchTask } from "./batch-worker.js";

/** What `summit-report batch` was asked to do. */
export interface BatchOptions {
  /** A directory of `<id>.txt` files, or a JSONL file of `{id, text, referenceDate?}` lines. */
  readonly input: string;
  /** The JSONL file the reports go to, one `{id, report}` or `{id, error}` line per document. */
  readonly out: string;
  /** Worker threads (default: the machine's available parallelism). */
  readonly workers?: number;
  /** Keep the reports already in `out` and parse only the documents that have none. */
  readonly resume?: boolean;
  /** Reference date for documents that do not bring their own. */
  readonly referenceDate?: string;
  /** The built worker module (tests point this at a fresh build). */
  readonly workerUrl?: URL;
  /** Where a live progress line goes; shown only on a terminal. */
  readonly progress?: NodeJS.WriteStream;
}

/** How a batch run ended. */
export interface BatchSummary {
  parsed: number;
  failed: number;
  skipped: number;
  seconds: number;
}

/** Tasks waiting or running per worker: enough to keep every thread busy, few enough to bound memory. */
const QUEUE_PER_WORKER = 4;
/** How often the progress line is redrawn, in milliseconds. */
const PROGRESS_EVERY_MS = 200;

/**
 * Parses a corpus across worker threads, streaming the input and writing
 * one JSONL line per document as it finishes (so output order is completion
 * order). A document that fails is written as an error line and the run goes
 * on; with `resume`, ids that already have a report in `out` are skipped
 * (a failed one is tried again, and its newer line is the one that counts).
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const workers = Math.max(1, options.workers ?? availableParallelism());
  const finished = options.resume === true ? await finishedIds(options.out) : new Set<string>();
  const out = await openOutput(options.out, options.resume === true);
  const pool = new Piscina<BatchTask, BatchResult>({
    filename: (options.workerUrl ?? new URL("./batch-worker.js", import.meta.url)).href,
    minThreads: workers,
    maxThreads: workers,
  });
  const summary: BatchSummary = { parsed: 0, failed: 0, skipped: 0, seconds: 0 };
  // A worker that dies fails its task, which becomes an error line, and the run goes on. A worker that
  // dies before any document was parsed cannot load at all: the run stops instead of waiting for it.
  let broken: ((error: unknown) => void) | null = null;
  const cannotStart = new Promise<never>((_, reject) => (broken = reject));
  cannotStart.catch(() => undefined);
  pool.on("error", (error: unknown) => {
    if (summary.parsed === 0) broken?.(error);
  });
  const progress = options.progress?.isTTY === true ? options.progress : null;
  const timer = progress === null ? null : setInterval(() => progress.write(`\r${progressLine(summary, started)}`), PROGRESS_EVERY_MS);
  timer?.unref();

  const write = async (result: BatchResult): Promise<void> => {
    if (result.ok) summary.parsed++;
    else summary.failed++;
    if (!out.write(result.line)) await once(out, "drain");
  };
  const running = new Set<Promise<void>>();
  try {
    for await (const task of readTasks(options.input)) {
      if ("error" in task) {
        await write({ ok: false, line: errorLine(task.id, task.error) });
        continue;
      }
      if (finished.has(task.id)) {
        summary.skipped++;
        continue;
      }
      const job: BatchTask = task.referenceDate === undefined && options.referenceDate !== undefined ? { ...task, referenceDate: options.referenceDate } : task;
      const done: Promise<void> = pool
        .run(job)
        .then(write, (error: unknown) => write({ ok: false, line: errorLine(task.id, error) }))
        .finally(() => running.delete(done));
      running.add(done);
      if (running.size >= workers * QUEUE_PER_WORKER) await Promise.race([...running, cannotStart]);
    }
    await Promise.race([Promise.all(running), cannotStart]);
  } catch (error) {
    throw new Error(`batch: the worker thread failed to start: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    if (timer !== null) clearInterval(timer);
    await pool.destroy();
    out.end();
    await once(out, "close");
  }
  summary.seconds = (performance.now() - started) / 1000;
  if (progress !== null) progress.write(`\r${progressLine(summary, started)}\n`);
  return summary;
}

/** `1234 parsed · 2 failed · 10 skipped · 85.1 docs/s`. */
export function progressLine(s: BatchSummary, started: number): string {
  const seconds = Math.max(1e-3, (performance.now() - started) / 1000);
  return `${String(s.parsed)} parsed · ${String(s.failed)} failed · ${String(s.skipped)} skipped · ${((s.parsed + s.failed) / seconds).toFixed(1)} docs/s`;
}

type ReadTask = BatchTask | { id: string; error: string };

/** The documents of a directory (`<id>.txt`, in name order) or of a JSONL file, read one at a time. */
async function* readTasks(input: string): AsyncGenerator<ReadTask> {
  if (statSync(input).isDirectory()) {
    for (const name of readdirSync(input).filter((n) => n.endsWith(".txt")).sort()) {
      yield { id: basename(name, ".txt"), text: readFileSync(join(input, name), "utf8") };
    }
    return;
  }
  const lines = createInterface({ input: createReadStream(input, "utf8"), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === "") continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      yield { id: `line ${String(n)}`, error: `line ${String(n)} is not valid JSON` };
      continue;
    }
    const { id, text, referenceDate } = (record ?? {}) as { id?: unknown; text?: unknown; referenceDate?: unknown };
    if (typeof id !== "string" && typeof id !== "number") {
      yield { id: `line ${String(n)}`, error: `line ${String(n)} has no string or number "id"` };
      continue;
    }
    yield referenceDate === undefined ? { id: String(id), text } : { id: String(id), text, referenceDate };
  }
}

/** Ids that already have a report line in `out`. */
async function finishedIds(out: string): Promise<Set<string>> {
  const ids = new Set<string>();
  if (!existsSync(out)) return ids;
  const lines = createInterface({ input: createReadStream(out, "utf8"), crlfDelay: Infinity });
  for await (const line of lines) {
    try {
      const record = JSON.parse(line) as { id?: unknown; report?: unknown };
      if (typeof record.id === "string" && record.report !== undefined) ids.add(record.id);
    } catch {
      // A line cut short when an earlier run stopped: that document is parsed again.
    }
  }
  return ids;
}

/** Opens `out` for writing, or for appending on a new line when resuming. */
async function openOutput(out: string, append: boolean): Promise<WriteStream> {
  const resumeAfterCut = append && existsSync(out) && statSync(out).size > 0 && !endsWithNewline(out);
  const stream = createWriteStream(out, { flags: append ? "a" : "w" });
  await once(stream, "open");
  if (resumeAfterCut) stream.write("\n");
  return stream;
}

function endsWithNewline(file: string): boolean {
  const fd = openSync(file, "r");
  try {
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, statSync(file).size - 1);
    return last[0] === 0x0a;
  } finally {
    closeSync(fd);
  }
}
