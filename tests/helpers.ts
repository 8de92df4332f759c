import { expect } from "vitest";
import type { SummitReport } from "../src/index.js";
import { SummitReportSchema } from "../src/schemas.js";

/** Asserts the report's invariants: it passes its schema, holds nothing the schema does not describe, and every span slices back to its text. */
export function expectConsistent(report: SummitReport): void {
  const parsed = SummitReportSchema.safeParse(report);
  expect(parsed.success).toBe(true);
  // The schema drops keys it does not know, so a stray field (a token passed as a span) shows here.
  expect(parsed.data).toEqual(report);
  const { text } = report;
  for (const q of report.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  for (const t of report.timexes) expect(text.slice(t.start, t.end)).toBe(t.text);
  for (const a of report.attributions) expect(text.slice(a.content.start, a.content.end)).toBe(a.text);
  for (const list of [report.quotes, report.timexes]) {
    for (let i = 1; i < list.length; i++) expect(list[i]!.start).toBeGreaterThanOrEqual(list[i - 1]!.start);
  }
}

/** The text a span covers. */
export function sliceOf(text: string, span: { start: number; end: number } | null): string | null {
  return span === null ? null : text.slice(span.start, span.end);
}

/** The names of the people with these ids (a summit's or an event's participants), in the order given. */
export function peopleNames(report: SummitReport, ids: readonly string[]): (string | undefined)[] {
  return ids.map((id) => report.people.find((p) => p.id === id)?.name);
}

/** The names of the summit's participants, in the report's order. */
export function participantNames(report: SummitReport): (string | undefined)[] {
  return peopleNames(report, report.summit.participants);
}
