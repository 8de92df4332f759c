import type { Sentence, TimeExpression } from "../../model/index.js";
import { MEETING_WORDS } from "../../lexicon/meetings.js";
import { FORWARD_MODALS, FUTURE_MARKERS } from "../../lexicon/time-words.js";
import { firstStartingAtOrAfter } from "../../text/lookup.js";
import { PATTERNS } from "../../text/patterns.js";
import { tokenIndexAt, type TokenList } from "../../text/tokens.js";
import { addDays, formatDay, parseDay, type Day } from "../time/calendar.js";

/** Verbs in the present by which a report sets its news beside another happening (`The criticism comes a day before …`). */
const PRESENT_COMING = new Set(["comes", "come"]);

/** A happening the report dates only by a distance from another: its day, and the time expression of the distance. */
export interface ReckonedHappening {
  readonly value: string;
  readonly timex: TimeExpression;
  /** The time expression's index among the report's, for a stable order. */
  readonly order: number;
  readonly sentence: Sentence;
}

/**
 * Happenings dated by a count of days or weeks before or after the day of their sentence's news (`The summit came a
 * day after Biden met Modi`, `was fired Wednesday, a day after he drew criticism`): that day is a day the sentence
 * names before the distance, else the meeting's when the sentence tells of a meeting, else the reference day when
 * the news `comes` in the present. Each sentence read once, its time expressions in text order.
 */
export function reckonedHappenings(
  tokens: TokenList,
  sentences: readonly Sentence[],
  timexes: readonly TimeExpression[],
  meetingDay: string | null,
  reference: Day | null,
  cueWords: ReadonlySet<string>,
): ReckonedHappening[] {
  const out: ReckonedHappening[] = [];
  for (const sentence of sentences) {
    let anchor: string | null = null;
    let meeting = false;
    // (`Trump said he would meet Xi two days after the summit`: a distance inside what is said or planned is from
    // another day than the sentence's.)
    let reported = false;
    let k = firstStartingAtOrAfter(timexes, sentence.start);
    let i = tokenIndexAt(tokens, sentence.start);
    for (; k < timexes.length; k++) {
      const t = timexes[k];
      if (t === undefined || t.start >= sentence.end) break;
      // The words up to this expression: a meeting word makes the sentence's news the meeting.
      for (; i < tokens.length && (tokens.startAt(i) ?? Infinity) < t.start; i++) {
        const w = tokens.lowerAt(i) ?? "";
        meeting ||= MEETING_WORDS.has(w);
        reported ||= cueWords.has(tokens.textAt(i) ?? "") || FUTURE_MARKERS.has(w) || FORWARD_MODALS.has(w);
      }
      if (t.type === "DATE" && PATTERNS.isoDay.test(t.value)) anchor = t.value;
      const count = t.type === "DURATION" ? PATTERNS.dayCount.exec(t.value) : null;
      const after = tokens.lowerAt(tokenIndexAt(tokens, t.end));
      if (count === null || reported || (after !== "after" && after !== "before")) continue;
      const before = tokens.lowerAt(tokenIndexAt(tokens, t.start) - 1) ?? "";
      const day = anchor ?? (meeting ? meetingDay : null) ?? (PRESENT_COMING.has(before) && reference !== null ? formatDay(reference) : null);
      if (day === null || !PATTERNS.isoDay.test(day)) continue;
      const days = Number(count[1]) * (count[2] === "W" ? 7 : 1);
      out.push({ value: formatDay(addDays(parseDay(day), after === "after" ? -days : days)), timex: t, order: k, sentence });
    }
  }
  return out;
}
