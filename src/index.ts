/**
 * summit-report: turns a news report about a political summit into a typed,
 * validated model: quotes with speakers, reported speech, TIMEX3 time
 * expressions, a timeline, people and the summit frame, all with exact
 * character offsets.
 *
 * @module summit-report
 */
export { parseReport, extractQuotes, extractAttributions, extractTimexes, extractTimeline } from "./parse.js";
export * from "./model/index.js";
export { summitReportJsonSchema } from "./model/json-schema.js";
