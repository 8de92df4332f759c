import { PATTERNS } from "../../text/patterns.js";
import { toEpochDay, weekday, type Day } from "../time/calendar.js";

/** First month of each season (winter starts in December of its year). */
const SEASON_MONTH: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const PART_HOUR: Readonly<Record<string, number>> = { MO: 8, MI: 12, AF: 15, EV: 19, NI: 22 };

/** Days from an ISO week's Monday to its Saturday. */
const WEEKEND_OFFSET = 5;

const epochDay = (y: number, m: number, d: number): number => toEpochDay({ y, m, d });
/** The interval from the first of month `m` of year `y` up to the first of the month `count` months later. */
const months = (y: number, m: number, count: number): { start: number; length: number } => ({ start: epochDay(y, m, 1), length: epochDay(y, m + count, 1) - epochDay(y, m, 1) });

/**
 * The days a TIMEX3 value covers, in days since 1970: its first day and how many days it spans (`2026-SP` is March
 * to May 2026, `199` the 1990s, `2018-W34` its Monday to Sunday, `2018-W34-WE` its weekend). Null for a value that
 * names no stretch of the calendar (`PAST_REF`, `XXXX-07-23`, durations).
 */
export function valueInterval(value: string): { start: number; length: number } | null {
  const match = PATTERNS.calendarValue.exec(value);
  if (match === null) return null;
  const [whole, digits = "", month, day, week, quarter, half, season] = match;
  const n = Number(digits);
  // `19` is the twentieth century, `199` the 1990s; neither takes a month.
  if (digits.length < 4) return whole === value ? months(n * 10 ** (4 - digits.length), 1, 12 * 10 ** (4 - digits.length)) : null;
  if (month !== undefined) {
    const m = Number(month);
    if (m < 1 || m > 12) return null;
    return day === undefined ? months(n, m, 1) : { start: epochDay(n, m, Number(day)), length: 1 };
  }
  if (week !== undefined) {
    // ISO weeks: week 1 holds January 4th and starts on its Monday.
    const monday = epochDay(n, 1, 4) - (weekday({ y: n, m: 1, d: 4 }) - 1);
    const start = monday + (Number(week) - 1) * 7;
    // (Its weekend, `2018-W34-WE`, is its Saturday and Sunday.)
    return value.endsWith("-WE") ? { start: start + WEEKEND_OFFSET, length: 2 } : { start, length: 7 };
  }
  if (quarter !== undefined) return months(n, Number(quarter) * 3 - 2, 3);
  if (half !== undefined) return months(n, Number(half) * 6 - 5, 6);
  if (season !== undefined) return months(n, SEASON_MONTH[season] ?? 1, 3);
  return months(n, 1, 12);
}

/**
 * A number that orders TIMEX3 values in time: days since 1970 of the start
 * of the interval (its end for mod END, its middle for MID), a day's time of
 * day as a fraction. Vague references sit just around the reference day;
 * values that cannot be placed sort last.
 */
export function timeKey(value: string, mod: string | null, reference: Day | null): number {
  const refDays = reference === null ? null : toEpochDay(reference);
  if (value === "PRESENT_REF") return refDays ?? Number.POSITIVE_INFINITY;
  if (value === "PAST_REF") return refDays === null ? Number.POSITIVE_INFINITY : refDays - 0.5;
  if (value === "FUTURE_REF") return refDays === null ? Number.POSITIVE_INFINITY : refDays + 0.5;
  const interval = valueInterval(value);
  if (interval === null) return Number.POSITIVE_INFINITY;
  const { start, length } = interval;
  if (length === 1) {
    // `2018-08-26TEV`, `2018-08-26T17:41`.
    const part = value.slice(11);
    const hour = PART_HOUR[part] ?? (part.length >= 2 ? Number(part.slice(0, 2)) : NaN);
    return Number.isFinite(hour) ? start + hour / 24 : start;
  }
  if (mod === "END" || mod === "LATE") return start + length - 1;
  if (mod === "MID") return start + length / 2;
  return start;
}
