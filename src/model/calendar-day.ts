import { PATTERNS } from "../text/patterns.js";

/** True when a string is `YYYY-MM-DD` and names a real day (no 2018-02-30). Arithmetic only: no `Date` per call. */
export function isCalendarDay(iso: string): boolean {
  if (!PATTERNS.isoDay.test(iso)) return false;
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days;
}
