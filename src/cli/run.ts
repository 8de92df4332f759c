import { existsSync, readFileSync } from "node:fs";
import { runBatch } from "./batch.js";
import { parseReport } from "../parse.js";
import { formatText } from "./format-text.js";
import { parseArgs, USAGE, UsageError, type Command } from "./args.js";
import { version } from "../../package.json";

/**
 * Runs the CLI with the given arguments; returns the exit code (a promise of
 * it for `batch`). With the rest of src/cli, the only code that touches Node built-ins.
 */
export function main(argv: readonly string[]): number | Promise<number> {
  try {
    const command = parseArgs(argv);
    if (command.kind === "batch") return batch(command);
    if (command.kind === "help") {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (command.kind === "version") {
      process.stdout.write(`${version}\n`);
      return 0;
    }
    let text: string;
    try {
      text = readFileSync(command.file === "-" ? 0 : command.file, "utf8");
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw new UsageError(code === "ENOENT" ? `no such file: ${command.file}` : `cannot read ${command.file}: ${code ?? String(error)}`);
    }
    const report = parseReport(text, command.referenceDate === undefined ? {} : { referenceDate: command.referenceDate });
    process.stdout.write(command.format === "json" ? `${JSON.stringify(report, null, 2)}\n` : formatText(report));
    return 0;
  } catch (error) {
    return usageFailure(error);
  }
}

async function batch(command: Extract<Command, { kind: "batch" }>): Promise<number> {
  try {
    if (!existsSync(command.input)) throw new UsageError(`no such file or directory: ${command.input}`);
    const summary = await runBatch({
      input: command.input,
      out: command.out,
      resume: command.resume,
      progress: process.stderr,
      ...(command.workers === undefined ? {} : { workers: command.workers }),
      ...(command.referenceDate === undefined ? {} : { referenceDate: command.referenceDate }),
    });
    process.stderr.write(`summit-report: ${String(summary.parsed)} parsed, ${String(summary.failed)} failed, ${String(summary.skipped)} skipped in ${summary.seconds.toFixed(1)} s\n`);
    return summary.failed > 0 ? 1 : 0;
  } catch (error) {
    return usageFailure(error);
  }
}

/** A usage mistake prints one line on stderr and exits with 2; anything else is a bug and propagates. */
function usageFailure(error: unknown): number {
  if (error instanceof UsageError) {
    process.stderr.write(`summit-report: ${error.message}\n`);
    return 2;
  }
  throw error;
}

