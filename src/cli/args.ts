/** What the command line asked for. */
export type Command =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "parse"; file: string; referenceDate: string | undefined; format: "json" | "text" }
  | { kind: "batch"; input: string; out: string; referenceDate: string | undefined; workers: number | undefined; resume: boolean };

/** A command-line mistake: the message goes to stderr, the exit code is 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: summit-report parse FILE|- [--reference-date YYYY-MM-DD] [--format json|text]
       summit-report batch DIR|FILE.jsonl --out FILE.jsonl [--workers N] [--resume] [--reference-date YYYY-MM-DD]

parse: parses a summit report (plain text) and prints the report as JSON (default) or a readable summary.
  FILE                      the article; - reads standard input
  --reference-date DATE     date that relative dates resolve against (YYYY-MM-DD)
  --format json|text        output format (default json)

batch: parses a corpus on worker threads and writes one JSONL line per document,
{"id", "report"} or {"id", "error"}; a failed document does not stop the run.
  DIR                       every <id>.txt in it
  FILE.jsonl                one {"id", "text", "referenceDate"?} object per line
  --out FILE                the JSONL output (required)
  --workers N               worker threads (default: available cores)
  --resume                  keep the reports already in --out, parse only the rest
  --reference-date DATE     for documents without their own referenceDate
  Exit code 1 when a document failed.

  -h, --help                this help
  -v, --version             the version`;

/** Reads the arguments (without `node` and the script path). Pure: throws UsageError on mistakes. */
export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0 || argv.includes("-h") || argv.includes("--help")) return { kind: "help" };
  if (argv.includes("-v") || argv.includes("--version")) return { kind: "version" };
  const [command, ...rest] = argv;
  if (command !== "parse" && command !== "batch") throw new UsageError(`unknown command '${command ?? ""}' (expected 'parse' or 'batch'; see --help)`);
  let file: string | undefined;
  let referenceDate: string | undefined;
  let format: "json" | "text" = "json";
  let out: string | undefined;
  let workers: number | undefined;
  let resume = false;
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
    } else if (flag === "--out" && command === "batch") {
      out = value();
    } else if (flag === "--workers" && command === "batch") {
      const w = value();
      workers = Number(w);
      if (!Number.isInteger(workers) || workers < 1) throw new UsageError(`--workers must be a whole number of at least 1, got '${w}'`);
    } else if (flag === "--resume" && command === "batch") {
      resume = true;
    } else if (flag === "--format" && command === "parse") {
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
  if (command === "batch") {
    if (file === undefined || file === "-") throw new UsageError("batch needs an input directory or JSONL file");
    if (out === undefined) throw new UsageError("batch needs --out FILE");
    return { kind: "batch", input: file, out, referenceDate, workers, resume };
  }
  if (file === undefined) throw new UsageError("missing input FILE (use - for standard input)");
  return { kind: "parse", file, referenceDate, format };
}

function isDay(s: string): boolean {
  if (s.length !== 10 || s[4] !== "-" || s[7] !== "-") return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
