/**
 * summit-report: turns a news report about a political summit into a typed,
 * validated model: quotes with speakers, reported speech, TIMEX3 time
 * expressions, a timeline, people and the summit frame, all with exact
 * character offsets.
 *
 * This entry holds the parser and the model's types. The zod schemas the
 * types are inferred from, and the JSON Schema generated from them, are in
 * `summit-report/schemas`, so that importing the parser does not load zod.
 *
 * @module summit-report
 */
export { parseReport, extractQuotes, extractAttributions, extractTimexes, extractTimeline } from "./parse.js";
export { SCHEMA_VERSION, DEFAULT_MAX_INPUT_LENGTH } from "./model/constants.js";
export type {
  Attribution,
  Block,
  BlockKind,
  KnownPerson,
  Message,
  Organization,
  ParseOptions,
  Person,
  Place,
  Quote,
  QuoteKind,
  ResolvedVia,
  Sentence,
  Span,
  SpeakerRef,
  Summit,
  SummitReport,
  TimeExpression,
  TimelineEvent,
  TimexResolution,
  TimexType,
  UserLexicon,
} from "./model/index.js";
