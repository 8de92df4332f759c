/** What the command line asked for. */
export type Command =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "parse"; file: string; referenceDate: string | undefined; format: "json" | "text" };

/** A command-line mistake: the message goes to stderr, the exit code is 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: summit-report parse FILE|- [--reference-date YYYY-MM-DD] [--format json|text]

Parses a summit report (plain text) and prints the report as JSON (default) or a readable summary.
  FILE                      the article; - reads standard input
  --reference-date DATE     date that relative dates resolve against (YYYY-MM-DD)
  --format json|text        output format (default json)
  -h, --help                this help
  -v, --version             the version`;

/** Reads the arguments (without `node` and the script path). Pure: throws UsageError on mistakes. */
export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0 || argv.includes("-h") || argv.includes("--help")) return { kind: "help" };
  if (argv.includes("-v") || argv.includes("--version")) return { kind: "version" };
  const [command, ...rest] = argv;
  if (command !== "parse") throw new UsageError(`unknown command '${command ?? ""}' (expected 'parse'; see --help)`);
  let file: string | undefined;
  let referenceDate: string | undefined;
  let format: "json" | "text" = "json";
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? "";
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined || v === "") throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === "--reference-date") {
      referenceDate = value();
      if (!isDay(referenceDate)) throw new UsageError(`--reference-date must be a calendar day as YYYY-MM-DD, got '${referenceDate}'`);
    } else if (flag === "--format") {
      const f = value();
      if (f !== "json" && f !== "text") throw new UsageError(`--format must be json or text, got '${f}'`);
      format = f;
    } else if (flag.startsWith("-") && flag !== "-") {
      throw new UsageError(`unknown option '${flag}' (see --help)`);
    } else if (file === undefined) {
      file = flag;
    } else {
      throw new UsageError(`more than one input file ('${file}', '${flag}')`);
    }
  }
  if (file === undefined) throw new UsageError("missing input FILE (use - for standard input)");
  return { kind: "parse", file, referenceDate, format };
}

function isDay(s: string): boolean {
  if (s.length !== 10 || s[4] !== "-" || s[7] !== "-") return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
