import { parseReport } from "../parse.js";

/** One document of a batch, as read from a directory or a JSONL line. */
export interface BatchTask {
  readonly id: string;
  readonly text: unknown;
  readonly referenceDate?: unknown;
}

/**
 * Parses one document in a worker thread and returns its output line, so
 * that the main thread only writes. A document the parser refuses (no text,
 * a bad reference date) becomes an error line; nothing escapes as an exception.
 */
export default function parseTask(task: BatchTask): BatchResult {
  try {
    const options = task.referenceDate === undefined || task.referenceDate === null ? {} : { referenceDate: task.referenceDate as string };
    const report = parseReport(task.text as string, options);
    return { ok: true, line: `${JSON.stringify({ id: task.id, report })}\n` };
  } catch (error) {
    return { ok: false, line: errorLine(task.id, error) };
  }
}

/** A document's output line, and whether it holds a report. */
export interface BatchResult {
  readonly ok: boolean;
  readonly line: string;
}

/** `{"id": …, "error": "…"}` and a line break. */
export function errorLine(id: string, error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `${JSON.stringify({ id, error: message })}\n`;
}
