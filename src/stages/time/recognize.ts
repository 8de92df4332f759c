import { BEFORE_BARE_VERB, DAY_PARTS, RANGE_ENDS, EASTER_HOLIDAYS, HOLIDAYS, LONG_COMPOUNDS, MAGNITUDES, MONTHS, NUMBER_WORDS, ORDINAL_WORDS, PRESENT_AGE_NOUNS, RATE_AMOUNT_UNITS, SEASONS, TIME_ADJECTIVES, TIME_ZONES, UNITS, VAGUE_REFERENCES, WEEKDAY_NAMES, WEEKDAYS } from "../../lexicon/time-words.js";
import { MEETING_NOUNS } from "../../lexicon/meetings.js";
import { indexPhrases, type PhraseIndex } from "../../lexicon/compile.js";
import type { TimeExpression, TimexResolution, TimexType } from "../../model/index.js";
import { matchPhrase } from "../../text/phrases.js";
import { PATTERNS } from "../../text/patterns.js";
import { inSinceClause, isCapitalized, isCapitalizedAt, isPossessiveAt, lowerPhrase, type TokenList } from "../../text/tokens.js";
import { addDays, addMonths, daysBetween, daysInMonth, easterSunday, formatDay, formatWeek, isValidDay, pad, weekday, type Day } from "./calendar.js";
import { wordTable } from "../../lexicon/word-table.js";
import { DETERMINERS } from "../../lexicon/function-words.js";

/** Grammatical time of the sentence an expression stands in, for year-less dates and weekdays. */
export type Tense = "past" | "present" | "future";

/** A recognised expression: tokens `[from, to)` and its TIMEX3 reading. */
export interface Recognized {
  from: number;
  to: number;
  type: TimexType;
  value: string;
  mod: string | null;
  resolution: TimexResolution;
  /** The day it names, when it names one: the anchor for `the next day`. */
  day: Day | null;
}

/** Most tokens from `before doing` or a meeting's `for` to the weekday it dates (`before flying to Washington for his first summit with U.S. President Donald Trump on Monday`). */
const BEFORE_DOING_REACH = 16;

/** The year a two-digit year is read near without a reference date. */
const DEFAULT_CENTURY_YEAR = 2000;

/** Words that may follow a set adverb without making it an adjective (`meets weekly and …`). */
const SET_FOLLOWERS = new Set(["and", "or", "but", "since", "until", "for", "in", "on", "at", "by", "to", "from", "through", "with", "as", "when", "while", "because", "if", "after", "before"]);
/** Words that open a clock time, before four digits that could be a year (`at 2014 GMT`). */
const CLOCK_OPENERS = new Set(["at", "(", "by", "around", "about", "until", "from", "before", "after"]);
/** Words that say how a year is counted between `the` and `year` (`the current fiscal year`). */
const YEAR_KINDS = new Set(["fiscal", "full", "calendar", "current", "financial"]);
/** Two digits of a fiscal year below which it is this century's (`FY25`), else the last's (`FY98`). */
const FISCAL_CENTURY_TURN = 50;
/** Most tokens from `the` past such words. */
const MAX_YEAR_KINDS = 3;
/** Present verbs that schedule what their weekday names (`Leaders meet Monday`, `the talks are on Wednesday`). */
const PRESENT_SCHEDULE = new Set([
  "is", "are", "meet", "meets", "begin", "begins", "start", "starts", "open", "opens", "hold", "holds", "host", "hosts",
  "travel", "travels", "visit", "visits", "arrive", "arrives", "leave", "leaves", "convene", "convenes", "gather",
  "gathers", "resume", "resumes", "vote", "votes", "end", "ends", "close", "closes", "fly", "flies", "head", "heads",
  "return", "returns", "depart", "departs",
]);
/** Tokens looked back from a weekday for such a verb, within its clause. */
const SCHEDULE_REACH = 5;
/** Verbs of saying whose weekday tells when something was said (`Putin says on Monday`, `On Friday, Netanyahu said`). */
const REPORTING_NEAR = new Set([
  "says", "say", "tells", "tell", "adds", "notes", "writes", "argues", "claims", "insists", "warns", "reports", "announces",
  "confirms", "stresses", "said", "told", "added", "noted", "wrote", "announced", "confirmed", "reported", "stressed",
]);
/** Tokens looked back from a weekday for such a verb. */
const REPORT_REACH = 8;
/** Highest ordinal week of a month (`the fourth week of May`). */
const MAX_WEEK_OF_MONTH = 4;
/** Units a stretch may join largest first (`a year and two months`, `2 hours and 45 minutes`); weeks mix with none in ISO 8601. */
const COMPOUND_UNITS: readonly string[] = ["Y", "M", "D", "H", "MIN"];
/** Words after a stretch that make it a shift from a day (`two hours ago`); `later` leaves a stretch (see `duration`). */
const SHIFTING_AFTER = new Set(["ago", "earlier", "from"]);
/** Words after `earlier` that open a span it belongs to (`earlier this month`, `earlier today`). */
const EARLIER_SPAN_OPENERS = new Set(["this", "today", "tonight", "last"]);
/** Most tokens between `between` and the `and` of a range of days (`between April 27 and`). */
const MAX_BETWEEN_START = 4;
/** Words after `a day` that make it a distance in time (`a day later`, `a day after the vote`), not an idiom. */
const DAY_DISTANCE_WORDS = new Set(["ago", "later", "earlier", "after", "before"]);
/** Words before a number that make it a year even before a plural noun (`the 1990 elections`). */
const YEAR_DETERMINERS = new Set(["the", "its", "his", "her", "their", "our", "my", "your", "'s", "’s", "this", "that", "fiscal"]);
/** `the year`, `the month`, `the week` alone name the current one. */
const CURRENT_UNITS: Readonly<Record<string, string>> = wordTable({ year: "Y", month: "M", week: "W" });
const LONG_CURRENT_UNITS: Readonly<Record<string, string>> = wordTable({ decade: "DE", century: "CE" });
/** Words after `the year` that make it something else (`the year before`, `the year 2000`, `the year-ago`). */
const NOT_AFTER_THE_UNIT = new Set(["before", "after", "earlier", "later", "ago", "of", "that", "when", "in", "-", "to"]);
/** Bounds before a duration (`up to 180 days`, `at least 72 hours`), to TIMEX3 `mod`. */
const BOUNDS: Readonly<Record<string, string>> = wordTable({ "up to": "EQUAL_OR_LESS", "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS" });
/** First words of the bounds. */
const BOUND_OPENERS: ReadonlySet<string> = new Set(Object.keys(BOUNDS).map((k) => k.split(" ")[0] ?? k));
/** Words between `the` and a duration that keep it a duration (`the first nine months`). */
const PERIOD_POSITIONS = new Set(["first", "last", "past", "next", "final", "previous", "following", "coming"]);
/** Plural units that stand alone for an unspecified number of them (`for years`, `weeks of talks`). */
const BARE_PLURALS = new Set(["years", "months", "weeks", "days", "decades", "hours"]);
/** Decades in words, by their tens digit; read only after `the` (`the nineties`, not `in her nineties`). */
const DECADE_WORDS: Readonly<Record<string, number>> = wordTable({ thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 });
/** Words after `or` that make a rough count of the unit before (`a year or so`, `a month or two`). */
const ROUGHLY_AFTER = new Set(["so", "two", "three", "more"]);
/** Words before `hours of` that make them the night of a day (`the early hours of Friday`, `the small hours`). */
const SMALL_HOURS = new Set(["early", "small", "wee"]);
/** `this year's`, `next year's`, `last year's` before a quarter. */
const YEAR_OFFSETS: Readonly<Record<string, number>> = wordTable({ this: 0, next: 1, last: -1 });
/** Words before `quarter` that name the current one, the last one completed, or the same one a year before. */
const QUARTER_CURRENT = new Set(["current", "present"]);
const QUARTER_LATEST = new Set(["latest", "recent", "last", "past", "previous", "just-ended", "just-completed"]);
const QUARTER_YEAR_AGO = new Set(["year-ago", "year-earlier", "year-before", "prior-year", "year-previous"]);
/** Words that may stand before `quarter` without changing which one it is. */
const QUARTER_FILLERS = new Set(["fiscal", "calendar", "comparable", "corresponding", "same", "most", "financial"]);
/** Words that open the event a `the day before` is named by (`the day before a summit`, `the day after his arrival`). */
const EVENT_OPENERS = new Set(["a", "an", "the", "his", "her", "their", "its"]);
/** Words before `of today` that make it a day (`as of today`, `the end of today`), not an age. */
const AGE_OF_EXCEPTIONS = new Set(["as", "end", "rest", "morning", "afternoon", "evening", "night", "start", "beginning"]);

/** Marks that open the lines of a list (`* May 19 - …`, `• March 18: …`). */
const ENTRY_BULLETS = new Set(["*", "•", "-", "–", "·", "▪"]);

/** Prepositions of time before which a clock's word stands for a time (`at noon`, `after midnight`). */
const CLOCK_PREPOSITIONS = new Set(["at", "after", "before", "until", "till", "by", "around", "since"]);

/** Furthest a stated year may stand before a year-less day it dates, in tokens. */
const YEAR_REACH = 12;
/** Length of a month's value (`2023-07`). */
const MONTH_VALUE_LENGTH = 7;
/** Longest parenthesis after a clock time before its day (`(0830 GMT)`), in tokens. */
const MAX_CLOCK_ASIDE = 5;
/** Words that open another clause, where a year stated before no longer holds (`in 2014 …, but in May`). */
const CLAUSE_BREAKS = new Set([";", "but", "while", "whereas", "although", "though", "now", "since"]);

/** How far ahead of or behind the reference a year-less date may lie against its sentence's tense. */
const NEAR_DAYS = 62;
const NEAR_MONTHS = 1;
const RELATIVE = new Set(["this", "next", "last", "past", "coming", "previous", "following", "current", "upcoming"]);
const FEW = new Set(["few", "several", "many", "some", "couple"]);
const MOD_PREFIX: Readonly<Record<string, string>> = wordTable({ early: "START", late: "END", mid: "MID" });
/** Parts of a month or year written before a dash in one word (`mid-2026`, `end-2025`, `early-March`). */
const DASHED_PARTS: Readonly<Record<string, string>> = wordTable({ ...MOD_PREFIX, end: "END", start: "START" });
const MOD_OF: Readonly<Record<string, string>> = wordTable({ end: "END", beginning: "START", start: "START", middle: "MID", close: "END" });
const APPROX: Readonly<Record<string, string>> = wordTable({ about: "APPROX", around: "APPROX", nearly: "APPROX", almost: "APPROX", approximately: "APPROX", roughly: "APPROX", some: "APPROX" });
const SETS: Readonly<Record<string, string>> = wordTable({ annually: "P1Y", yearly: "P1Y", daily: "P1D", weekly: "P1W", monthly: "P1M", quarterly: "P3M", hourly: "PT1H" });
const NARRATIVE: Readonly<Record<string, number>> = wordTable({ next: 1, following: 1, previous: -1, same: 0, that: 0 });

/** Words that can open an expression besides numbers, months, weekdays, units and vague references. */
const OPENERS = new Set([
  "the", "this", "that", "next", "last", "past", "coming", "previous", "following", "current", "upcoming", "early",
  "late", "mid", "about", "around", "nearly", "almost", "approximately", "roughly", "some", "more", "less", "every",
  "each", "once", "twice", "today", "yesterday", "tomorrow", "tonight", "a", "an", "few", "several", "many", "couple",
  "annually", "yearly", "daily", "weekly", "monthly", "quarterly", "hourly", "'", "’", "earlier", "later", "up", "at",
  "no", "recent", "noon", "midday", "midnight", "fiscal", "quarter", "year-ago", "year-earlier", "year-before", "christmas", "thanksgiving", "easter", "good", "palm", "holy", "pentecost", "whit",
  "halloween", "independence", "victory", "bastille", "boxing", "valentine", "new", "veterans", "armistice", "labour", "unity",
  "international", "russia", "years", "months", "weeks", "days", "decades", "hours", "year-end", "month-end", "year",
  "midmorning", "midafternoon", "midevening",
]);
/** Prepositions before `year-end` used as a time (`by year-end`, `at year-end`). */
const YEAR_END_PREPOSITIONS = new Set(["by", "at", "before", "until", "till", "after", "since", "to", "around", "near", "for", "from", "through"]);
/** Possessives before a short decade that make it an age (`in her 40s`). */
const AGE_OWNERS = new Set(["his", "her", "their", "my", "our", "your"]);
/** Which half of a year (`the first half of 2022` → 2022-H1). */
const HALVES: Readonly<Record<string, string>> = wordTable({ first: "H1", second: "H2", last: "H2", latter: "H2" });
/** Number words that multiply the count before them (`two thousand years`). */
const MULTIPLIERS: Readonly<Record<string, number>> = wordTable({ hundred: 100, thousand: 1000 });
/** Words between a count and its unit that keep it a count (`20 more years`). */
const COUNT_ADJECTIVES = new Set(["more", "additional", "extra", "further", "straight", "consecutive", "full", "long"]);
/** Days named from the reference day (`tomorrow`), for `the day after tomorrow`. */
const DEICTIC_DAYS: Readonly<Record<string, number>> = wordTable({ today: 0, tomorrow: 1, yesterday: -1 });

/** Months counted from the reference's (`the 3rd of this month`, `of last month`). */
const MONTH_OFFSETS: Readonly<Record<string, number>> = { this: 0, last: -1, next: 1 };

/** Prepositions of a day to come (`until the 3rd`, `by the 15th`, `slated for the 30th`). */
const FORWARD_PREPOSITIONS = new Set(["for", "by", "until", "till"]);

/** Prepositions before a day of the month alone (`met on the 25th`, `slated for the 30th`, `until the 3rd`). */
const DAY_OF_MONTH_PREPOSITIONS = new Set(["on", "for", "by", "until", "till", "before", "after", "from"]);

/** Words that may follow a time's noun phrase without extending it (`in the spring, when …`, `in the fall and …`). */
const PHRASE_FOLLOWERS = new Set(["and", "or", "but", "when", "as", "before", "after", "until", "to", "in", "at", "on", "of", "for", "with", "by", "from", "that", "which", "while", "he", "she", "it", "they", "we", "the", "was", "were", "is", "are", "will", "would", "had", "has", "have"]);

/** Words before a bare season that make it a time (`in summer`, `until spring`). */
const SEASON_PREPOSITIONS = new Set(["in", "during", "by", "until", "till", "since", "over", "through", "before", "after"]);
/** The month a season is taken at when choosing its year. */
const SEASON_MONTHS: Readonly<Record<string, number>> = wordTable({ SP: 4, SU: 7, FA: 10, WI: 12 });
let startWords: ReadonlySet<string> | null = null;
let holidayIndex: PhraseIndex | null = null;

/** Openers that start an expression only with a time word right after them. */
const LEAD_WORDS = new Set([
  "the", "this", "that", "a", "an", "some", "more", "less", "about", "around", "nearly", "almost", "approximately",
  "roughly", "up", "at", "no", "earlier", "later", "each", "every", "once", "twice", "its", "their",
]);
let followWords: ReadonlySet<string> | null = null;

/** True for a word that may come second in an expression (`the end`, `a few`, `at least`, `the year-ago`). */
function canFollow(w: string): boolean {
  if (canStart(w)) return true;
  followWords ??= new Set([
    ...Object.keys(UNITS), ...Object.keys(MOD_OF), ...QUARTER_CURRENT, ...QUARTER_LATEST, ...QUARTER_YEAR_AGO, ...QUARTER_FILLERS,
    ...PERIOD_POSITIONS, ...Object.keys(VAGUE_REFERENCES).flatMap((k) => k.split(" ").slice(1)),
    "least", "most", "to", "than", "year's", "same", "half", "in", "fortnight", ...YEAR_KINDS, ...Object.keys(DECADE_WORDS),
  ]);
  return followWords.has(w);
}

/** A cheap test that lets most tokens skip the recognisers: only these words can start a time expression. */
function canStart(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  // (`q3`, `h1`: a quarter or a half written short; `fy2025`, a fiscal year.)
  if ((w.length === 2 && (c === 113 || c === 104)) || PATTERNS.fiscalYear.test(w)) return true;
  startWords ??= new Set([
    ...OPENERS, ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...WEEKDAY_NAMES.map((name) => `${name}s`), ...Object.keys(NUMBER_WORDS), ...Object.keys(ORDINAL_WORDS),
    ...Object.keys(DAY_PARTS), ...Object.keys(SEASONS), ...Object.keys(VAGUE_REFERENCES).map((k) => k.split(" ")[0] ?? k),
  ]);
  if (startWords.has(w) || LONG_COMPOUNDS.has(w)) return true;
  if (!w.includes("-")) return false;
  // three-day, mid-July, week-long
  const dash = w.indexOf("-");
  return dash > 0 && (w.slice(0, dash) in NUMBER_WORDS || w.slice(0, dash) in DASHED_PARTS || w.slice(dash + 1) in UNITS || (w.slice(0, dash) in UNITS && w.slice(dash + 1) === "long"));
}

/** Reads TIMEX3 expressions from tokens, resolving them against a reference day and the last date of the narrative. */
export class TimeRecognizer {
  /** The last day the text named, for `the next day`. */
  #anchor: Day | null = null;
  /** The last day the narrative reached up to the reference day, and the tense of the sentence being read. */
  #pastAnchor: Day | null = null;
  #tense: Tense = "present";
  /** The last year the text stated, for `the following year`. */
  #yearAnchor: number | null = null;
  /** The day each weekday named so far stands for (weekday number to day). */
  readonly #weekdays = new Map<number, Day>();
  /** The last quarter the text named, for `the quarter` and `the year-ago quarter`. */
  #quarterAnchor: { y: number; q: number } | null = null;
  /** A year stated in the sentence being read (`in 2022 when he met Putin on Aug. 5`) and the token after it. */
  #sentenceYear: { year: number; after: number; relative: boolean } | null = null;
  /** Token where the recogniser is reading, for the reach of {@link sentenceYear}. */
  #reading = 0;
  /** The day the sentence being read names (`On November 15, commencing at 5:30 p.m.`), for its bare clock times. */
  #sentenceDay: Day | null = null;
  /** The last day the sentence being read names, at any precision of the day (`Saturday morning`), and the token after it. */
  #sentenceLastDay: { day: Day; to: number } | null = null;
  /** The last day stated in full in an earlier sentence of the paragraph, and the paragraph's block. */
  #paragraphDay: Day | null = null;
  #paragraph = -1;
  /** The block of the sentence that set `#anchor`, and the first day the lead named: the day of the news. */
  #anchorParagraph = -1;
  #newsDay: Day | null = null;
  /** The day that opened the last line of a timeline (`* March 18 - …`), or null. */
  #lastEntry: Day | null = null;
  /** Whether the sentence is in the report's lead, or above it: only there is a day the day of the news. */
  #inLead = false;
  /** Token after the last expression found, for appositions right after it. */
  #lastTo = -1;

  readonly #tokens: TokenList;
  readonly #reference: Day | null;
  readonly #vague: PhraseIndex;

  constructor(tokens: TokenList, reference: Day | null, vague: PhraseIndex) {
    this.#tokens = tokens;
    this.#reference = reference;
    this.#vague = vague;
  }

  /** A cheap test before {@link at}: false when no expression can start at token `i`. */
  mayStartAt(i: number): boolean {
    const lower = this.#tokens.lowerAt(i);
    if (lower === undefined || !canStart(lower)) return false;
    // `the`, `a`, `about` … open an expression only before a word that can go on with one: most do not.
    return !LEAD_WORDS.has(lower) || canFollow(this.#tokens.lowerAt(i + 1) ?? "");
  }

  /**
   * Starts a new sentence: a year stated in the previous one no longer dates year-less days. A day a sentence of the
   * same paragraph stated in full (`on 13.11.2025`) still dates a bare clock time (`at 09:30 CET`); `paragraph` is
   * the sentence's block.
   */
  startSentence(paragraph = -1, lead = false): void {
    if (paragraph !== this.#paragraph) this.#paragraphDay = null;
    this.#paragraph = paragraph;
    this.#inLead = lead;
    this.#sentenceYear = null;
    this.#sentenceDay = null;
    this.#sentenceLastDay = null;
  }

  /**
   * The longest expression starting at token `i`, or null. One `quoted` (in someone's words) and read from the reference
   * day (`"Today …"`) anchors no narrative: the speaker's today may not be the report's.
   */
  at(i: number, tense: Tense, quoted = false): Recognized | null {
    if (!this.mayStartAt(i)) return null;
    this.#reading = i;
    this.#tense = tense;
    const core = this.#withModifier(i, tense) ?? this.#core(i, tense);
    // `the next year or so`, `a month or two`: the approximation belongs to the expression, as TimeBank marks it.
    const found = core !== null && UNITS[this.#lower(core.to - 1)] !== undefined && this.#lower(core.to) === "or" && ROUGHLY_AFTER.has(this.#lower(core.to + 1)) ? { ...core, to: core.to + 2 } : core;
    // `the first meeting since Ishiba took office on Oct. 1`: the start of a period, not where the narrative is; nor is
    // the end of a range (`a visit from 25 to 27 February 2025`, then `On the same day`).
    const rangeEnd = found !== null && this.#lastTo === found.from - 1 && this.#rangeWordAt(found.from - 1);
    if (found !== null && found.day !== null && found.resolution !== "unresolved" && !(quoted && found.resolution === "reference") && !inSinceClause(this.#tokens, found.from) && !rangeEnd) {
      if (this.#reference === null || daysBetween(this.#reference, found.day) <= 0) this.#pastAnchor = found.day;
      this.#anchor = found.day;
      this.#anchorParagraph = this.#paragraph;
      if (this.#inLead) this.#newsDay ??= found.day;
    }
    // A relative year counts when it leaves the reference year (`next year`, not `the end of the year`).
    // (So does a stated month's year: `in July 2023, when … the Bastille Day parade`.)
    const monthOfYear = found !== null && found.resolution === "stated" && found.value.length === MONTH_VALUE_LENGTH && PATTERNS.yearPrefix.test(found.value);
    if (found !== null && found.type === "DATE" && (found.resolution === "stated" || (found.resolution === "reference" && Number(found.value) !== this.#reference?.y)) && (PATTERNS.year.test(found.value) || monthOfYear)) {
      this.#sentenceYear = { year: Number(found.value.slice(0, 4)), after: found.to, relative: found.resolution === "reference" };
    }
    if (found !== null && found.type === "DATE" && found.day !== null && found.resolution !== "unresolved") this.#sentenceDay = found.day;
    if (found !== null && found.day !== null && found.resolution !== "unresolved") this.#sentenceLastDay = { day: found.day, to: found.to };
    if (found !== null && found.type === "DATE" && found.day !== null && found.resolution === "stated") this.#paragraphDay = found.day;
    if (found !== null) this.#lastTo = found.to;
    // A stated year (`in 2014`, `March 2014`), or one the narrative reached, anchors `the following year`.
    if (found !== null && found.type === "DATE" && (found.resolution === "stated" || found.resolution === "narrative") && PATTERNS.yearPrefix.test(found.value)) this.#yearAnchor = Number(found.value.slice(0, 4));
    return found;
  }

  #withModifier(i: number, tense: Tense): Recognized | null {
    const w = this.#lower(i);
    // the end of this year, the beginning of 2019
    if (w === "the" && MOD_OF[this.#lower(i + 1)] !== undefined && this.#lower(i + 2) === "of") {
      const core = this.#core(i + 3, tense);
      if (core !== null && core.type === "DATE") return { ...core, from: i, mod: MOD_OF[this.#lower(i + 1)] ?? null };
    }
    // the week of March 6, the weekend of June 14: the ISO week (or its weekend) that holds the day.
    if (w === "the" && (this.#lower(i + 1) === "week" || this.#lower(i + 1) === "weekend") && this.#lower(i + 2) === "of") {
      const date = this.#monthDate(i + 3, tense) ?? this.#dayMonth(i + 3, tense);
      if (date !== null && date.day !== null) return this.#make(i, date.to, "DATE", `${formatWeek(date.day)}${this.#lower(i + 1) === "weekend" ? "-WE" : ""}`, date.resolution);
    }
    // the first week of December, the last week of March 2026: the ISO week that holds that stretch of the month.
    if (w === "the" && this.#lower(i + 2) === "week" && this.#lower(i + 3) === "of") {
      const nth = ORDINAL_WORDS[this.#lower(i + 1)];
      const month = nth !== undefined && nth <= MAX_WEEK_OF_MONTH ? this.#core(i + 4, tense) : null;
      const ym = month?.type === "DATE" ? PATTERNS.yearMonth.exec(month.value) : null;
      if (month !== null && ym?.[1] !== undefined && ym[2] !== undefined && nth !== undefined) {
        const y = Number(ym[1]);
        const m = Number(ym[2]);
        const day = nth > 0 ? { y, m, d: 1 + 7 * (nth - 1) } : { y, m, d: daysInMonth(y, m) };
        return this.#make(i, month.to, "DATE", formatWeek(day), month.resolution);
      }
    }
    // the first half of 2022, the second half of the year
    const halfCode = HALVES[this.#lower(w === "the" ? i + 1 : i)];
    const halfAt = w === "the" ? i + 2 : i + 1;
    if (halfCode !== undefined && this.#lower(halfAt) === "half" && this.#lower(halfAt + 1) === "of") {
      const core = this.#core(halfAt + 2, tense);
      if (core !== null && core.type === "DATE" && PATTERNS.year.test(core.value)) return { ...core, from: i, value: `${core.value}-${halfCode}` };
    }
    // mid-July, mid-2019, end-2025, early-March: one token, the part of the month or year before the dash.
    const dash = w.indexOf("-");
    const partMod = dash > 0 ? DASHED_PARTS[w.slice(0, dash)] : undefined;
    if (partMod !== undefined) {
      const rest = w.slice(dash + 1);
      const month = MONTHS[rest];
      if (month !== undefined && rest.length > 3) {
        const chosen = this.#yearFor(month, null, tense);
        return this.#make(i, i + 1, "DATE", `${chosen.year === null ? "XXXX" : pad(chosen.year, 4)}-${pad(month)}`, chosen.resolution, null, partMod);
      }
      if (PATTERNS.year.test(rest)) return this.#make(i, i + 1, "DATE", rest, "stated", null, partMod);
      // mid-next year, end-last month: the part of a year or month named from the reference.
      const offset = YEAR_OFFSETS[rest];
      const unit = this.#lower(i + 1);
      const ref = this.#reference;
      if (offset !== undefined && ref !== null && (unit === "year" || unit === "month")) {
        const month = addMonths({ ...ref, d: 1 }, offset);
        const value = unit === "year" ? pad(ref.y + offset, 4) : `${pad(month.y, 4)}-${pad(month.m)}`;
        return this.#make(i, i + 2, "DATE", value, "reference", null, partMod);
      }
    }
    // Q3 2025, H1 2026, Q4: a quarter or a half written short, as business news does.
    const short = PATTERNS.shortPeriod.exec(this.#tokens.textAt(i) ?? "");
    if (short?.[1] !== undefined && short[2] !== undefined && (short[1] === "Q" || Number(short[2]) <= 2)) {
      const code = `${short[1]}${short[2]}`;
      const year = this.#lower(i + 1);
      if (PATTERNS.year.test(year)) return this.#make(i, i + 2, "DATE", `${year}-${code}`, "stated");
      const ref = this.#reference;
      if (short[1] === "Q" && ref !== null) {
        const value = `${pad(quarterYear(Number(short[2]), { y: ref.y, q: Math.floor((ref.m - 1) / 3) + 1 }, tense), 4)}-${code}`;
        return this.#make(i, i + 1, "DATE", value, "reference");
      }
      return this.#make(i, i + 1, "DATE", `XXXX-${code}`, "unresolved");
    }
    // the mid-1990s: the article belongs to the decade, as in `the late 1970s`; with its century only (`the mid-20s`
    // is as often a percentage or an age).
    if (w === "the" && this.#lower(i + 1).startsWith("mid-")) {
      const decade = PATTERNS.decade.exec(this.#lower(i + 1).slice(4));
      if (decade?.[1] !== undefined) return this.#make(i, i + 2, "DATE", decadeValue(decade), "stated", null, "MID");
    }
    // the late 1970s, the early summer: the article belongs to a decade or season, modifier and all.
    const decadePrefix = w === "the" ? MOD_PREFIX[this.#lower(i + 1)] : undefined;
    if (decadePrefix !== undefined) {
      const core = this.#decade(i + 2) ?? (SEASONS[this.#lower(i + 2)] !== undefined ? this.#seasonAt(i + 2, tense) : null);
      if (core !== null) return { ...core, from: i, mod: decadePrefix };
    }
    // early 2019, late last year, mid July
    const prefix = MOD_PREFIX[w];
    if (prefix !== undefined) {
      const core = this.#core(i + 1, tense);
      if (core !== null && core.type === "DATE" && !core.value.endsWith("_REF")) return { ...core, from: i, mod: prefix };
    }
    // earlier this year, later this afternoon: the same date, the span takes the adverb. (Not before a weekday:
    // TimeBank marks `Friday` alone in `Earlier Friday`, `Later Thursday`.)
    if ((w === "earlier" || w === "later") && this.#tokens.startAt(i + 1) !== undefined && WEEKDAYS[this.#lower(i + 1)] === undefined) {
      const core = this.#core(i + 1, tense);
      if (core !== null && (core.type === "DATE" || core.type === "TIME") && !core.value.endsWith("_REF")) return { ...core, from: i };
    }
    const approx = APPROX[w];
    if (approx !== undefined) {
      const core = this.#core(i + 1, tense);
      // about three years, nearly two weeks ago, around 7:15 p.m. (`about` is a preposition the span leaves out, as
      // TimeBank mostly does; the expression keeps its APPROX.)
      if (core !== null && (core.type === "DURATION" || (approx === "APPROX" && w !== "some" && (this.#lower(core.to - 1) === "ago" || core.type === "TIME")))) return { ...core, from: w === "about" ? i + 1 : i, mod: approx };
    }
    // up to 180 days, at least 72 hours
    const boundWords = BOUNDS[w] !== undefined ? 1 : 2;
    // (A two-word key is built only after a word that opens one: most words open none.)
    const bound = BOUNDS[w] ?? (BOUND_OPENERS.has(w) ? BOUNDS[`${w} ${this.#lower(i + 1)}`] : undefined);
    if (bound !== undefined) {
      const core = this.#core(i + boundWords, tense);
      if (core !== null && core.type === "DURATION") return { ...core, from: i, mod: bound };
    }
    // the first nine months, the last few weeks, the six months: a duration with its determiner.
    if (w === "the") {
      const position = this.#lower(i + 1);
      const from = PERIOD_POSITIONS.has(position) ? i + 2 : i + 1;
      // Not `the weeks`, `the 30-day`, `the weeklong` (TimeBank leaves the article out of those), nor `the a …`.
      const counted = !BARE_PLURALS.has(this.#lower(from)) && !this.#lower(from).includes("-") && !LONG_COMPOUNDS.has(this.#lower(from)) && this.#lower(from) !== "a";
      const core = counted ? this.#duration(from) : null;
      if (core !== null && core.type === "DURATION") return { ...core, from: i };
    }
    // this past spring, this coming Sunday
    if (w === "this" && (this.#lower(i + 1) === "past" || this.#lower(i + 1) === "coming")) {
      const core = this.#relativeUnit(i + 1);
      if (core !== null) return { ...core, from: i };
    }
    if ((w === "more" || w === "less") && this.#lower(i + 1) === "than") {
      const core = this.#core(i + 2, tense);
      if (core !== null && core.type === "DURATION") return { ...core, from: i, mod: w === "more" ? "MORE_THAN" : "LESS_THAN" };
    }
    return null;
  }

  #core(i: number, tense: Tense): Recognized | null {
    const candidates = [
      this.#vagueAt(i),
      this.#numericDate(i),
      this.#monthDate(i, tense),
      this.#dayMonth(i, tense),
      this.#rangeDay(i, tense),
      this.#partOfDay(i, tense),
      this.#relativeUnit(i),
      this.#deictic(i, tense),
      this.#weekdayAt(i, tense),
      this.#narrative(i, tense),
      this.#duration(i),
      this.#setAt(i),
      this.#yearAt(i),
      this.#decade(i),
      this.#clock(i, tense),
      this.#quarterAt(i, tense),
      this.#holidayAt(i, tense),
      this.#weekendAt(i, tense),
      this.#yearAgoAt(i),
      this.#seasonAt(i, tense),
    ];
    let best: Recognized | null = null;
    for (const c of candidates) if (c !== null && (best === null || c.to > best.to)) best = c;
    return best;
  }

  // ——— helpers ———

  #lower(i: number): string {
    return this.#tokens.lowerAt(i) ?? "";
  }

  #adjacent(i: number): boolean {
    const a = this.#tokens.get(i - 1);
    const b = this.#tokens.get(i);
    return a !== undefined && b !== undefined && b.start - a.end <= 1;
  }

  /** True when token `i` follows the one before it with no space between. */
  #glued(i: number): boolean {
    const a = this.#tokens.get(i - 1);
    const b = this.#tokens.get(i);
    return a !== undefined && b !== undefined && b.start === a.end;
  }

  #make(from: number, to: number, type: TimexType, value: string, resolution: TimexResolution, day: Day | null = null, mod: string | null = null): Recognized {
    return { from, to, type, value, mod, resolution, day };
  }

  #numberAt(i: number): number | null {
    const w = this.#lower(i);
    const c = w.charCodeAt(0);
    // `3,000 years`: the tokens split a number at its thousands comma; its last group is no number of its own.
    // (Written without spaces: `in 2023, ten months after` has a comma between two numbers.)
    if (this.#lower(i - 1) === "," && this.#glued(i) && this.#glued(i - 1) && PATTERNS.startsWithDigit.test(w) && PATTERNS.startsWithDigit.test(this.#lower(i - 2))) return null;
    if (c >= 48 && c <= 57 && PATTERNS.number.test(w)) return Number(w.replace(/* thousands */ ",", ""));
    const n = NUMBER_WORDS[w];
    if (n !== undefined) return n;
    // twenty-four, twenty four
    if (!w.includes("-")) return null;
    const [tens, ones] = w.split("-");
    if (tens !== undefined && ones !== undefined) {
      const a = NUMBER_WORDS[tens];
      const b = NUMBER_WORDS[ones];
      if (a !== undefined && b !== undefined && a >= 20 && b < 10) return a + b;
    }
    return null;
  }

  /** Tokens of a half at `i` (`1/2`, `and a half`), or 0. */
  #halfAt(i: number): number {
    if (this.#lower(i) === "1" && this.#lower(i + 1) === "/" && this.#lower(i + 2) === "2" && this.#adjacent(i + 1) && this.#adjacent(i + 2)) return 3;
    if (this.#lower(i) === "and" && this.#lower(i + 1) === "a" && this.#lower(i + 2) === "half") return 3;
    return 0;
  }

  #monthAt(i: number): number | null {
    const t = this.#tokens.get(i);
    if (t === undefined || !isCapitalized(t)) return null;
    return MONTHS[t.lower] ?? null;
  }

  #dayNumber(i: number): number | null {
    const w = this.#lower(i);
    const ord = PATTERNS.ordinalDay.exec(w);
    // `9-10` in `Sept. 9-10`: a range of days, dated by its first.
    const dash = w.indexOf("-");
    const range = dash > 0 && PATTERNS.dayDigits.test(w.slice(0, dash)) && PATTERNS.dayDigits.test(w.slice(dash + 1)) ? Number(w.slice(0, dash)) : null;
    const n = range ?? (ord !== null ? Number(ord[1]) : PATTERNS.dayDigits.test(w) ? Number(w) : ORDINAL_WORDS[w] ?? null);
    return n !== null && n >= 1 && n <= 31 ? n : null;
  }

  #yearNumber(i: number): number | null {
    const w = this.#lower(i);
    return PATTERNS.year.test(w) ? Number(w) : null;
  }

  /** A year in digits or spoken (`1997`, `nineteen ninety-seven`); `two thousand (and) eight` only where a year is expected (`loose`). */
  #yearSpan(i: number, loose: boolean): { year: number; to: number } | null {
    const digits = this.#yearNumber(i);
    if (digits !== null) return { year: digits, to: i + 1 };
    const spokenNumber = (k: number): number | null => (PATTERNS.startsWithDigit.test(this.#lower(k)) ? null : this.#numberAt(k));
    const high = spokenNumber(i);
    if (high !== null && high >= 11 && high <= 20) {
      // nineteen ninety-six, nineteen ninety six, twenty eighteen
      let low = spokenNumber(i + 1);
      if (low === null || low < 10 || !Number.isInteger(low)) return null;
      let to = i + 2;
      const ones = spokenNumber(to);
      if (low >= 20 && low % 10 === 0 && ones !== null && ones >= 1 && ones < 10) {
        low += ones;
        to++;
      }
      return low < 100 ? { year: high * 100 + low, to } : null;
    }
    if (loose && this.#lower(i) === "two" && this.#lower(i + 1) === "thousand") {
      let to = i + 2;
      if (this.#lower(to) === "and") to++;
      const rest = spokenNumber(to);
      if (rest !== null && rest >= 1 && rest < 100 && Number.isInteger(rest)) return { year: 2000 + rest, to: to + 1 };
      return { year: 2000, to: i + 2 };
    }
    return null;
  }

  /**
   * Picks the year of a year-less month (and day): the occurrence nearest the
   * reference, unless the sentence's tense points the other way and that
   * occurrence is more than a couple of months off (`met on December 3`
   * written in August is last December; `will meet on Dec. 7` written in
   * late October is this one). A year the sentence states first wins
   * (`visited in 2022, when he met Putin on Aug. 5`).
   */
  #yearFor(month: number, day: number | null, tense: Tense): { year: number | null; resolution: TimexResolution } {
    const stated = this.#statedYearBefore(day, tense);
    if (stated !== null) return { year: stated, resolution: "narrative" };
    const ref = this.#reference;
    if (ref === null) return { year: null, resolution: "unresolved" };
    // Distance from the reference, in days (in months for a bare month).
    const offset = (y: number): number => (day === null ? y * 12 + month - (ref.y * 12 + ref.m) : daysBetween(ref, { y, m: month, d: Math.min(day, daysInMonth(y, month)) }));
    const near = day === null ? NEAR_MONTHS : NEAR_DAYS;
    let year = ref.y;
    for (const y of [ref.y - 1, ref.y + 1]) {
      const better = Math.abs(offset(y)) < Math.abs(offset(year));
      const tie = Math.abs(offset(y)) === Math.abs(offset(year)) && (tense === "past" ? y < year : tense === "future" && y > year);
      if (better || tie) year = y;
    }
    if (tense === "past" && offset(year) > near) year--;
    else if (tense === "future" && offset(year) < -near) year++;
    return { year, resolution: "reference" };
  }

  /**
   * The year stated just before in the same clause of a sentence in the past (`visited Russia in 2022 when he met
   * Putin in Sochi on Aug. 5`), for a day; a bare month (`pleaded guilty in May`) often returns to the present.
   * A relative year (`next year`, `last year`) dates a month or a day after it in any tense.
   */
  #statedYearBefore(day: number | null, tense: Tense): number | null {
    const stated = this.#sentenceYear;
    if (stated === null || this.#reading - stated.after > YEAR_REACH) return null;
    // A year named relative to the report (`next year's forum will be held in Palau in August`) dates what
    // follows in its clause whatever the tense, a bare month too.
    if (!stated.relative && (day === null || tense !== "past")) return null;
    // (Past a comma that opens a `when` about that time: `visited France in July 2023, when he was guest of honour at
    // the Bastille Day parade`.)
    for (let k = stated.after; k < this.#reading; k++) if (CLAUSE_BREAKS.has(this.#lower(k)) && !(k === stated.after && this.#lower(k) === "," && this.#lower(k + 1) === "when")) return null;
    return stated.year;
  }

  // ——— recognisers ———

  #vagueAt(i: number): Recognized | null {
    const n = matchPhrase(this.#tokens, i, this.#vague);
    if (n === 0) return null;
    const phrase = lowerPhrase(this.#tokens, i, i + n);
    const value = VAGUE_REFERENCES[phrase];
    if (value === undefined || value === "") return null;
    // `the future of oil`, `the past of the union`: a topic, not a time; nor `the future EU budget`, an adjective.
    if ((this.#lower(i + n) === "of" || (this.#tokens.capitalizedAt(i + n - 1) !== true && this.#tokens.capitalizedAt(i + n) === true)) && (phrase === "the future" || phrase === "the past")) return null;
    // `the past, current and incoming chairs`, `the past and present presidents`: one of several adjectives.
    const joiner = this.#lower(i + n);
    if ((joiner === "," || joiner === "and" || joiner === "or") && TIME_ADJECTIVES.has(this.#lower(i + n + 1)) && (phrase === "the future" || phrase === "the past")) return null;
    // `the Future Combat Air System`, `the Summit of the Future`: a capital after `the` names something, when another
    // follows or the `the` is not a sentence's first word.
    const first = this.#tokens.get(i);
    const last = this.#tokens.get(i + n - 1);
    if (n > 1 && last?.capitalized === true && first?.lower === "the" && (this.#tokens.capitalizedAt(i + n) === true || first.text === "the")) return null;
    return this.#make(i, i + n, "DATE", value, "stated");
  }

  #numericDate(i: number): Recognized | null {
    const w = this.#lower(i);
    // (Year first, with hyphens or, as Lithuanian and Korean pages write it, stops: `2018-08-22`, `2025.06.23`.)
    const iso = PATTERNS.isoDate.exec(w) ?? PATTERNS.yearFirstDotted.exec(w);
    if (iso !== null) {
      const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
      if (isValidDay(y, m, d)) return this.#make(i, i + 1, "DATE", formatDay({ y, m, d }), "stated", { y, m, d });
    }
    const dmy = PATTERNS.numericDate.exec(w);
    if (dmy !== null) {
      const [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
      if (isValidDay(y, m, d)) return this.#make(i, i + 1, "DATE", formatDay({ y, m, d }), "stated", { y, m, d });
      // (Month first where the day cannot be: `06-21-2024`.)
      if (isValidDay(y, d, m)) return this.#make(i, i + 1, "DATE", formatDay({ y, m: d, d: m }), "stated", { y, m: d, d: m });
    }
    const named = PATTERNS.hyphenedDate.exec(w);
    const month = named === null ? undefined : MONTHS[named[2] ?? ""];
    if (named !== null && month !== undefined) {
      const [d, y] = [Number(named[1]), Number(named[3])];
      if (isValidDay(y, month, d)) return this.#make(i, i + 1, "DATE", formatDay({ y, m: month, d }), "stated", { y, m: month, d });
    }
    return this.#slashDate(i);
  }

  /**
   * `24/10/2025` (day first, as in Europe and India) or `10/24/2025` (month first, as in the US): the number
   * above 12 tells which; when both could be months, the reading nearer the reference day wins.
   */
  #slashDate(i: number): Recognized | null {
    const a = this.#lower(i);
    if (!PATTERNS.dayDigits.test(a) || this.#lower(i + 1) !== "/" || this.#lower(i + 3) !== "/" || !PATTERNS.dayDigits.test(this.#lower(i + 2))) return null;
    const y = this.#yearNumber(i + 4) ?? this.#shortYear(i + 4);
    if (y === null || !this.#adjacent(i + 1) || !this.#adjacent(i + 2) || !this.#adjacent(i + 3) || !this.#adjacent(i + 4)) return null;
    const first = Number(a);
    const second = Number(this.#lower(i + 2));
    const dayFirst: Day = { y, m: second, d: first };
    const monthFirst: Day = { y, m: first, d: second };
    const readings = [dayFirst, monthFirst].filter((day) => isValidDay(day.y, day.m, day.d));
    const ref = this.#reference;
    const day = readings.length === 2 && ref !== null && Math.abs(daysBetween(ref, monthFirst)) < Math.abs(daysBetween(ref, dayFirst)) ? monthFirst : readings[0];
    return day === undefined ? null : this.#make(i, i + 5, "DATE", formatDay(day), "stated", day);
  }

  /** A year in two digits closing a numeric date (`05/19/25`): in the century that puts it nearest the reference year. */
  #shortYear(i: number): number | null {
    const w = this.#lower(i);
    if (w.length !== 2 || !PATTERNS.dayDigits.test(w)) return null;
    const base = this.#reference?.y ?? DEFAULT_CENTURY_YEAR;
    const century = Math.floor(base / 100) * 100;
    const candidates = [century - 100, century, century + 100].map((c) => c + Number(w));
    return candidates.reduce((best, y) => (Math.abs(y - base) < Math.abs(best - base) ? y : best));
  }

  /** July 23, Feb. 5, 2019, July 2018, July. */
  #monthDate(i: number, tense: Tense): Recognized | null {
    const month = this.#monthAt(i);
    if (month === null) return null;
    let j = i + 1;
    if (this.#lower(j) === "." && this.#adjacent(j)) j++;
    const day = this.#dayNumber(j);
    if (day !== null && PATTERNS.startsWithDigit.test(this.#lower(j))) {
      let end = j + 1;
      let year: number | null = null;
      if (this.#lower(end) === "," && this.#yearNumber(end + 1) !== null) {
        year = this.#yearNumber(end + 1);
        end += 2;
      } else if (this.#yearNumber(end) !== null) {
        year = this.#yearNumber(end);
        end += 1;
      } else if (this.#lower(end) === "/" && this.#adjacent(end) && this.#adjacent(end + 1) && this.#yearNumber(end + 1) !== null) {
        // (Ethiopia's ENA writes the year after a slash: `February 16/2025`.)
        year = this.#yearNumber(end + 1);
        end += 2;
      } else if (this.#relativeYear(end) !== null) {
        // (`Feb 1st next year`, `March 3 last year`.)
        year = this.#relativeYear(end);
        end += 2;
      }
      return this.#dayValue(i, end, year, month, day, tense);
    }
    const year = this.#yearSpan(j, true) ?? (this.#lower(j) === "," ? this.#yearSpan(j + 1, true) : null);
    if (year !== null) return this.#make(i, year.to, "DATE", `${pad(year.year, 4)}-${pad(month)}`, "stated");
    // A bare month; `May` only after a preposition, since it is also a verb.
    const prev = this.#lower(i - 1);
    if (this.#lower(i) === "may" && !["in", "of", "since", "until", "by", "early", "late", "mid", "last", "next", "this", "from", "through", "till"].includes(prev)) return null;
    if (this.#lower(i).length <= 4 && this.#lower(i) !== "june" && this.#lower(i) !== "july" && this.#lower(i) !== "may") return null;
    // July last year, January this year
    const relative = this.#relativeYear(i + 1);
    if (relative !== null) return this.#make(i, i + 3, "DATE", `${pad(relative, 4)}-${pad(month)}`, "reference");
    const chosen = this.#yearFor(month, null, tense);
    const value = `${chosen.year === null ? "XXXX" : pad(chosen.year, 4)}-${pad(month)}`;
    return this.#make(i, i + 1, "DATE", value, chosen.resolution);
  }

  /**
   * A bare day at one end of a range whose other end names the month: the end after its start (`April 27 to 28,
   * 2025`), or the start before its end (`from 27 to 28 April 2025`).
   */
  #rangeDay(i: number, tense: Tense): Recognized | null {
    const w = this.#lower(i);
    if (!PATTERNS.dayDigits.test(w)) return null;
    const d = Number(w);
    const start = this.#anchor;
    if (this.#lastTo === i - 1 && this.#rangeWordAt(i - 1) && start !== null && d > start.d && d <= daysInMonth(start.y, start.m)) {
      let to = i + 1;
      if (this.#lower(to) === "," && this.#yearNumber(to + 1) === start.y) to += 2;
      else if (this.#yearNumber(to) === start.y) to++;
      const day = { y: start.y, m: start.m, d };
      return this.#make(i, to, "DATE", formatDay(day), "narrative", day);
    }
    return this.#rangeStart(i, i, d, (k) => this.#dayMonth(k, tense) ?? this.#monthDate(k, tense));
  }

  /**
   * The first day of a range, `day` at token `j` (its expression from token `i`), dated by the range's end after a
   * range word, which `readEnd` reads from its first token; null without one, or when the end is not after the day.
   */
  #rangeStart(i: number, j: number, day: number, readEnd: (k: number) => Recognized | null): Recognized | null {
    if (!this.#rangeWordAt(j + 1)) return null;
    const end = readEnd(j + 2);
    if (end?.day == null || day >= end.day.d) return null;
    const start = { ...end.day, d: day };
    return this.#make(i, j + 1, "DATE", formatDay(start), end.resolution, start);
  }

  /** True for a word that closes a range at token `k` (`to`, `until`, a dash; `and` after `between`: `between 14 and 16 October`). */
  #rangeWordAt(k: number): boolean {
    return RANGE_ENDS.has(this.#lower(k)) || (this.#lower(k) === "and" && this.#betweenBefore(k));
  }

  /** True when `between` opens the range whose `and` stands at token `k` (`between 14 and`, `between April 27 and`). */
  #betweenBefore(k: number): boolean {
    for (let j = k - 1; j >= Math.max(0, k - MAX_BETWEEN_START); j--) if (this.#lower(j) === "between") return true;
    return false;
  }

  /** 23 July 2018, the 23rd of July. */
  #dayMonth(i: number, tense: Tense): Recognized | null {
    let j = i;
    if (this.#lower(j) === "the") j++;
    const day = this.#dayNumber(j);
    if (day === null) return null;
    let k = j + 1;
    if (this.#lower(k) === "of") k++;
    const month = this.#monthAt(k);
    if (month === null) return this.#rangeStartDay(i, j, day, tense) ?? (j > i ? this.#dayOfMonth(i, j, day, tense) : null);
    // `13 February 2024`, `13th February, 2024` with a comma before the year, `10 Jul. 2024` with the abbreviation's period.
    const stop = this.#lower(k + 1) === "." && this.#glued(k + 1) && this.#yearNumber(k + 2) !== null;
    const comma = this.#lower(k + 1) === "," && this.#yearNumber(k + 2) !== null;
    const year = this.#yearNumber(comma || stop ? k + 2 : k + 1);
    // (`the 23rd of July last year`.)
    const relative = year === null ? this.#relativeYear(k + 1) : null;
    if (relative !== null) return this.#dayValue(i, k + 3, relative, month, day, tense);
    return this.#dayValue(i, year === null ? k + 1 : comma || stop ? k + 3 : k + 2, year, month, day, tense);
  }

  /**
   * `from the 2nd to the 4th of March`: an ordinal day after `the` (`i`; the day's token `j`) that opens a range whose
   * end names the month takes that month; null otherwise. (The end is read only where its month stands, so a chain of
   * such days is not read again from each.)
   */
  #rangeStartDay(i: number, j: number, day: number, tense: Tense): Recognized | null {
    return this.#rangeStart(i, j, day, (from) => {
      const k = this.#lower(from) === "the" ? from + 1 : from;
      if (this.#dayNumber(k) === null || this.#monthAt(this.#lower(k + 1) === "of" ? k + 2 : k + 1) === null) return null;
      return this.#dayMonth(from, tense);
    });
  }

  /**
   * `met on the 25th`: a day of the month alone, in digits after `on the` (`for the`, `by the` …) and before a mark, is in the reference's
   * month, or the month before (after) it when the sentence looks back (ahead) past it; not `the 25th anniversary`.
   */
  #dayOfMonth(i: number, j: number, day: number, tense: Tense): Recognized | null {
    // (`On the 3rd of this month`, `the 28th of last month`: the month named from the reference.)
    const offset = this.#lower(j + 1) === "of" && this.#lower(j + 3) === "month" ? MONTH_OFFSETS[this.#lower(j + 2)] : undefined;
    if (offset !== undefined && PATTERNS.ordinalDay.test(this.#lower(j))) {
      if (this.#reference === null) return this.#make(i, j + 4, "DATE", `XXXX-XX-${pad(day)}`, "unresolved");
      const month = addMonths({ ...this.#reference, d: 1 }, offset);
      const d = { y: month.y, m: month.m, d: day };
      return isValidDay(d.y, d.m, d.d) ? this.#make(i, j + 4, "DATE", formatDay(d), "reference", d) : null;
    }
    if (!DAY_OF_MONTH_PREPOSITIONS.has(this.#lower(i - 1)) || !PATTERNS.ordinalDay.test(this.#lower(j)) || this.#tokens.kindAt(j + 1) === "word") return null;
    const ref = this.#reference;
    if (ref === null) return this.#make(i, j + 1, "DATE", `XXXX-XX-${pad(day)}`, "unresolved");
    // (`runs until the 3rd`: a deadline in the present looks ahead.)
    const ahead = tense === "future" || (tense === "present" && FORWARD_PREPOSITIONS.has(this.#lower(i - 1)));
    const month = addMonths({ ...ref, d: 1 }, tense === "past" && day > ref.d ? -1 : ahead && day < ref.d ? 1 : 0);
    const d = { y: month.y, m: month.m, d: day };
    return isValidDay(d.y, d.m, d.d) ? this.#make(i, j + 1, "DATE", formatDay(d), "reference", d) : null;
  }

  /** The year `last year`, `next year` or `this year` at token `k` names, from the reference; null otherwise. */
  #relativeYear(k: number): number | null {
    const offset = YEAR_OFFSETS[this.#lower(k)];
    return offset === undefined || this.#lower(k + 1) !== "year" || this.#reference === null ? null : this.#reference.y + offset;
  }

  #dayValue(from: number, to: number, year: number | null, month: number, day: number, tense: Tense): Recognized | null {
    // A day that opens a line goes on a timeline of such lines, in order: not past the one before into another year
    // (`* March 18 - …`, then `* May 19 - … Trump says … will "immediately" start talks` is not next year's).
    const entry = this.#tokens.newLineAt(from) || (this.#tokens.newLineAt(from - 1) && ENTRY_BULLETS.has(this.#lower(from - 1)));
    if (year !== null) {
      if (!isValidDay(year, month, day)) return null;
      if (entry) this.#lastEntry = { y: year, m: month, d: day };
      return this.#make(from, to, "DATE", formatDay({ y: year, m: month, d: day }), "stated", { y: year, m: month, d: day });
    }
    // (Its present is a chronicle's, told of the past: `* Feb. 12 - Trump and Putin hold a phone call`.)
    const chosen = this.#yearFor(month, day, entry && tense === "present" ? "past" : tense);
    if (chosen.year === null) return this.#make(from, to, "DATE", `XXXX-${pad(month)}-${pad(day)}`, "unresolved");
    const last = this.#lastEntry;
    if (entry && last !== null && chosen.year > last.y && daysBetween(last, { y: last.y, m: month, d: day }) >= 0) chosen.year = last.y;
    if (!isValidDay(chosen.year, month, day)) return null;
    const d = { y: chosen.year, m: month, d: day };
    if (entry) this.#lastEntry = d;
    return this.#make(from, to, "DATE", formatDay(d), chosen.resolution, d);
  }

  /** the evening of August 26, Sunday morning, this morning, tonight. */
  #partOfDay(i: number, tense: Tense): Recognized | null {
    const middle = this.#middleOfDay(i, tense);
    if (middle !== null) return middle;
    let j = i;
    if (this.#lower(j) === "the") j++;
    const part = DAY_PARTS[this.#lower(j)];
    if (part !== undefined && this.#lower(j + 1) === "of") {
      const date = this.#monthDate(j + 2, tense) ?? this.#dayMonth(j + 2, tense) ?? this.#weekdayAt(j + 2, tense);
      if (date !== null && date.day !== null) return this.#make(i, date.to, "TIME", `${formatDay(date.day)}T${part}`, date.resolution, date.day);
      if (date !== null) return this.#make(i, date.to, "TIME", `${date.value}T${part}`, date.resolution);
    }
    if (this.#lower(i) === "this" || this.#lower(i) === "tonight") {
      const p = this.#lower(i) === "tonight" ? "NI" : DAY_PARTS[this.#lower(i + 1)];
      const end = this.#lower(i) === "tonight" ? i + 1 : i + 2;
      if (p !== undefined && this.#reference !== null) return this.#make(i, end, "TIME", `${formatDay(this.#reference)}T${p}`, "reference", this.#reference);
    }
    // last night: the evening or night before the reference day.
    // Not `the last night of the tour`.
    const lastNight = this.#lower(i) === "last" && (this.#lower(i + 1) === "night" || this.#lower(i + 1) === "evening") && this.#lower(i - 1) !== "the" && this.#lower(i + 2) !== "of";
    if (lastNight && this.#reference !== null) {
      const day = addDays(this.#reference, -1);
      return this.#make(i, i + 2, "TIME", `${formatDay(day)}T${DAY_PARTS[this.#lower(i + 1)] ?? "NI"}`, "reference", day);
    }
    // the next morning, the following evening, that night: on the day the narrative reached; so is a bare part of the
    // day after `in` or `during` (`In the evening, they attended a state banquet`), not one `of` some day.
    // (Not in the present, whose part of the day is a habit: `He works in the morning`.)
    const bare = tense !== "present" && this.#lower(i) === "the" && (this.#lower(i - 1) === "in" || this.#lower(i - 1) === "during") && DAY_PARTS[this.#lower(i + 1)] !== undefined && this.#lower(i + 2) !== "of";
    const short = this.#lower(i) === "that" || bare;
    const shift = short ? 0 : this.#lower(i) === "the" ? NARRATIVE[this.#lower(i + 1)] : undefined;
    const shiftedPart = DAY_PARTS[this.#lower(short ? i + 1 : i + 2)];
    if (shift !== undefined && shiftedPart !== undefined && !shiftedPart.includes(":")) {
      // (`that night` points back to the day just told, wherever; a bare `In the evening` stays on the news's day.)
      const at = bare ? this.#sameDay() : this.#narrativeDay();
      const end = short ? i + 2 : i + 3;
      if (at === null) return this.#make(i, end, "TIME", `XXXX-XX-XXT${shiftedPart}`, "unresolved");
      const day = addDays(at.day, shift);
      return this.#make(i, end, "TIME", `${formatDay(day)}T${shiftedPart}`, at.resolution, day);
    }
    const base = this.#weekdayAt(i, tense) ?? this.#deictic(i, tense);
    if (base !== null) {
      const p = DAY_PARTS[this.#lower(base.to)];
      // (`Tuesday evening, September 9`: the date after the weekday's part of the day is its day, one expression.)
      const wd = WEEKDAYS[this.#lower(i)];
      if (p !== undefined && wd !== undefined && this.#lower(base.to + 1) === ",") {
        const dated = this.#monthDate(base.to + 2, tense) ?? this.#dayMonth(base.to + 2, tense);
        if (dated !== null && dated.day !== null) {
          this.#weekdays.set(wd, dated.day);
          return this.#make(i, dated.to, "TIME", `${formatDay(dated.day)}T${p}`, dated.resolution, dated.day);
        }
      }
      if (p !== undefined && base.day !== null) return this.#make(i, base.to + 1, "TIME", `${formatDay(base.day)}T${p}`, base.resolution, base.day);
    }
    return null;
  }

  /**
   * `mid-afternoon`, `mid afternoon`, `midmorning`: the middle of that part of the narrative's day, or of the day
   * named after it (`mid-afternoon yesterday`); not in the present, whose part of the day is a habit, nor one `of`
   * some day.
   */
  #middleOfDay(i: number, tense: Tense): Recognized | null {
    const w = this.#lower(i);
    const part = w === "mid" ? DAY_PARTS[this.#lower(i + 1)] : w.startsWith("mid-") ? DAY_PARTS[w.slice(4)] : w.startsWith("mid") && DAY_PARTS[w] === undefined ? DAY_PARTS[w.slice(3)] : undefined;
    if (part === undefined || part.includes(":") || tense === "present") return null;
    const end = w === "mid" ? i + 2 : i + 1;
    if (this.#lower(end) === "of") return null;
    const named = this.#deictic(end, tense) ?? this.#weekdayAt(end, tense);
    const at = this.#narrativeDay();
    const day = named?.day ?? at?.day ?? null;
    const to = named?.day != null ? named.to : end;
    if (day === null) return this.#make(i, to, "TIME", `XXXX-XX-XXT${part}`, "unresolved", null, "MID");
    return this.#make(i, to, "TIME", `${formatDay(day)}T${part}`, named?.resolution ?? at?.resolution ?? "reference", day, "MID");
  }

  /**
   * The day `the same day`, `that day` or `In the evening` stays on: the narrative's, unless it opens a paragraph after
   * one that dated an earlier happening (`congratulated Aliyev on the signing … on August 8`, `established ties on
   * January 1, 1984`): then the day of the news the lead told, as `earlier in the day`.
   */
  #sameDay(): { day: Day; resolution: TimexResolution } | null {
    const at = this.#narrativeDay();
    if (at !== null && this.#anchorParagraph !== this.#paragraph && this.#newsDay !== null && daysBetween(at.day, this.#newsDay) > 0) return { day: this.#newsDay, resolution: "narrative" };
    return at;
  }

  /** The day the narrative has reached, else the reference day, with which of the two it is; null without either. */
  #narrativeDay(): { day: Day; resolution: TimexResolution } | null {
    // (A sentence in the past does not go on from a day still to come: `… will host in The Hague on June 24 and 25.`
    // then `Schoof … returned to The Hague the same evening` is the evening of the day told before it.)
    const ref = this.#reference;
    if (this.#tense === "past" && this.#anchor !== null && this.#pastAnchor !== null && ref !== null && daysBetween(ref, this.#anchor) > 0) return { day: this.#pastAnchor, resolution: "narrative" };
    if (this.#anchor !== null) return { day: this.#anchor, resolution: "narrative" };
    return this.#reference === null ? null : { day: this.#reference, resolution: "reference" };
  }

  /** this year, next week, last month, the next year, the past two years, this summer, last Friday. */
  #relativeUnit(i: number): Recognized | null {
    let j = i;
    const withThe = this.#lower(j) === "the";
    if (withThe) j++;
    // `the fiscal year`, `the full year`, `the current fiscal year`: the year itself, however it is counted.
    while (withThe && YEAR_KINDS.has(this.#lower(j)) && j - i < MAX_YEAR_KINDS) j++;
    const rel = this.#lower(j);
    // `the end of the year`, `later in the month`: the current one, as TimeBank reads it.
    // `the end of the decade`: the current decade or century only after `of`; alone, `the decade` is as often a stretch of time.
    const current = CURRENT_UNITS[rel] ?? (this.#lower(i - 1) === "of" ? LONG_CURRENT_UNITS[rel] : undefined);
    if (withThe && current !== undefined && this.#reference !== null && !NOT_AFTER_THE_UNIT.has(this.#lower(j + 1))) {
      return this.#make(i, j + 1, "DATE", unitValue(this.#reference, current, 0, rel), "reference");
    }
    if (!RELATIVE.has(rel)) return null;
    // (`The visit will last two days`: after a modal, `to` or `not`, `last` is the verb; the stretch after it stands alone.)
    if (rel === "last" && !withThe && BEFORE_BARE_VERB.has(this.#lower(i - 1))) return null;
    // the past two years, the next three months: a duration.
    const count = this.#numberAt(j + 1);
    if (count !== null && UNITS[this.#lower(j + 2)] !== undefined && (withThe || rel === "past" || rel === "next" || rel === "last")) {
      const unit = UNITS[this.#lower(j + 2)];
      if (unit !== undefined) return this.#make(i, j + 3, "DURATION", durationValue(count, unit), "stated");
    }
    const unitWord = this.#lower(j + 1);
    const unit = UNITS[unitWord];
    const ref = this.#reference;
    // `the coming weeks` lie ahead, unspecified; `the past months` are a stretch of them.
    if (unit !== undefined && BARE_PLURALS.has(unitWord)) {
      if (rel === "coming" || rel === "next" || rel === "upcoming" || rel === "following") return this.#make(i, j + 2, "DATE", "FUTURE_REF", "stated");
      if (rel === "past" || rel === "last" || rel === "previous") return this.#make(i, j + 2, "DURATION", durationValue(null, unit), "stated");
    }
    // `the next day`, `the following day`: anchored on the narrative (see `narrative`).
    // (Read again from `last`, `the last day of a visit` is the visit's final day, not yesterday.)
    if (unitWord === "day" && (withThe || this.#lower(i - 1) === "the")) return null;
    // `the past fortnight`: the two weeks up to now; `the next fortnight` the two to come, as `the next two weeks` is.
    if (unitWord === "fortnight" && withThe && (rel === "past" || rel === "last" || rel === "next" || rel === "coming")) return this.#make(i, j + 2, "DURATION", "P2W", "stated");
    if (unit !== undefined && !unitWord.endsWith("s")) {
      // (`at the last minute` is an idiom, not a minute.)
      if (rel === "last" && unit.unit === "MIN") return null;
      if (withThe && (rel === "past" || rel === "last")) return this.#make(i, j + 2, "DURATION", durationValue(1, unit), "stated");
      const offset = rel === "next" || rel === "coming" || rel === "following" || rel === "upcoming" ? 1 : rel === "last" || rel === "past" || rel === "previous" ? -1 : 0;
      // `In 2014 … The following year, …`: counted from the year the narrative stated, not from today.
      if (withThe && (rel === "following" || rel === "previous") && unit.unit === "Y" && this.#yearAnchor !== null) {
        return this.#make(i, j + 2, "DATE", pad(this.#yearAnchor + offset, 4), "narrative");
      }
      // (`They met on May 19. The following week, …`: a week or a month after the day the narrative reached.)
      const anchor = withThe && (rel === "following" || rel === "previous") && (unit.unit === "W" || unit.unit === "M") ? this.#anchor : null;
      if (anchor !== null) return this.#make(i, j + 2, "DATE", unitValue(anchor, unit.unit, offset, unitWord), "narrative");
      if (ref === null) return this.#make(i, j + 2, "DATE", offset > 0 ? "FUTURE_REF" : offset < 0 ? "PAST_REF" : "PRESENT_REF", "unresolved");
      return this.#make(i, j + 2, "DATE", unitValue(ref, unit.unit, offset, unitWord), "reference");
    }
    // last Friday, next March, this summer
    const season = SEASONS[unitWord];
    const offset = rel === "next" || rel === "coming" ? 1 : rel === "last" || rel === "past" || rel === "previous" ? -1 : 0;
    if (season !== undefined) {
      if (ref === null) return this.#make(i, j + 2, "DATE", `XXXX-${season}`, "unresolved");
      return this.#make(i, j + 2, "DATE", `${pad(ref.y + offset, 4)}-${season}`, "reference");
    }
    const wd = WEEKDAYS[unitWord];
    if (wd !== undefined && ref !== null) {
      let d = addDays(ref, wd - weekday(ref));
      // `last Thursday` is the latest one before the reference day, `next Friday` the first one after it.
      if (offset < 0 && daysBetween(ref, d) >= 0) d = addDays(d, -7);
      if (offset > 0 && daysBetween(ref, d) <= 0) d = addDays(d, 7);
      return this.#make(i, j + 2, "DATE", formatDay(d), "reference", d);
    }
    const month = MONTHS[unitWord];
    if (month !== undefined && isCapitalizedAt(this.#tokens, j + 1) && ref !== null) {
      const dated = offset === 0 ? null : this.#relativeMonthDay(i, j + 2, month, offset, ref);
      if (dated !== null) return dated;
      let y = ref.y;
      if (offset < 0 && month >= ref.m) y--;
      if (offset > 0 && month <= ref.m) y++;
      return this.#make(i, j + 2, "DATE", `${pad(y, 4)}-${pad(month)}`, "reference");
    }
    return null;
  }

  /**
   * `last Oct. 23`, `next March 5`: the latest such day before the reference, or the first after it; the day number
   * starts at `k`, after the month (and its abbreviation's period).
   */
  #relativeMonthDay(i: number, k: number, month: number, offset: number, ref: Day): Recognized | null {
    if (this.#lower(k) === "." && this.#adjacent(k)) k++;
    const day = this.#dayNumber(k);
    if (day === null || !PATTERNS.startsWithDigit.test(this.#lower(k))) return null;
    const after = month > ref.m || (month === ref.m && day >= ref.d);
    const y = offset < 0 ? (after ? ref.y - 1 : ref.y) : after && (month !== ref.m || day !== ref.d) ? ref.y : ref.y + 1;
    if (!isValidDay(y, month, day)) return null;
    const d = { y, m: month, d: day };
    return this.#make(i, k + 1, "DATE", formatDay(d), "reference", d);
  }

  /** the winter of 1994, summer 2019, the summer, in spring: a season, its year stated or chosen by tense. */
  #seasonAt(i: number, tense: Tense): Recognized | null {
    const withThe = this.#lower(i) === "the";
    const j = withThe ? i + 1 : i;
    const word = this.#lower(j);
    const season = SEASONS[word];
    if (season === undefined) return null;
    const ofYear = this.#lower(j + 1) === "of" ? this.#yearSpan(j + 2, true) : null;
    const year = ofYear ?? this.#yearSpan(j + 1, false);
    if (year !== null) return this.#make(i, year.to, "DATE", `${pad(year.year, 4)}-${season}`, "stated");
    // A bare season needs an article or a time preposition: `the fall of the Wall`, `summer camp`, `they fall` are no times.
    // (`in early autumn`: a modifier may stand between the preposition and the season.)
    // (`in the early summer`: the article before the modifier frames it too.)
    const framed = withThe || SEASON_PREPOSITIONS.has(this.#lower(i - 1)) || (MOD_PREFIX[this.#lower(i - 1)] !== undefined && (SEASON_PREPOSITIONS.has(this.#lower(i - 2)) || this.#lower(i - 2) === "the"));
    // `fall` is a season only as `in the fall`.
    const fallOk = word !== "fall" || (withThe && SEASON_PREPOSITIONS.has(this.#lower(i - 1)));
    if (!framed || !fallOk || this.#lower(j + 1) === "of" || (this.#tokens.kindAt(j + 1) === "word" && !this.#endsPhrase(j + 1))) return null;
    const chosen = this.#yearFor(SEASON_MONTHS[season] ?? 1, null, tense);
    return this.#make(i, j + 1, "DATE", `${chosen.year === null ? "XXXX" : pad(chosen.year, 4)}-${season}`, chosen.resolution);
  }

  /**
   * True when the word at `k` starts something after a noun phrase rather than going on with it: a verb in the past
   * (`recalled in the spring returned`), a preposition or a conjunction (`in the summer before the election`), not a
   * noun the phrase before it qualifies (`the spring offensive`).
   */
  #endsPhrase(k: number): boolean {
    const t = this.#tokens.get(k);
    if (t === undefined || t.capitalized) return false;
    return (t.lower.length > 4 && t.lower.endsWith("ed")) || PHRASE_FOLLOWERS.has(t.lower);
  }

  /** today, yesterday, tomorrow. */
  #deictic(i: number, tense: Tense): Recognized | null {
    const w = this.#lower(i);
    // by year-end, before month-end: the last day of the year or month, the past one in a past sentence.
    // Only after a preposition: `a year-end news conference` names an event, not a day.
    // (`by year end`, `by the year's end`: the year, at its end, as `the end of the year` is.)
    const twoWords = w === "year" && this.#lower(i + 1) === "end" ? i + 2 : w === "the" && this.#lower(i + 1) === "year" && isPossessiveAt(this.#tokens, i + 2) && this.#lower(i + 3) === "end" ? i + 4 : -1;
    if (twoWords > 0 && YEAR_END_PREPOSITIONS.has(this.#lower(i - 1)) && this.#reference !== null) {
      return this.#make(i, twoWords, "DATE", String(this.#reference.y - (tense === "past" ? 1 : 0)), "reference", null, "END");
    }
    if ((w === "year-end" || w === "month-end") && YEAR_END_PREPOSITIONS.has(this.#lower(i - 1))) {
      const ref = this.#reference;
      if (ref === null) return this.#make(i, i + 1, "DATE", w === "year-end" ? "XXXX-12-31" : "XXXX-XX-XX", "unresolved");
      const back = tense === "past" ? 1 : 0;
      const month = addMonths({ y: ref.y, m: ref.m, d: 1 }, -back);
      const day = w === "year-end" ? { y: ref.y - back, m: 12, d: 31 } : { y: month.y, m: month.m, d: daysInMonth(month.y, month.m) };
      return this.#make(i, i + 1, "DATE", formatDay(day), "reference", day);
    }
    const offset = DEICTIC_DAYS[w];
    if (offset === undefined) return null;
    // `the standards of tomorrow`, `the chips of choice in many of today's computers`: after a noun's `of`, an age, no
    // day, and TimeBank marks none (`as of today` is one).
    if (this.#lower(i - 1) === "of" && this.#tokens.kindAt(i - 2) === "word" && !this.#tokens.capitalizedAt(i - 2) && !AGE_OF_EXCEPTIONS.has(this.#lower(i - 2))) return null;
    // (So is `today's` before a noun of an age: `today's world`, `today's era is not of war`; `today's meeting` is the day.)
    if (offset === 0 && isPossessiveAt(this.#tokens, i + 1) && PRESENT_AGE_NOUNS.has(this.#lower(i + 2))) return null;
    if (this.#reference === null) return this.#make(i, i + 1, "DATE", offset === 0 ? "PRESENT_REF" : offset < 0 ? "PAST_REF" : "FUTURE_REF", "unresolved");
    const d = addDays(this.#reference, offset);
    return this.#make(i, i + 1, "DATE", formatDay(d), "reference", d);
  }

  /** Friday, on Sunday: the nearest one in the direction of the tense; `Monday, Oct. 26` is that date. */
  #weekdayAt(i: number, tense: Tense): Recognized | null {
    const lower = this.#lower(i);
    if (this.#tokens.capitalizedAt(i) !== true) return null;
    const wd = WEEKDAYS[lower];
    if (wd === undefined) return null;
    // (An abbreviation, `Tue.`, only before the date it names: `Posted Tue 15 Jul 2025`; alone, `Sun` may be a name.)
    const abbreviated = lower.length < "monday".length;
    let dateAt = abbreviated && this.#lower(i + 1) === "." ? i + 2 : i + 1;
    if (this.#lower(dateAt) === ",") dateAt++;
    const date = this.#monthDate(dateAt, tense) ?? this.#dayMonth(dateAt, tense);
    if (date !== null && date.day !== null) {
      this.#weekdays.set(wd, date.day);
      return { ...date, from: i };
    }
    if (abbreviated) return null;
    // `Tuesday next week`, `from Tuesday to Thursday next week`: the weekday of the week named after it (or after the
    // range it opens), one expression with it.
    const ownWeek = this.#weekAfter(i + 1);
    const rangeWeek = RANGE_ENDS.has(this.#lower(i + 1)) && WEEKDAYS[this.#lower(i + 2)] !== undefined ? this.#weekAfter(i + 3) : undefined;
    const week = ownWeek ?? rangeWeek;
    if (week !== undefined && this.#reference !== null) {
      const d = addDays(this.#reference, 7 * week + wd - weekday(this.#reference));
      return this.#make(i, ownWeek !== undefined ? i + 3 : i + 1, "DATE", formatDay(d), "reference", d);
    }
    // `on Thursday week`, British for a week after the coming Thursday (not `Thursday week's meeting`, `the Monday week of …`).
    if (this.#lower(i + 1) === "week" && this.#lower(i + 2) !== "of" && !isPossessiveAt(this.#tokens, i + 2) && this.#reference !== null) {
      const ahead = (wd - weekday(this.#reference) + 7) % 7;
      const d = addDays(this.#reference, (ahead === 0 ? 7 : ahead) + 7);
      return this.#make(i, i + 2, "DATE", formatDay(d), "reference", d);
    }
    // A weekday the report named before is the same day (`agreed Thursday …`, then `a dinner later Thursday`).
    const named = this.#weekdays.get(wd);
    if (named !== undefined) return this.#make(i, i + 1, "DATE", formatDay(named), "narrative", named);
    const ref = this.#reference;
    if (ref === null) return this.#make(i, i + 1, "DATE", `XXXX-WXX-${String(wd)}`, "unresolved");
    let d = addDays(ref, wd - weekday(ref));
    // The reference day's own weekday is that day; otherwise a future sentence looks forward, any other back, but
    // the end of what is going on now (`Xi is attending the meeting until Friday`).
    const until = this.#lower(i - 1) === "until" || this.#lower(i - 1) === "till" || this.#lower(i - 1) === "through";
    // (`runs from Tuesday to Thursday` on the Wednesday: a range that holds the reference day is this week's.)
    const rangeEnd = RANGE_ENDS.has(this.#lower(i + 1)) ? WEEKDAYS[this.#lower(i + 2)] : undefined;
    const holdsToday = this.#lower(i - 1) === "from" && rangeEnd !== undefined && wd <= weekday(ref) && rangeEnd > weekday(ref);
    // (A present that schedules, `Leaders meet Monday in Geneva`, `The talks are on Wednesday`, looks ahead too; one that
    // reports, `Putin says on Monday`, tells of what was said.)
    // (Nor a weekday that owns a thing, `follows Tuesday's declaration`, which has come already.)
    const scheduled = tense === "present" && this.#schedulesNear(i) && !this.#reportsNear(i) && !isPossessiveAt(this.#tokens, i + 1);
    if (tense === "future" || (tense === "present" && (until || scheduled))) {
      if (daysBetween(ref, d) < 0 && !holdsToday) d = addDays(d, 7);
    } else if (daysBetween(ref, d) > 0) {
      d = addDays(d, -7);
    }
    // `from Monday to Wednesday`: the end of a range comes after its start, named just before.
    const start = this.#anchor;
    if (this.#lastTo === i - 1 && RANGE_ENDS.has(this.#lower(i - 1)) && start !== null) {
      for (let k = 0; k < 2 && daysBetween(start, d) < 0; k++) d = addDays(d, 7);
    }
    // `arrived in Tokyo on Saturday morning … before flying to Washington for his summit with Trump on Monday`: what
    // `before` and a verb in -ing tell of comes after the day the sentence named before it, or on it (`address
    // Parliament tomorrow before returning to Lusaka on Wednesday`, tomorrow being Wednesday).
    // (So does what a meeting's `for` after it is for: `left for Washington on Wednesday night for talks with President
    // Donald Trump on Thursday`.)
    const earlier = this.#sentenceLastDay;
    if (earlier !== null && this.#forwardBetween(earlier.to, i)) {
      for (let k = 0; k < 2 && daysBetween(earlier.day, d) < 0; k++) d = addDays(d, 7);
    }
    // Only a weekday the report tells of as done fixes that day for later mentions: a plan's weekday is a guess.
    if (tense !== "future") this.#weekdays.set(wd, d);
    return this.#make(i, i + 1, "DATE", formatDay(d), "reference", d);
  }

  /** True when `before` and a verb in -ing, or `for` and a meeting's noun, stand among tokens `[from, to)`, within a bounded reach. */
  #forwardBetween(from: number, to: number): boolean {
    for (let k = Math.max(from, to - BEFORE_DOING_REACH); k < to; k++) {
      if (this.#lower(k) === "before" && this.#lower(k + 1).endsWith("ing")) return true;
      if (this.#lower(k) === "for" && (MEETING_NOUNS.has(this.#lower(k + 1)) || (EVENT_OPENERS.has(this.#lower(k + 1)) && MEETING_NOUNS.has(this.#lower(k + 2))))) return true;
    }
    return false;
  }

  /** Weeks from the reference's to the one `last week`, `this week` or `next week` at token `k` names, if any. */
  #weekAfter(k: number): number | undefined {
    if (this.#lower(k + 1) !== "week") return undefined;
    const w = this.#lower(k);
    return w === "next" ? 1 : w === "last" ? -1 : w === "this" ? 0 : undefined;
  }

  /** True when a present verb of meeting or scheduling stands just before token `i` (`Leaders meet Monday`, `The talks are on Wednesday`). */
  #schedulesNear(i: number): boolean {
    for (let k = i - 1; k >= Math.max(0, i - SCHEDULE_REACH); k--) {
      const w = this.#lower(k);
      if (w === "." || w === ";" || w === "," || w === "!" || w === "?") return false;
      if (PRESENT_SCHEDULE.has(w)) return true;
    }
    return false;
  }

  /** True when a verb of saying stands near token `i` in its sentence (`Putin says on Monday`, `On Friday, Netanyahu said`). */
  #reportsNear(i: number): boolean {
    for (const step of [-1, 1]) {
      for (let k = i + step; k >= 0 && k < this.#tokens.length && Math.abs(k - i) <= REPORT_REACH; k += step) {
        const w = this.#lower(k);
        if (w === "." || w === ";" || w === "!" || w === "?") break;
        if (REPORTING_NEAR.has(w)) return true;
      }
    }
    return false;
  }

  /** the next day, the day before, that day: anchored on the last day the text named. */
  #narrative(i: number, tense: Tense): Recognized | null {
    const w = this.#lower(i);
    // `It's the second day of an offensive`, `today is the eighth day of "Desert Shield"`: in the present, the
    // reference day; in a narrative, which day an ordinal counts from is not told.
    const ordinal = w === "the" && this.#lower(i + 2) === "day" ? ORDINAL_WORDS[this.#lower(i + 1)] : undefined;
    if (ordinal !== undefined) {
      const ref = this.#reference;
      return tense !== "present" || ref === null ? null : this.#make(i, i + 3, "DATE", formatDay(ref), "reference", ref);
    }
    let from = i;
    let offset: number | undefined;
    let end: number;
    if ((w === "earlier" || w === "later") && this.#lower(i + 1) === "in" && this.#lower(i + 2) === "the" && this.#lower(i + 3) === "day") {
      // earlier in the day, later in the day: the day the narrative is on. TimeML leaves `earlier in` out of the
      // expression: `the day` is the time.
      from = i + 2;
      offset = 0;
      end = i + 4;
      // (A day named in another paragraph is background, `The two first met on May 18`: the day of the news, which the
      // lead tells, or the reference day.)
      const news = this.#newsDay ?? this.#reference;
      if (this.#anchorParagraph !== this.#paragraph && news !== null) return this.#make(from, end, "DATE", formatDay(news), this.#newsDay === null ? "reference" : "narrative", news);
    } else if (w !== "the" && w !== "that") {
      return null;
    } else if (w === "that" && this.#lower(i + 1) === "year") {
      // `In 2014 … Later that year`: the year the narrative stated last; with none, no time can be told.
      return this.#yearAnchor === null ? null : this.#make(i, i + 2, "DATE", pad(this.#yearAnchor, 4), "narrative");
    } else if (w === "that" && this.#lower(i + 1) === "day") {
      offset = 0;
      end = i + 2;
    } else if (this.#lower(i + 1) === "day" && (this.#lower(i + 2) === "before" || this.#lower(i + 2) === "after") && DEICTIC_DAYS[this.#lower(i + 3)] !== undefined && this.#reference !== null) {
      // `the day after tomorrow`, `the day before yesterday`: two days from the reference, one expression.
      const d = addDays(this.#reference, (DEICTIC_DAYS[this.#lower(i + 3)] ?? 0) + (this.#lower(i + 2) === "before" ? -1 : 1));
      return this.#make(i, i + 4, "DATE", formatDay(d), "reference", d);
    } else if (this.#lower(i + 1) === "day" && (this.#lower(i + 2) === "before" || this.#lower(i + 2) === "after")) {
      offset = this.#lower(i + 2) === "before" ? -1 : 1;
      end = i + 3;
      // `on Saturday, the day before a summit of European leaders`: an apposition that names the same day by
      // another event.
      if (this.#lastTo === i - 1 && this.#lower(i - 1) === "," && EVENT_OPENERS.has(this.#lower(i + 3))) offset = 0;
      // `The day before the meeting, Orban told state radio …`: counted from the day of the news the lead tells, not
      // from the last day named (`said on Thursday` in the paragraph above).
      else if (this.#newsDay !== null && EVENT_OPENERS.has(this.#lower(i + 3)) && MEETING_NOUNS.has(this.#lower(i + 4))) {
        const d = addDays(this.#newsDay, offset);
        return this.#make(i, end, "DATE", formatDay(d), "narrative", d);
      }
    } else {
      offset = NARRATIVE[this.#lower(i + 1)];
      if (offset === undefined || this.#lower(i + 2) !== "day") return null;
      end = i + 3;
    }
    const at = offset === 0 ? this.#sameDay() : this.#narrativeDay();
    if (at === null) return this.#make(from, end, "DATE", "XXXX-XX-XX", "unresolved");
    const d = addDays(at.day, offset);
    return this.#make(from, end, "DATE", formatDay(d), at.resolution, d);
  }

  /** 22 years, a few days, three-day, two weeks ago. */
  #duration(i: number): Recognized | null {
    let j: number;
    let n: number | null = null;
    let vague = false;
    const w = this.#lower(i);
    // three-day, 22-year
    const [head, tail, rest] = w.split("-");
    if (tail !== undefined && head !== undefined) {
      const unit = UNITS[tail];
      const count = PATTERNS.number.test(head) ? Number(head) : NUMBER_WORDS[head];
      // `a 44-year-old senator`: an age, not a period of time (TimeBank leaves ages out).
      if (rest === "old" || (this.#lower(i + 1) === "-" && this.#lower(i + 2) === "old")) return null;
      // `three-quarters of the budget`: a fraction, not a period.
      const fraction = unit?.unit === "Q" && (tail.endsWith("s") || this.#lower(i + 1) === "of");
      if (unit !== undefined && count !== undefined && head !== "a" && !fraction) return this.#make(i, i + 1, "DURATION", durationValue(count, unit), "stated");
      // `a week-long tour`, `decades-long`: one unit's length, or some of them.
      const own = UNITS[head];
      if (own !== undefined && tail === "long" && rest === undefined) return this.#make(i, i + 1, "DURATION", durationValue(head.endsWith("s") ? null : 1, own), "stated");
    }
    // `a weeklong tour`
    const closed = LONG_COMPOUNDS.get(w);
    const closedUnit = closed === undefined ? undefined : UNITS[closed];
    if (closedUnit !== undefined) return this.#make(i, i + 1, "DURATION", durationValue(1, closedUnit), "stated");
    // recent years, past months: an unspecified stretch before now, as TimeBank marks it (PAST_REF).
    if ((w === "recent" || w === "past") && BARE_PLURALS.has(this.#lower(i + 1))) return this.#make(i, i + 2, "DATE", "PAST_REF", "stated");
    // for years, weeks of talks, years ago
    if (BARE_PLURALS.has(w) && this.#numberAt(i - 1) === null && !PATTERNS.startsWithDigit.test(this.#lower(i - 1)) && !FEW.has(this.#lower(i - 1)) && this.#lower(i + 1) !== "old") {
      const unit = UNITS[w];
      if (unit !== undefined) {
        const after = this.#lower(i + 1);
        if (after === "ago" || after === "earlier") return this.#make(i, i + 2, "DATE", "PAST_REF", "stated");
        // `the early hours of Friday`: the night of a day, not a stretch of hours; the day after `of` is the time.
        // (Alone too: `talks went on into the small hours`, a time of night.)
        if (w === "hours" && SMALL_HOURS.has(this.#lower(i - 1)) && (after === "of" || this.#lower(i - 2) === "the")) return null;
        // `the "Years of High-Quality Development"`, `Days of Culture`: capitals on both sides of `of` make a name.
        if (this.#tokens.capitalizedAt(i) === true && after === "of" && this.#tokens.capitalizedAt(i + 2) === true) return null;
        return this.#make(i, i + 1, "DURATION", durationValue(null, unit), "stated");
      }
    }
    if (this.#rateUnit(i) !== undefined) return null;
    if ((w === "a" || w === "an") && this.#lower(i + 1) === "couple") {
      // a couple of years: two of them, as TimeBank reads it.
      n = 2;
      j = this.#lower(i + 2) === "of" ? i + 3 : i + 2;
    } else if (w === "couple" && this.#lower(i + 1) === "of") {
      // (`the next couple of years`.)
      n = 2;
      j = i + 2;
    } else if (w === "half" && (this.#lower(i + 1) === "a" || this.#lower(i + 1) === "an")) {
      // half an hour, half a day
      n = 0.5;
      j = i + 2;
    } else if ((w === "a" || w === "an") && FEW.has(this.#lower(i + 1))) {
      vague = true;
      j = i + 2;
      if (this.#lower(j) === "of") j++;
    } else if (FEW.has(w)) {
      vague = true;
      j = i + 1;
    } else {
      n = this.#numberAt(i);
      // The `2` of `1/2` is a denominator, not a count.
      if (n === null || (this.#lower(i - 1) === "/" && this.#adjacent(i))) return null;
      j = i + 1;
      // twenty four hours (not a rate: `50 a week`)
      const more = this.#lower(j) === "a" || this.#lower(j) === "an" ? null : this.#numberAt(j);
      if (more !== null && n >= 20 && n % 10 === 0 && more < 10) {
        n += more;
        j++;
      }
      // two thousand years, a hundred years
      const times = MULTIPLIERS[this.#lower(j)];
      if (times !== undefined) {
        n *= times;
        j++;
      }
      // 2 1/2 years, two and a half years
      const half = this.#halfAt(j);
      if (half > 0) {
        n += 0.5;
        j += half;
      }
      // `four to five hours`, `two or three days`: one stretch, counted by its first number, as TimeBank does.
      const other = (this.#lower(j) === "to" || this.#lower(j) === "or") && UNITS[this.#lower(j + 2)] !== undefined ? this.#numberAt(j + 1) : null;
      if (other !== null && other > n) j += 2;
    }
    // 20 more years, two additional weeks
    if (n !== null && COUNT_ADJECTIVES.has(this.#lower(j)) && UNITS[this.#lower(j + 1)] !== undefined) j++;
    const unitWord = this.#lower(j);
    // `a fortnight`, `three fortnights`: two weeks each.
    const fortnight = unitWord === "fortnight" || unitWord === "fortnights";
    const unit = fortnight ? UNITS["weeks"] : UNITS[unitWord];
    if (unit === undefined) return null;
    if (n === 1 && unitWord.endsWith("s")) return null;
    if (fortnight && n !== null) n *= 2;
    // `the 1988 quarter`, `2019 year`: a year naming the period, not a count of them.
    if (n !== null && n >= 1000 && !unitWord.endsWith("s")) return null;
    // `a quarter century`, `a quarter of a century`: twenty-five years.
    if (unit.unit === "Q" && n === 1 && !unitWord.endsWith("s")) {
      const century = this.#lower(j + 1) === "century" ? j + 1 : this.#lower(j + 1) === "of" && this.#lower(j + 2) === "a" && this.#lower(j + 3) === "century" ? j + 3 : -1;
      if (century > 0) return this.#make(i, century + 1, "DURATION", "P25Y", "stated");
    }
    // `three quarters of the vote`, `grew by almost a quarter`: a fraction; `52 years old`: an age.
    if ((unit.unit === "Q" && (this.#lower(j + 1) === "of" || this.#lower(i - 1) === "by" || this.#lower(i - 2) === "by")) || this.#lower(j + 1) === "old") return null;
    if (!vague && (w === "a" || w === "an" || w === "one") && !DAY_DISTANCE_WORDS.has(this.#lower(j + 1)) && unitWord === "day") {
      // `one day` / `a day` are as often idioms as durations; keep them only with a number context or as a distance
      // in time (`a day later`, `a day after Biden met Modi`).
      if (w !== "one") return null;
    }
    // a minute and a half
    const trailingHalf = vague || n === null || !Number.isInteger(n) || this.#lower(j + 1) !== "and" ? 0 : this.#halfAt(j + 1);
    if (n !== null && trailingHalf > 0) {
      n += 0.5;
      j += trailingHalf;
    }
    // `2 hours and 45 minutes`: one stretch in two units, the smaller after `and`.
    const compound = vague || n === null || !Number.isInteger(n) ? null : this.#compoundTail(j + 1, n, unit.unit);
    if (compound !== null) return this.#make(i, compound.to, "DURATION", compound.value, "stated");
    const value = vague ? durationValue(null, unit) : durationValue(n ?? 1, unit);
    // `two weeks from now`, `a year from today`: that far ahead of the reference day.
    // (Not the start of a stretch: `every single day from now until the election`.)
    if (this.#lower(j + 1) === "from" && (this.#lower(j + 2) === "now" || this.#lower(j + 2) === "today") && !RANGE_ENDS.has(this.#lower(j + 3))) {
      const base = this.#reference;
      if (base === null || vague || n === null) return this.#make(i, j + 3, "DATE", "FUTURE_REF", "unresolved");
      return this.#make(i, j + 3, "DATE", shifted(base, unit.unit, n), "reference");
    }
    const after = this.#lower(j + 1);
    // `Three days later, …`: TimeBank marks the stretch, `later` left out; the day it reaches still anchors the narrative.
    if (after === "later") {
      const base = this.#anchor ?? this.#reference;
      const reached = base === null || vague || n === null || !Number.isInteger(n) ? null : unit.unit === "D" ? addDays(base, n) : unit.unit === "W" ? addDays(base, 7 * n) : null;
      return this.#make(i, j + 1, "DURATION", value, "stated", reached);
    }
    // (`spoke by phone for about 30 minutes earlier this month`: an `earlier` that opens a span of its own is that
    // span's, and the stretch before it stays one.)
    // (Not a clause's `that`: `announced two days earlier that it was beginning …`.)
    if (after === "earlier" && this.#opensSpanAt(j + 2)) return this.#make(i, j + 1, "DURATION", value, "stated");
    if (after === "ago" || after === "earlier") {
      const base = after === "ago" ? this.#reference : this.#anchor ?? this.#reference;
      if (base === null || vague || n === null) return this.#make(i, j + 2, "DATE", after === "ago" ? "PAST_REF" : "XXXX", "unresolved");
      // In a text that compares quarters, `a year ago` is that quarter a year back (`1988-Q3` beside `the third quarter`).
      const quarter = this.#quarterAnchor;
      if (unit.unit === "Y" && quarter !== null && Number.isInteger(n)) {
        return this.#make(i, j + 2, "DATE", `${pad(quarter.y - n, 4)}-Q${String(quarter.q)}`, "narrative");
      }
      return this.#make(i, j + 2, "DATE", shifted(base, unit.unit, -n), "reference");
    }
    return this.#make(i, j + 1, "DURATION", value, "stated");
  }

  /** True when the words at `k` open a span of their own after `earlier` (`this month`, `today`, `in the day`, `that week`). */
  #opensSpanAt(k: number): boolean {
    const opener = this.#lower(k);
    return EARLIER_SPAN_OPENERS.has(opener) || (opener === "in" && this.#lower(k + 1) === "the") || (opener === "that" && UNITS[this.#lower(k + 1)] !== undefined);
  }

  /**
   * The smaller part of a stretch in two units after `n` of `unit` (`and 45 minutes`, `and 20 minutes`), with the
   * tokens' end and the joint value (`PT2H45M`), or null. Not before `ago`, `later` or `from`, which shift a day by
   * one unit only.
   */
  #compoundTail(at: number, n: number, unit: string): { to: number; value: string } | null {
    if (this.#lower(at) !== "and") return null;
    const m = this.#numberAt(at + 1);
    const second = UNITS[this.#lower(at + 2)];
    if (m === null || !Number.isInteger(m) || second === undefined || (m === 1) !== !this.#lower(at + 2).endsWith("s")) return null;
    const first = COMPOUND_UNITS.indexOf(unit);
    if (first < 0 || COMPOUND_UNITS.indexOf(second.unit) <= first) return null;
    if (SHIFTING_AFTER.has(this.#lower(at + 3))) return null;
    const amounts = new Map([[unit, n], [second.unit, m]]);
    const part = (u: string, letter: string): string => (amounts.has(u) ? `${String(amounts.get(u))}${letter}` : "");
    const clock = `${part("H", "H")}${part("MIN", "M")}`;
    return { to: at + 3, value: `P${part("Y", "Y")}${part("M", "M")}${part("D", "D")}${clock === "" ? "" : `T${clock}`}` };
  }

  /** every year, each week, annually. */
  #setAt(i: number): Recognized | null {
    const w = this.#lower(i);
    const single = SETS[w];
    // `paid quarterly` is a set of times; `a quarterly dividend`, `the daily paper` name a kind of thing, and so does a
    // determiner before it: `the daily L'Opinion`, `told the weekly`.
    const next = this.#tokens.get(i + 1);
    const beforeNoun = (next !== undefined && next.kind === "word" && !isCapitalized(next) && !SET_FOLLOWERS.has(next.lower)) || DETERMINERS.has(this.#lower(i - 1));
    if (single !== undefined) return beforeNoun ? null : this.#make(i, i + 1, "SET", single, "stated");
    // `on Tuesdays`, `Tuesday nights`: each such weekday (or its part), a set (TimeML's `XXXX-WXX-2`, `XXXX-WXX-2TNI`).
    if (this.#tokens.capitalizedAt(i) === true) {
      const plural = w.endsWith("s") ? WEEKDAYS[w.slice(0, -1)] : undefined;
      if (plural !== undefined && w.length >= "mondays".length) return this.#make(i, i + 1, "SET", `XXXX-WXX-${String(plural)}`, "stated");
      const wd = WEEKDAYS[w];
      const parts = this.#lower(i + 1);
      const part = wd !== undefined && w.length >= "monday".length && parts.endsWith("s") ? DAY_PARTS[parts.slice(0, -1)] : undefined;
      if (part !== undefined && !part.includes(":")) return this.#make(i, i + 2, "SET", `XXXX-WXX-${String(wd)}T${part}`, "stated");
    }
    if (w === "every" || w === "each") {
      const unit = UNITS[this.#lower(i + 1)];
      if (unit !== undefined) return this.#make(i, i + 2, "SET", durationValue(1, unit), "stated");
      const wd = WEEKDAYS[this.#lower(i + 1)];
      if (wd !== undefined) return this.#make(i, i + 2, "SET", `XXXX-WXX-${String(wd)}`, "stated");
      const month = this.#monthAt(i + 1);
      if (month !== null) return this.#make(i, i + 2, "SET", `XXXX-${pad(month)}`, "stated");
      // `every summer`, `each morning`: a season or a part of the day, each time it comes round.
      const season = SEASONS[this.#lower(i + 1)];
      if (season !== undefined) return this.#make(i, i + 2, "SET", `XXXX-${season}`, "stated");
      const part = DAY_PARTS[this.#lower(i + 1)];
      if (part !== undefined && !part.includes(":")) return this.#make(i, i + 2, "SET", `XXXX-XX-XXT${part}`, "stated");
      // `every three years`, `every other week`: a set whose period is so many units.
      const count = this.#lower(i + 1) === "other" ? 2 : this.#numberAt(i + 1);
      const counted = count === null ? undefined : UNITS[this.#lower(i + 2)];
      if (count !== null && counted !== undefined) return this.#make(i, i + 3, "SET", durationValue(count, counted), "stated");
    }
    if ((w === "once" || w === "twice" || this.#numberAt(i) !== null) && (this.#lower(i + 1) === "a" || this.#lower(i + 1) === "per")) {
      const unit = UNITS[this.#lower(i + 2)];
      if (unit !== undefined && (w === "once" || w === "twice" || this.#lower(i + 1) === "times")) return this.#make(i, i + 3, "SET", durationValue(1, unit), "stated");
    }
    // `around 50 a week`, `$100 million a year`: a rate, so many in each unit.
    const rateUnit = this.#rateUnit(i);
    if (rateUnit !== undefined) return this.#make(i, i + 2, "SET", durationValue(1, rateUnit), "stated");
    if (this.#numberAt(i) !== null && this.#lower(i + 1) === "times" && (this.#lower(i + 2) === "a" || this.#lower(i + 2) === "per")) {
      const unit = UNITS[this.#lower(i + 3)];
      if (unit !== undefined) return this.#make(i, i + 4, "SET", durationValue(1, unit), "stated");
    }
    return null;
  }

  /** The unit of a rate at `i` (`a week` in `50 a week`, `an hour` in `$20 an hour`: a number before `a`, `an` or `per`), or undefined. */
  #rateUnit(i: number): (typeof UNITS)[string] | undefined {
    const w = this.#lower(i);
    // (Not a shift from a day: `earned $5 a year ago`.)
    if ((w !== "a" && w !== "an" && w !== "per") || this.#lower(i + 1) === "weekend" || SHIFTING_AFTER.has(this.#lower(i + 2))) return undefined;
    // (The amount may have its magnitude and its unit: `4.8 billion pounds a year`, `$2 million a year`.)
    let amount = i - 1;
    if (RATE_AMOUNT_UNITS.has(this.#lower(amount))) amount--;
    if (MAGNITUDES.has(this.#lower(amount))) amount--;
    if (this.#numberAt(amount) === null) return undefined;
    return UNITS[this.#lower(i + 1)];
  }

  /** 2019, in 2018. */
  #yearAt(i: number): Recognized | null {
    let j = i;
    const named = this.#lower(j) === "the" && this.#lower(j + 1) === "year";
    if (named) j += 2;
    // fiscal 1989, the fiscal year 1990
    else if (this.#lower(j) === "fiscal" && this.#yearNumber(j + 1) !== null) j += 1;
    // FY2025, FY25: TimeBank values a fiscal year as its year.
    const fiscal = PATTERNS.fiscalYear.exec(this.#lower(j));
    if (fiscal !== null) {
      const digits = fiscal[1] ?? "";
      // (Two digits name this century's years below 50: `FY25` is 2025, `FY98` 1998.)
      const year = digits.length === 4 ? digits : `${Number(digits) < FISCAL_CENTURY_TURN ? "20" : "19"}${digits}`;
      return this.#make(i, j + 1, "DATE", year, "stated");
    }
    const span = this.#yearSpan(j, named);
    if (span === null) return null;
    const year = span.year;
    j = span.to - 1;
    const next = this.#tokens.get(j + 1);
    // `2018 tons`, `1500 soldiers`: a count, when a plural noun follows and no determiner stands before
    // (`the 1988 period`, `its 1990 invasion`, `1996 campaign` are years).
    const plural = next !== undefined && next.kind === "word" && !isCapitalized(next) && next.lower.length > 3 && next.lower.endsWith("s") && !next.lower.endsWith("ss");
    if (plural && UNITS[next.lower] === undefined && !YEAR_DETERMINERS.has(this.#lower(j - 1))) return null;
    return this.#make(i, j + 1, "DATE", pad(year, 4), "stated");
  }

  /** the 1990s, the '90s, the 20th century. */
  #decade(i: number): Recognized | null {
    let j = i;
    if (this.#lower(j) === "the") j++;
    if (this.#lower(j) === "'" || this.#lower(j) === "’") j++;
    const w = this.#lower(j);
    const m = PATTERNS.decade.exec(w);
    // `in their 30s`, `a man in his 50s`: an age, not a decade.
    const owner = MOD_PREFIX[this.#lower(i - 1)] !== undefined ? this.#lower(i - 2) : this.#lower(i - 1);
    if (m !== null && m[1] === undefined && AGE_OWNERS.has(owner)) return null;
    if (m !== null) return this.#make(i, j + 1, "DATE", decadeValue(m), "stated");
    // `the nineties`: a decade in words, after its article (`the sixties` of the last century).
    const spelled = DECADE_WORDS[w];
    if (spelled !== undefined && this.#lower(j - 1) === "the") return this.#make(i, j + 1, "DATE", `19${String(spelled)}`, "stated");
    const n = ordinalOf(w);
    if (n !== undefined && n > 0 && this.#lower(j + 1) === "century") return this.#make(i, j + 2, "DATE", pad(n - 1), "stated");
    // `an 18th-century villa`: the century in one word before a noun.
    const c = w.endsWith("-century") ? ordinalOf(w.slice(0, -"-century".length)) : undefined;
    if (c !== undefined && c > 0) return this.#make(i, j + 1, "DATE", pad(c - 1), "stated");
    return null;
  }

  /**
   * Fiscal and calendar quarters: `the third quarter`, `third-quarter`,
   * `the fourth quarter of 1990`, `next year's first quarter`, `the 1988
   * second quarter`, `the latest quarter`, `the year-ago quarter`, `the
   * quarter` (the one the text named last, else the last one completed).
   */
  #quarterAt(i: number, tense: Tense): Recognized | null {
    const ref = this.#reference;
    let j = i;
    let determiner = false;
    let year: number | null = null;
    // this year's, next year's, last year's (before `this` is taken for a determiner)
    const yearOffset = YEAR_OFFSETS[this.#lower(j)];
    if ((yearOffset === undefined || this.#lower(j + 1) !== "year") && (this.#lower(j) === "the" || this.#lower(j) === "that" || this.#lower(j) === "this")) {
      determiner = true;
      j++;
    }
    if (yearOffset !== undefined && this.#lower(j + 1) === "year" && isPossessiveAt(this.#tokens, j + 2)) {
      if (ref !== null) year = ref.y + yearOffset;
      determiner = true;
      j += 3;
    }
    let which: "named" | "current" | "latest" = "named";
    let yearAgo = false;
    for (let k = 0; k < 3; k++) {
      const w = this.#lower(j);
      const stated = this.#yearNumber(j);
      if (stated !== null && determiner) year = stated;
      else if (QUARTER_CURRENT.has(w)) which = "current";
      else if (QUARTER_LATEST.has(w)) which = "latest";
      else if (QUARTER_YEAR_AGO.has(w)) yearAgo = true;
      else if (!QUARTER_FILLERS.has(w)) break;
      j++;
    }
    // third quarter, third-quarter, 3rd quarter
    let n: number | null = null;
    const [head, tail] = this.#lower(j).split("-");
    if (tail === "quarter" && head !== undefined) {
      n = ORDINAL_WORDS[head] ?? null;
      // `the third-quarter loss`: the adjective alone is the expression, as TimeBank marks it.
      if (n === null || (j > i && year === null && which === "named" && !yearAgo)) return null;
    } else {
      const ordinal = ORDINAL_WORDS[this.#lower(j)] ?? (PATTERNS.ordinalDay.test(this.#lower(j)) ? Number.parseInt(this.#lower(j), 10) : null);
      if (ordinal !== null && this.#lower(j + 1) === "quarter") {
        n = ordinal;
        j++;
      } else if ((this.#lower(j) !== "quarter" && !(yearAgo && this.#lower(j) === "period")) || !determiner) {
        return null;
      }
    }
    if (n !== null && (n < 1 || n > 4)) return null;
    // `a quarter of the vote`, `the French Quarter`: not a period of time.
    const word = this.#tokens.get(j);
    if (word === undefined || (n === null && this.#lower(j + 1) === "of" && this.#yearNumber(j + 2) === null) || (word.text === "Quarter" && j > i && isCapitalizedAt(this.#tokens, j - 1))) return null;
    let end = j + 1;
    if (this.#lower(end) === "of" && this.#yearNumber(end + 1) !== null) {
      year = this.#yearNumber(end + 1);
      end += 2;
    } else if (this.#lower(end) === "of" && this.#lower(end + 2) === "year" && YEAR_OFFSETS[this.#lower(end + 1)] !== undefined && ref !== null) {
      // `the first quarter of next year`
      year = ref.y + (YEAR_OFFSETS[this.#lower(end + 1)] ?? 0);
      end += 3;
    }
    const value = (y: number | null, q: number | null): string => `${y === null ? "XXXX" : pad(y, 4)}-Q${q === null ? "X" : String(q)}`;
    if (ref === null && year === null) return this.#make(i, end, "DATE", value(null, n), "unresolved");
    const current = ref === null ? null : { y: ref.y, q: Math.floor((ref.m - 1) / 3) + 1 };
    let resolved: { y: number; q: number } | null;
    if (n !== null) {
      resolved = { y: year ?? (current === null ? 0 : quarterYear(n, current, tense)), q: n };
    } else if (which === "current") {
      resolved = current;
    } else {
      const latest = current === null ? null : current.q === 1 ? { y: current.y - 1, q: 4 } : { y: current.y, q: current.q - 1 };
      resolved = which === "named" ? this.#quarterAnchor ?? latest : latest;
      if (resolved !== null && year !== null) resolved = { y: year, q: resolved.q };
    }
    if (resolved === null) return this.#make(i, end, "DATE", value(year, n), "unresolved");
    if (yearAgo) resolved = { y: resolved.y - 1, q: resolved.q };
    else if (n !== null) this.#quarterAnchor = resolved;
    return this.#make(i, end, "DATE", value(resolved.y, resolved.q), year !== null ? "stated" : "reference");
  }

  /** Christmas, Victory Day, Thanksgiving, Easter: a holiday's day in the year the tense points to. */
  #holidayAt(i: number, tense: Tense): Recognized | null {
    holidayIndex ??= indexPhrases([...Object.keys(HOLIDAYS), ...Object.keys(EASTER_HOLIDAYS)]);
    if (!isCapitalizedAt(this.#tokens, i)) return null;
    const n = matchPhrase(this.#tokens, i, holidayIndex);
    if (n === 0) return null;
    const name = lowerPhrase(this.#tokens, i, i + n).replace(" 's", "'s").replace(" ’s", "'s");
    const fromEaster = EASTER_HOLIDAYS[name];
    // (Not a name's first word, `Easter Island`, `Easter Seals`, nor a stretch it names, `as Easter week began`.)
    if (fromEaster !== undefined) return isCapitalizedAt(this.#tokens, i + n) || UNITS[this.#lower(i + n)] !== undefined ? null : this.#moveableFeast(i, i + n, fromEaster, tense);
    const rule = HOLIDAYS[name];
    if (rule === undefined) return null;
    const [month, day] = rule === "thanksgiving" ? [11, null] : rule;
    const chosen = this.#yearFor(month, day ?? 22, tense);
    if (chosen.year === null) return this.#make(i, i + n, "DATE", day === null ? "XXXX-11-XX" : `XXXX-${pad(month)}-${pad(day)}`, "unresolved");
    // The fourth Thursday of November: the first Thursday on or after the 1st, plus three weeks.
    const d = day ?? 1 + ((4 - weekday({ y: chosen.year, m: 11, d: 1 }) + 7) % 7) + 21;
    return this.#make(i, i + n, "DATE", formatDay({ y: chosen.year, m: month, d }), chosen.resolution, { y: chosen.year, m: month, d });
  }

  /**
   * A feast `offset` days from Easter Sunday (`Easter Sunday`, `Good Friday`), in the year the tense points to, judged by
   * its day in the reference year; unresolved without a reference.
   */
  #moveableFeast(from: number, to: number, offset: number, tense: Tense): Recognized {
    if (this.#reference === null) return this.#make(from, to, "DATE", "XXXX-XX-XX", "unresolved");
    const near = addDays(easterSunday(this.#reference.y), offset);
    const chosen = this.#yearFor(near.m, near.d, tense);
    const d = addDays(easterSunday(chosen.year ?? this.#reference.y), offset);
    return this.#make(from, to, "DATE", formatDay(d), chosen.resolution, d);
  }

  /** `the weekend`, `this weekend`: the one just past in a past sentence, the one ahead in a future one. */
  #weekendAt(i: number, tense: Tense): Recognized | null {
    const w = this.#lower(i);
    if ((w !== "the" && w !== "this") || this.#lower(i + 1) !== "weekend" || this.#reference === null) return null;
    const ref = this.#reference;
    const weekdayNow = weekday(ref);
    // Monday to Friday: a past weekend is last week's; on a Saturday or Sunday it is this one.
    const weeks = tense === "past" ? (weekdayNow <= 5 ? -1 : 0) : 0;
    return this.#make(i, i + 2, "DATE", `${formatWeek(addDays(ref, 7 * weeks))}-WE`, "reference");
  }

  /** `year-earlier`, `year-ago` alone (`year-earlier results`): the quarter named last, a year back, else last year. */
  #yearAgoAt(i: number): Recognized | null {
    if (!QUARTER_YEAR_AGO.has(this.#lower(i))) return null;
    // `the year-ago period`, `the year-earlier quarter` are read whole by quarterAt.
    if (this.#lower(i + 1) === "quarter") return null;
    const anchor = this.#quarterAnchor;
    if (anchor !== null) return this.#make(i, i + 1, "DATE", `${pad(anchor.y - 1, 4)}-Q${String(anchor.q)}`, "reference");
    if (this.#reference === null) return null;
    return this.#make(i, i + 1, "DATE", pad(this.#reference.y - 1, 4), "reference");
  }

  /** 5:41 P.M., 17:30, 9 a.m., noon; with a time zone and a day after them: `4 a.m. EDT Thursday`, `5 p.m. EST, Nov. 6`. */
  #clock(i: number, tense: Tense): Recognized | null {
    const time = this.#clockTime(i);
    if (time === null) return null;
    let end = time.to;
    if (TIME_ZONES.has(this.#tokens.textAt(end) ?? "")) end++;
    // `10:30 a.m. local time (0830 GMT) on Monday`: the day after an aside dates the time; the span stays the clock's.
    // (Inside the parenthesis, the day after it: `(0830 GMT) on Monday`.)
    let aside = this.#clockAsideEnd(end);
    if (aside === end && this.#lower(aside) === ")") aside++;
    const dayAt = this.#lower(aside) === "," || this.#lower(aside) === "on" ? aside + 1 : aside;
    const day = this.#weekdayAt(dayAt, tense) ?? this.#monthDate(dayAt, tense) ?? this.#dayMonth(dayAt, tense) ?? this.#deictic(dayAt, tense);
    const clock = `${pad(time.hour)}:${pad(time.minute)}`;
    if (day !== null && (day.day !== null || day.value.startsWith("XXXX"))) {
      return this.#make(i, aside === end ? day.to : end, "TIME", `${day.day === null ? day.value : formatDay(day.day)}T${clock}`, day.resolution, day.day);
    }
    // A bare time of day without a day after it: `noon`, `midnight` alone are too often figurative; not after a
    // preposition of time (`a working lunch at noon`, `landed shortly after noon`, `by midnight`).
    if (time.word && !CLOCK_PREPOSITIONS.has(this.#lower(i - 1))) return null;
    // Else the day its sentence names before it, or one its paragraph stated in full, or in the past tense the day of
    // the news (`agreed Friday …` in the lead, then `talks that began … at 9:30 a.m.`), or the reference day.
    // (Otherwise, in a preview, the day ahead the narrative reached: `will receive … Tusk … tomorrow, Wednesday`, then
    // `will hold talks in the Federal Chancellery at 10 a.m.`.)
    const ahead = tense === "future" && this.#anchor !== null && this.#reference !== null && daysBetween(this.#reference, this.#anchor) > 0 ? this.#anchor : null;
    const named = this.#sentenceDay ?? this.#paragraphDay ?? (tense === "past" ? this.#newsDay : ahead);
    const on = named ?? this.#reference;
    const date = on === null ? "XXXX-XX-XX" : formatDay(on);
    return this.#make(i, end, "TIME", `${date}T${clock}`, on === null ? "unresolved" : named !== null ? "narrative" : "reference", on);
  }

  /** Past `local time` and a short parenthesis after a clock time (`(0830 GMT)`), or `end` itself. */
  #clockAsideEnd(end: number): number {
    let k = end;
    if (this.#lower(k) === "local" && this.#lower(k + 1) === "time") k += 2;
    // (A city's time too: `3 p.m. Moscow time`, `9 a.m. New York time`.)
    else if (isCapitalizedAt(this.#tokens, k) && this.#lower(k + 1) === "time") k += 2;
    else if (isCapitalizedAt(this.#tokens, k) && isCapitalizedAt(this.#tokens, k + 1) && this.#lower(k + 2) === "time") k += 3;
    if (this.#lower(k) === "(") {
      for (let j = k + 1; j <= k + MAX_CLOCK_ASIDE; j++) if (this.#lower(j) === ")") return j + 1;
    }
    return k;
  }

  /** The hour and minute at token `i`: `5:41 P.M.`, `17:30`, `9 a.m.`, `noon`, `midnight`. */
  #clockTime(i: number): { hour: number; minute: number; to: number; word: boolean } | null {
    const h = this.#lower(i);
    if (h === "noon" || h === "midday" || h === "midnight") return { hour: h === "midnight" ? 24 : 12, minute: 0, to: i + 1, word: true };
    // `17:30`, `5:41 p.m.`, and as one word `10.05am`, `9pm`, `14.30 GMT`.
    const word = PATTERNS.clockWord.exec(h);
    // `0730 GMT`: a wire's time in four digits, only with its zone.
    // (One that could be a year only after a word that opens a time: `at 2014 GMT`, `(2014 GMT)`.)
    const military = word === null ? PATTERNS.militaryClock.exec(h) : null;
    const asYear = PATTERNS.year.test(h) && !CLOCK_OPENERS.has(this.#lower(i - 1));
    if (military?.[1] !== undefined && military[2] !== undefined && !asYear && TIME_ZONES.has(this.#tokens.textAt(i + 1) ?? "")) return { hour: Number(military[1]), minute: Number(military[2]), to: i + 1, word: false };
    // The minutes of `12:00pm` start no time of their own.
    if (word === null || (this.#lower(i - 1) === ":" && this.#adjacent(i))) return null;
    let hour = Number(word[1]);
    let minute = word[2] === undefined ? 0 : Number(word[2]);
    let meridiem = word[3];
    let end = i + 1;
    const minutes = word[2] === undefined && word[3] === undefined && this.#lower(end) === ":" ? PATTERNS.clockWord.exec(this.#lower(end + 1)) : null;
    if (minutes !== null && minutes[1]?.length === 2 && minutes[2] === undefined) {
      minute = Number(minutes[1]);
      meridiem = minutes[3];
      end += 2;
    }
    if (hour > 24 || minute > 59) return null;
    // `[00:01:10] RAJ MEHTA: …`: hours, minutes and seconds in brackets mark a place in a recording, no time of day.
    if (minutes !== null && this.#lower(end) === ":" && PATTERNS.twoDigits.test(this.#lower(end + 1)) && (this.#lower(i - 1) === "[" || this.#lower(i - 1) === "(")) return null;
    const ampm = meridiem ?? this.#lower(end);
    if (ampm === "p.m" || ampm === "pm" || ampm === "a.m" || ampm === "am") {
      if ((ampm === "p.m" || ampm === "pm") && hour < 12) hour += 12;
      if ((ampm === "a.m" || ampm === "am") && hour === 12) hour = 0;
      if (meridiem === undefined) {
        end++;
        if (this.#lower(end) === "." && this.#adjacent(end)) end++;
      }
    } else if (end === i + 1 && (word[2] === undefined || !TIME_ZONES.has(this.#tokens.textAt(end) ?? ""))) {
      // A bare number is no time of day, nor is a decimal (`10.05 percent`) without a time zone after it.
      return null;
    }
    return { hour, minute, to: end, word: false };
  }
}

/**
 * The year of quarter `q` named without one: in a past sentence the latest such
 * quarter not after the current one, in a future sentence the earliest not
 * before it, else the nearest.
 */
function quarterYear(q: number, current: { y: number; q: number }, tense: Tense): number {
  if (tense === "past") return q <= current.q ? current.y : current.y - 1;
  // Results expected for the quarter that has just ended are still this year's.
  if (tense === "future") return q >= current.q - 1 ? current.y : current.y + 1;
  const ahead = q - current.q;
  return ahead > 2 ? current.y - 1 : ahead < -2 ? current.y + 1 : current.y;
}

/** `P22Y`, `PXD`, `PT3H`. */
export function durationValue(n: number | null, unit: { letter: string; unit: string }): string {
  if (n !== null && !Number.isInteger(n)) return fractionalDuration(n, unit);
  const amount = n === null ? "X" : String(n);
  if (unit.unit === "H" || unit.unit === "MIN") return `PT${amount}${unit.letter}`;
  if (unit.unit === "Q") return n === null ? "PXQ" : `P${String((n) * 3)}M`;
  return `P${amount}${unit.letter}`;
}

/** The number an ordinal in digits or words gives (`18th`, `nineteenth`), or undefined. */
function ordinalOf(w: string): number | undefined {
  const ord = PATTERNS.ordinalDay.exec(w);
  return ord !== null ? Number(ord[1]) : ORDINAL_WORDS[w];
}

/** A duration with a half (`P2Y6M`, `PT1M30S`, `PT30M` for half an hour), the half in the next smaller unit where one divides evenly. */
function fractionalDuration(n: number, unit: { letter: string; unit: string }): string {
  const whole = Math.floor(n);
  const half = n - whole === 0.5;
  const part = (amount: number, letter: string): string => (amount > 0 ? `${String(amount)}${letter}` : "");
  if (half && unit.unit === "Y") return `P${part(whole, "Y")}6M`;
  if (half && unit.unit === "D") return `P${part(whole, "D")}T12H`;
  if (half && unit.unit === "H") return `PT${part(whole, "H")}30M`;
  if (half && unit.unit === "MIN") return `PT${part(whole, "M")}30S`;
  if (unit.unit === "DE" || unit.unit === "CE") return `P${String(n * (unit.unit === "DE" ? 10 : 100))}Y`;
  if (unit.unit === "Q") return `P${String(n * 3)}M`;
  return `P${String(n)}${unit.letter}`;
}

function unitValue(ref: Day, unit: string, offset: number, word: string): string {
  switch (unit) {
    case "Y":
      return pad(ref.y + offset, 4);
    case "M": {
      const d = addMonths(ref, offset);
      return `${pad(d.y, 4)}-${pad(d.m)}`;
    }
    case "W":
      return word === "weekend" ? `${formatWeek(addDays(ref, 7 * offset))}-WE` : formatWeek(addDays(ref, 7 * offset));
    case "D":
      return word === "weekend" ? `${formatWeek(addDays(ref, 7 * offset))}-WE` : formatDay(addDays(ref, offset));
    case "Q": {
      const q = Math.floor((ref.m - 1) / 3) + offset;
      const y = ref.y + Math.floor(q / 4);
      return `${pad(y, 4)}-Q${String((((q % 4) + 4) % 4) + 1)}`;
    }
    case "DE":
      return pad(Math.floor(ref.y / 10) + offset, 3);
    case "CE":
      return pad(Math.floor(ref.y / 100) + offset, 2);
    default:
      return formatDay(addDays(ref, offset));
  }
}

function shifted(base: Day, unit: string, n: number): string {
  switch (unit) {
    case "Y":
      return pad(base.y + n, 4);
    case "M": {
      const d = addMonths(base, n);
      return `${pad(d.y, 4)}-${pad(d.m)}`;
    }
    case "W":
      return formatWeek(addDays(base, 7 * n));
    case "D":
      return formatDay(addDays(base, n));
    case "DE":
      return pad(Math.floor(base.y / 10) + Math.trunc(n), 3);
    default:
      return formatDay(base);
  }
}

export type { TimeExpression };

/** The TIMEX3 value of a decade matched by `PATTERNS.decade` (`1990s` → `199`; `'90s` in the 1900s, `'20s` in the 2000s). */
function decadeValue(m: RegExpExecArray): string {
  const digit = Number(m[2]);
  return `${m[1] ?? (digit >= 3 ? "19" : "20")}${String(digit)}`;
}
