import { compileLexicon } from "./lexicon/compile.js";
import { checkParseOptions } from "./model/check-options.js";
import { DEFAULT_MAX_INPUT_LENGTH } from "./model/constants.js";
import type { ParseOptions } from "./model/options.js";
import type { Attribution, Message, Quote, SummitReport, TimeExpression, TimelineEvent } from "./model/index.js";
import type { ParseContext } from "./pipeline/context.js";
import { runStages } from "./pipeline/pipeline.js";
import { assemble } from "./stages/assemble/index.js";

/**
 * Parses a summit report into its typed model.
 *
 * Never throws on text: any string gives a report that passes
 * `SummitReportSchema`, and problems in the text go to `report.messages`.
 * Throws a `TypeError` only for a wrong argument type or invalid options,
 * naming the problem.
 *
 * @param text - The article, plain text.
 * @param options - Reference date, user lexicons, input cap.
 * @returns The report: quotes with speakers, reported speech, time expressions, timeline, people, summit frame.
 * @example
 * ```ts
 * const report = parseReport('"We agreed," Putin said on July 23.', { referenceDate: "2018-08-27" });
 * report.quotes[0]?.speaker?.name; //=> "Vladimir Putin"
 * report.timexes[0]?.value;        //=> "2018-07-23"
 * ```
 */
export function parseReport(text: string, options?: ParseOptions): SummitReport {
  const ctx = createContext("parseReport", text, options);
  const report = assemble(ctx.context, runStages(ctx.context));
  if (ctx.truncated !== null) report.messages.unshift(ctx.truncated);
  return report;
}

/**
 * Finds only the quotes, with speakers, cues, media and groups (runs the
 * pipeline up to attribution).
 *
 * @param text - The article, plain text.
 * @param options - As for {@link parseReport}.
 * @returns Every quoted stretch in text order.
 * @example
 * ```ts
 * extractQuotes('"It went well," said Angela Merkel.')[0]?.speaker?.name; //=> "Angela Merkel"
 * ```
 */
export function extractQuotes(text: string, options?: ParseOptions): Quote[] {
  const ctx = createContext("extractQuotes", text, options);
  return [...runStages(ctx.context, "attribution").quotes];
}

/**
 * Finds only reported speech without quotation marks (`according to X, …`, `X said that …`).
 *
 * @param text - The article, plain text.
 * @param options - As for {@link parseReport}.
 * @returns Attributions in text order.
 * @example
 * ```ts
 * extractAttributions("According to experts, the talks went well.")[0]?.source.name; //=> "experts"
 * ```
 */
export function extractAttributions(text: string, options?: ParseOptions): Attribution[] {
  const ctx = createContext("extractAttributions", text, options);
  return [...runStages(ctx.context, "attribution").attributions];
}

/**
 * Finds only the temporal expressions (TIMEX3), normalised against `options.referenceDate`.
 *
 * @param text - Any English text.
 * @param options - As for {@link parseReport}.
 * @returns Time expressions in text order.
 * @example
 * ```ts
 * extractTimexes("The summit was held on August 22.", { referenceDate: "2018-08-27" })[0]?.value; //=> "2018-08-22"
 * ```
 */
export function extractTimexes(text: string, options?: ParseOptions): TimeExpression[] {
  const ctx = createContext("extractTimexes", text, options);
  return [...runStages(ctx.context, "time").timexes];
}

/**
 * Builds only the timeline: dated happenings in chronological order.
 *
 * @param text - The article, plain text.
 * @param options - As for {@link parseReport}.
 * @returns Events sorted by time.
 * @example
 * ```ts
 * extractTimeline("They met on August 22. On July 23, Putin invited him.", { referenceDate: "2018-08-27" })
 *   .map((e) => e.value); //=> ["2018-07-23", "2018-08-22"]
 * ```
 */
export function extractTimeline(text: string, options?: ParseOptions): TimelineEvent[] {
  const ctx = createContext("extractTimeline", text, options);
  return [...runStages(ctx.context, "timeline").timeline];
}

/** Validates the arguments and builds the read-only context every stage shares. */
function createContext(caller: string, text: unknown, options: unknown): { context: ParseContext; truncated: Message | null } {
  if (typeof text !== "string") {
    throw new TypeError(`${caller}: text must be a string, got ${text === null ? "null" : typeof text}`);
  }
  const checked = checkParseOptions(options);
  if (!checked.ok) {
    throw new TypeError(`${caller}: invalid options\n${checked.problems.map((p) => `  ${p}`).join("\n")}`);
  }
  const opts = checked.options;
  const max = opts.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH;
  let analysed = text;
  let truncated: Message | null = null;
  if (text.length > max) {
    // Do not cut a surrogate pair in two.
    let cut = max;
    const last = text.charCodeAt(cut - 1);
    if (last >= 0xd800 && last <= 0xdbff) cut--;
    analysed = text.slice(0, cut);
    truncated = {
      severity: "error",
      reason: `The input has ${String(text.length)} characters, more than maxInputLength (${String(max)}); only the first ${String(cut)} were analysed.`,
      ruleId: "input/too-long",
      span: null,
    };
  }
  const reference = opts.referenceDate === undefined ? null : typeof opts.referenceDate === "string" ? opts.referenceDate : opts.referenceDate.toISOString().slice(0, 10);
  return { context: Object.freeze({ text: analysed, referenceDate: reference, lexicon: compileLexicon(opts.lexicon) }), truncated };
}
