import type { Sentence, TimeExpression } from "../../model/index.js";
import { MEETING_NOUNS, MEETING_VERBS, MEETING_WORDS } from "../../lexicon/meetings.js";
import { FORWARD_MODALS, FUTURE_MARKERS } from "../../lexicon/time-words.js";
import { firstStartingAtOrAfter } from "../../text/lookup.js";
import { PATTERNS } from "../../text/patterns.js";
import { tokenIndexAt, type TokenList } from "../../text/tokens.js";
import { addDays, addMonths, formatDay, pad, parseDay, type Day } from "../time/calendar.js";

/** Words before a meeting's noun that make it this one (`The summit came …`, `their talks`). */
const THE_MEETING = new Set(["the", "this", "their", "its"]);

/** Words after `call` that make it an appeal (`the call for a ceasefire`, `the call to arms`). */
const APPEAL_AFTER = new Set(["for", "to"]);

/** Verbs in the present by which a report sets its news beside another happening (`The criticism comes a day before …`). */
const PRESENT_COMING = new Set(["comes", "come"]);

/** A happening the report dates only by a distance from another: its day, and the time expression of the distance. */
export interface ReckonedHappening {
  readonly value: string;
  readonly timex: TimeExpression;
  /** The time expression's index among the report's, for a stable order. */
  readonly order: number;
  readonly sentence: Sentence;
  /** True when the happening is the one named after the distance (`a day after Starmer arrived in India`), not the sentence's own. */
  readonly namedAfter?: boolean;
}

/**
 * Happenings dated by a count of days or weeks before or after the day of their sentence's news (`The summit came a
 * day after Biden met Modi`, `was fired Wednesday, a day after he drew criticism`): that day is a day the sentence
 * names before the distance, else the meeting's when the sentence tells of a meeting, else the reference day when
 * the news `comes` in the present; or dated from this meeting, named bare after the distance (`Aides met two weeks
 * before the summit`). A distance `later` counts on from the date told just before it, in its sentence or, opening
 * the sentence, in the one before (`talks in Bali in November 2022 and in Woodside a year later`). Each sentence
 * read once, its time expressions in text order.
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
  // The last date the sentence before told, and that sentence's paragraph.
  let previousDate: string | null = null;
  let previousBlock = -1;
  for (const sentence of sentences) {
    let anchor: string | null = null;
    // The last date the sentence has told so far at any precision (`November 2022`), which a distance `later` counts on from.
    let told: string | null = null;
    const toldBefore: string | null = sentence.block === previousBlock ? previousDate : null;
    let meeting = false;
    let metSomeone = false;
    // (`Trump said he would meet Xi two days after the vote`: a distance inside what is said or planned is from
    // another day than the sentence's, unless it is this meeting's, below.)
    let reported = false;
    let k = firstStartingAtOrAfter(timexes, sentence.start);
    let i = tokenIndexAt(tokens, sentence.start);
    for (; k < timexes.length; k++) {
      const t = timexes[k];
      if (t === undefined || t.start >= sentence.end) break;
      // The words up to this expression: a meeting named as a thing (`The summit came a day after …`) makes the
      // sentence's news the meeting, and so does a verb of meeting when the distance runs from no other meeting (`Biden
      // met Erdogan a day after …`, not `Officials met a week before the G20 summit`); not `resisted talks until …`.
      for (; i < tokens.length && (tokens.startAt(i) ?? Infinity) < t.start; i++) {
        const w = tokens.lowerAt(i) ?? "";
        // (`The call came a day after …`, a call as the meeting, no verb of saying; not an appeal, `the call for a
        // ceasefire`.)
        const named = MEETING_NOUNS.has(w) && THE_MEETING.has(tokens.lowerAt(i - 1) ?? "") && !APPEAL_AFTER.has(tokens.lowerAt(i + 1) ?? "");
        meeting ||= named;
        metSomeone ||= MEETING_VERBS.has(w);
        reported ||= (!named && cueWords.has(tokens.textAt(i) ?? "")) || FUTURE_MARKERS.has(w) || FORWARD_MODALS.has(w);
      }
      if (t.type === "DATE" && PATTERNS.isoDay.test(t.value)) anchor = t.value;
      if (t.type === "DATE" && PATTERNS.calendarDate.test(t.value)) told = t.value;
      const count = t.type === "DURATION" ? PATTERNS.unitCount.exec(t.value) : null;
      const after = tokens.lowerAt(tokenIndexAt(tokens, t.end));
      if (count !== null && after === "later" && !reported) {
        // (Opening its sentence, the distance counts from the one before: `A year later, they met in Woodside`.)
        const from = told ?? (tokenIndexAt(tokens, t.start) === tokenIndexAt(tokens, sentence.start) ? toldBefore : null);
        const value = from === null ? null : shiftDate(from, Number(count[1]), count[2] ?? "");
        if (value !== null) out.push({ value, timex: t, order: k, sentence });
        continue;
      }
      if (count === null || (after !== "after" && after !== "before") || count[2] === "Y" || count[2] === "M") continue;
      const days = Number(count[1]) * (count[2] === "W" ? 7 : 1);
      // (`Aides met two weeks before the summit`, `It will be signed three days after the talks`: the distance runs
      // from this meeting, named bare after the word, planned or not; the sentence's own happening is the one it dates.)
      const next = tokenIndexAt(tokens, t.end) + 1;
      if (tokens.lowerAt(next) === "the" && MEETING_WORDS.has(tokens.lowerAt(next + 1) ?? "") && tokens.kindAt(next + 2) !== "word") {
        if (meetingDay !== null && PATTERNS.isoDay.test(meetingDay)) out.push({ value: formatDay(addDays(parseDay(meetingDay), after === "after" ? days : -days)), timex: t, order: k, sentence });
        continue;
      }
      if (reported) continue;
      // (Nor where the happening after the word dates itself: `The meeting came a week after Takaichi … took office on
      // Oct. 21`; a date that bounds another span does not, `… met in Anchorage for their first summit since 2019`.)
      const dated = timexes[k + 1];
      const bounding = dated !== undefined && SPAN_BOUNDS.has(tokens.lowerAt(tokenIndexAt(tokens, dated.start) - 1) ?? "");
      if (dated !== undefined && dated.start < sentence.end && dated.type === "DATE" && PATTERNS.calendarDate.test(dated.value) && !bounding) continue;
      const before = tokens.lowerAt(tokenIndexAt(tokens, t.start) - 1) ?? "";
      const thisMeeting = meeting || (metSomeone && !namesMeetingWithin(tokens, next, OTHER_MEETING_REACH));
      const day = anchor ?? (thisMeeting ? meetingDay : null) ?? (PRESENT_COMING.has(before) && reference !== null ? formatDay(reference) : null);
      if (day === null || !PATTERNS.isoDay.test(day)) continue;
      out.push({ value: formatDay(addDays(parseDay(day), after === "after" ? -days : days)), timex: t, order: k, sentence, namedAfter: true });
    }
    // (A sentence that tells no date passes on the one before it.)
    previousDate = told ?? toldBefore;
    previousBlock = sentence.block;
  }
  return out;
}

/**
 * A date of a year, a month or a day moved on by `n` units (`Y`, `M`, `W`, `D`), at its own precision (`2022-11` and a
 * year give `2023-11`); null when the unit is finer than the date (`2019` and six months).
 */
function shiftDate(value: string, n: number, unit: string): string | null {
  const parts = PATTERNS.calendarDate.exec(value);
  if (parts === null) return null;
  const year = Number(parts[1]);
  if (unit === "Y" && parts[2] === undefined) return pad(year + n, 4);
  if (parts[2] === undefined) return null;
  const months = unit === "Y" ? 12 * n : n;
  if (unit === "Y" || unit === "M") {
    if (parts[3] !== undefined) return formatDay(addMonths(parseDay(value), months));
    const month = addMonths({ y: year, m: Number(parts[2]), d: 1 }, months);
    return `${pad(month.y, 4)}-${pad(month.m)}`;
  }
  if (parts[3] === undefined) return null;
  return formatDay(addDays(parseDay(value), n * (unit === "W" ? 7 : 1)));
}

/** Words before a date that bound a span with it rather than date a happening (`since 2019`, `until March`). */
const SPAN_BOUNDS: ReadonlySet<string> = new Set(["since", "until", "till"]);

/** Tokens after `before` or `after` within which another meeting may be named (`the G20 summit in Osaka`). */
const OTHER_MEETING_REACH = 4;

/** True when a meeting word stands within `reach` words from token `from`, before any punctuation. */
function namesMeetingWithin(tokens: TokenList, from: number, reach: number): boolean {
  for (let k = from; k < from + reach && tokens.kindAt(k) === "word"; k++) if (MEETING_WORDS.has(tokens.lowerAt(k) ?? "")) return true;
  return false;
}
