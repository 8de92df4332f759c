import { PATTERNS } from "../text/patterns.js";

/** True when a string is `YYYY-MM-DD` and names a real day (no 2018-02-30). */
export function isCalendarDay(iso: string): boolean {
  if (!PATTERNS.isoDay.test(iso)) return false;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}
