import { readFileSync } from "node:fs";
import { parseReport } from "../parse.js";
import { formatText } from "./format-text.js";
import { parseArgs, USAGE, UsageError } from "./args.js";
import { version } from "../../package.json";

/** Runs the CLI with the given arguments; returns the exit code. With src/cli/bin.ts, the only code that touches Node built-ins. */
export function main(argv: readonly string[]): number {
  try {
    const command = parseArgs(argv);
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
    if (error instanceof UsageError) {
      process.stderr.write(`summit-report: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

