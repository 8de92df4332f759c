import type { Day } from "../time/calendar.js";

const MS_PER_DAY = 86_400_000;
const SEASON_MONTH: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const PART_HOUR: Readonly<Record<string, number>> = { MO: 8, MI: 12, AF: 15, EV: 19, NI: 22 };

/**
 * A number that orders TIMEX3 values in time: days since 1970 of the start
 * of the interval (its end for mod END, its middle for MID). Vague
 * references sit just around the reference day; values that cannot be
 * placed sort last.
 */
export function timeKey(value: string, mod: string | null, reference: Day | null): number {
  const refDays = reference === null ? null : Date.UTC(reference.y, reference.m - 1, reference.d) / MS_PER_DAY;
  if (value === "PRESENT_REF") return refDays ?? Number.POSITIVE_INFINITY;
  if (value === "PAST_REF") return refDays === null ? Number.POSITIVE_INFINITY : refDays - 0.5;
  if (value === "FUTURE_REF") return refDays === null ? Number.POSITIVE_INFINITY : refDays + 0.5;
  const y = Number(value.slice(0, 4));
  if (!Number.isFinite(y) || value.startsWith("X")) return Number.POSITIVE_INFINITY;
  const rest = value.slice(4);
  let start: number;
  let length: number;
  const day = /* YYYY-MM-DD */ rest.length >= 6 && rest[0] === "-" && rest[3] === "-" ? Number(rest.slice(4, 6)) : null;
  const month = rest.length >= 3 && rest[0] === "-" && rest[1] !== "W" && rest[1] !== "Q" && SEASON_MONTH[rest.slice(1, 3)] === undefined ? Number(rest.slice(1, 3)) : null;
  if (month !== null && day !== null) {
    start = Date.UTC(y, month - 1, day) / MS_PER_DAY;
    length = 1;
    const part = rest.slice(7);
    const hour = PART_HOUR[part] ?? (part.length >= 2 ? Number(part.slice(0, 2)) : NaN);
    if (Number.isFinite(hour)) start += hour / 24;
  } else if (month !== null) {
    start = Date.UTC(y, month - 1, 1) / MS_PER_DAY;
    length = 30;
  } else if (rest.startsWith("-W")) {
    start = Date.UTC(y, 0, 1) / MS_PER_DAY + (Number(rest.slice(2, 4)) - 1) * 7;
    length = 7;
  } else if (rest.startsWith("-Q")) {
    start = Date.UTC(y, (Number(rest.slice(2, 3)) - 1) * 3, 1) / MS_PER_DAY;
    length = 91;
  } else if (SEASON_MONTH[rest.slice(1, 3)] !== undefined) {
    start = Date.UTC(y, (SEASON_MONTH[rest.slice(1, 3)] ?? 1) - 1, 1) / MS_PER_DAY;
    length = 91;
  } else {
    start = Date.UTC(y, 0, 1) / MS_PER_DAY;
    length = 365;
  }
  if (mod === "END" || mod === "LATE") return start + length - 1;
  if (mod === "MID") return start + length / 2;
  return start;
}
