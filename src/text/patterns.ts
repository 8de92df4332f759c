/**
 * Every regular expression of the parser, as literals in one registry, so
 * that lint (eslint-plugin-regexp) and the ReDoS test (recheck) see all of
 * them. Rules elsewhere use these and never build patterns at run time.
 * Quantifiers next to each other never match the same characters, so each
 * pattern runs in linear time.
 */
export const PATTERNS = {
  /** A combining mark, dropped when folding accents (`Nausėda` → `Nauseda`). */
  combiningMark: /\p{M}/gu,
  /** A `YYYY-MM-DD` calendar day. */
  isoDay: /^\d{4}-\d{2}-\d{2}$/,
  /** A letter or digit. */
  wordChar: /[\p{L}\p{N}]/u,
  /** A letter. */
  letter: /\p{L}/u,
  /** An upper-case letter. */
  upper: /\p{Lu}/u,
  /** Initials joined by stops, the last stop apart (`G.K` of `G.K. Butterfield`, `A.P.J`). */
  dottedInitials: /^\p{Lu}(?:\.\p{Lu})+$/u,
  /** A lower-case letter. */
  lower: /\p{Ll}/u,
  /** Capitalised words and nothing else, as a nickname is written (`Bongbong`, `El Chapo`). */
  nameWords: /^\p{Lu}\p{L}*(?: \p{Lu}\p{L}*)?$/u,
  /** A transcript stage note in parentheses (`(As interpreted.)`, `(In English.)`, `(Laughter.)`). */
  stageNote: /^\([^()\n]{1,80}\)/,
  /** A line that starts with a clock time (`5:41 P.M. WITA`), as transcripts date themselves. */
  clockLine: /^\d{1,2}[:.]\d{2}(?!\d)/,
  /** Clock time `5:41`, `17.30` with optional `P.M.`/`pm`. */
  clock: /^(\d{1,2})[:.](\d{2})$/,
  /** Day.month.year or day-month-year numeric dates of 1900–2099 (`22.08.2018`, `04-04-2025`; not `11-12-1234`). */
  numericDate: /^(\d{1,2})[.\-/](\d{1,2})[.\-/]((?:19|20)\d{2})$/,
  /** Year.month.day, as Lithuanian, Hungarian, Korean and Chinese pages date themselves (`2025.06.23`). */
  yearFirstDotted: /^((?:19|20)\d{2})\.(\d{1,2})\.(\d{1,2})$/,
  /** A day, a month's name and a year joined by hyphens (`14-apr-2025`, lower case). */
  hyphenedDate: /^(\d{1,2})-([a-z]{3,9})-((?:19|20)\d{2})$/,
  /** ISO date `2018-08-22` as a single token. */
  isoDate: /^(\d{4})-(\d{2})-(\d{2})$/,
  /** A TIMEX3 value that starts with a four-digit year (`2014`, `2014-03`, `2014-03-05`). */
  yearPrefix: /^\d{4}(?:-|$)/,
  /**
   * A TIMEX3 value that names a stretch of the calendar: century (`19`), decade (`199`) or year, then a month and
   * day, an ISO week, a quarter, a half or a season (`2018-08-26TEV`, `2018-W34`, `2026-Q1`, `2026-H2`, `2026-SP`).
   */
  calendarValue: /^(\d{2,4})(?!\d)(?:-(?:(\d{2})(?:-(\d{2}))?|W(\d{1,2})|Q([1-4])|H([12])|(SP|SU|FA|WI)))?/,
  /** A day whose year is unknown (`XXXX-06-25`), as dates resolve without a reference date. */
  yearlessDay: /^XXXX-\d{2}-\d{2}/,
  /** A four-digit year from 1000 to 2199. */
  year: /^(1\d{3}|20\d{2}|21\d{2})$/,
  /** A fiscal year written short, lower case (`fy2025`, `fy25`). */
  fiscalYear: /^fy(\d{2}|\d{4})$/,
  /** A decade `1990s` or `90s` (the apostrophe of `'90s` is a token of its own). */
  decade: /^(1\d|20)?(\d)0s$/,
  /** One or two digits (a day of the month, an hour). */
  dayDigits: /^\d{1,2}$/,
  /** One to three digits: a numbered paragraph's number (`12.`). */
  listNumber: /^\d{1,3}$/,
  /** Exactly two digits (minutes). */
  twoDigits: /^\d{2}$/,
  /** A clock time written as one word, British style: `10.05`, `10.05am`, `9pm` (hour, minutes, meridiem). */
  clockWord: /^(\d{1,2})(?:\.(\d{2}))?([ap]m)?$/,
  /** Starts with a digit. */
  startsWithDigit: /^\d/,
  /** A Russian patronymic (`Heydarovich`, `Vladimirovna`): with a given name before it, a polite address. */
  patronymic: /(?:ovich|evich|ovna|evna)$/,
  /** Ends in a digit (`Kurdistan24`, `Channel4`): an outlet's or a product's name, never a person's. */
  endsWithDigit: /\d$/,
  /** A US lawmaker's party and state (`R-Ky`, `D-Calif`, `D-N.Y`), as wire copy sets them after a name. */
  partyState: /^[DIR]-[A-Z][A-Za-z.]{0,5}$/,
  /** A month's value (`2025-12`), its year and month captured. */
  yearMonth: /^(\d{4})-(\d{2})$/,
  /** A time of day in four digits (`0730`, `1845`), read only before a time zone. */
  militaryClock: /^([01]\d|2[0-3])([0-5]\d)$/,
  /** A quarter or a half of a year written short, in capitals (`Q3`, `H1`). */
  shortPeriod: /^([QH])([1-4])$/,
  /** A word with a verb contracted onto it (`we’re`, `they'll`, `I've`, `I'm`, `she'd`). */
  contractedVerb: /['’](?:re|ll|ve|m|d)$/,
  /** An ordinal day `23rd`, `1st`. */
  ordinalDay: /^(\d{1,2})(?:st|nd|rd|th)$/,
  /** A Cantonese given name of two syllables after an English name and a surname (`Ka-chiu` of `John Lee Ka-chiu`). */
  hyphenedGivenName: /^\p{Lu}\p{Ll}+-\p{Ll}+$/u,
  /** A regnal number in Roman numerals (`XIV`, `III`). */
  regnalNumber: /^[IVX]{1,5}$/,
  /** A duration of a counted number of years, months, weeks or days (`P1Y`, `P2D`), which a distance in time is. */
  unitCount: /^P(\d{1,2})([YMWD])$/,
  /** A date at the precision of a year, a month or a day (`2022`, `2022-11`, `2022-11-15`). */
  calendarDate: /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/,
  /** A number with optional thousands separators. */
  number: /^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/,
} as const;

/** Names of the registered patterns. */
export type PatternName = keyof typeof PATTERNS;
