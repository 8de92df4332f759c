import { wordTable } from "./word-table.js";

/** Full month names, January first. */
export const MONTH_NAMES: readonly string[] = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
];

/** Month names and abbreviations, to month number. Data only. */
export const MONTHS: Readonly<Record<string, number>> = wordTable({
  ...Object.fromEntries(MONTH_NAMES.map((name, i) => [name, i + 1])),
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});

/** Full weekday names, Monday first. */
export const WEEKDAY_NAMES: readonly string[] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** Weekday names and abbreviations, ISO numbering (Monday 1). */
export const WEEKDAYS: Readonly<Record<string, number>> = wordTable({
  ...Object.fromEntries(WEEKDAY_NAMES.map((name, i) => [name, i + 1])),
  mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 7,
});

/** Number words. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = wordTable({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, a: 1, an: 1,
  single: 1, couple: 2, dozen: 12, half: 0.5,
});

/** Ordinal words, for `the first quarter` and `the twentieth century`. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = wordTable({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, "twenty-first": 21, last: -1,
});

/** Calendar units, to their TIMEX3 duration letter and granularity. */
export const UNITS: Readonly<Record<string, { readonly letter: string; readonly unit: "Y" | "Q" | "M" | "W" | "D" | "H" | "MIN" | "DE" | "CE" }>> = wordTable({
  year: { letter: "Y", unit: "Y" }, years: { letter: "Y", unit: "Y" }, month: { letter: "M", unit: "M" },
  months: { letter: "M", unit: "M" }, week: { letter: "W", unit: "W" }, weeks: { letter: "W", unit: "W" },
  day: { letter: "D", unit: "D" }, days: { letter: "D", unit: "D" }, hour: { letter: "H", unit: "H" },
  hours: { letter: "H", unit: "H" }, minute: { letter: "M", unit: "MIN" }, minutes: { letter: "M", unit: "MIN" },
  quarter: { letter: "Q", unit: "Q" }, quarters: { letter: "Q", unit: "Q" }, decade: { letter: "DE", unit: "DE" },
  decades: { letter: "DE", unit: "DE" }, century: { letter: "CE", unit: "CE" }, centuries: { letter: "CE", unit: "CE" },
  weekend: { letter: "WE", unit: "D" },
});

/** A unit's adjective of length written as one word (`a weeklong tour`, AP's spelling of `week-long`), to its unit. */
export const LONG_COMPOUNDS: ReadonlyMap<string, string> = new Map([
  ["hourlong", "hour"], ["daylong", "day"], ["weeklong", "week"], ["monthlong", "month"], ["yearlong", "year"],
]);

/** Time zones written after a clock time (`5 p.m. EST`, `9:48 pm IDT`), as news outlets around the world abbreviate them. */
export const TIME_ZONES: ReadonlySet<string> = new Set([
  "GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "AST", "ADT", "NST", "NDT",
  "BST", "WET", "WEST", "CET", "CEST", "EET", "EEST", "MSK", "TRT", "IDT", "IRST", "GST", "PKT", "IST", "NPT", "BDT", "ICT",
  "WIB", "WITA", "WIT", "SGT", "MYT", "PHT", "HKT", "JST", "KST", "AWST", "ACST", "ACDT", "AEST", "AEDT", "NZST", "NZDT",
  "WAT", "CAT", "EAT", "SAST", "BRT", "ART", "CLT", "COT", "PET",
]);

/** Seasons, to their TIMEX3 code. */
export const SEASONS: Readonly<Record<string, string>> = wordTable({
  spring: "SP", summer: "SU", autumn: "FA", fall: "FA", winter: "WI",
});

/** Parts of the day, to their TIMEX3 code. */
export const DAY_PARTS: Readonly<Record<string, string>> = wordTable({
  morning: "MO", afternoon: "AF", evening: "EV", night: "NI", midday: "12:00", noon: "12:00", midnight: "24:00",
  tonight: "NI",
});

/** Vague references and their TIMEX3 values. Longest phrase first when matching. */
export const VAGUE_REFERENCES: Readonly<Record<string, string>> = wordTable({
  now: "PRESENT_REF", today: "", currently: "PRESENT_REF", "at present": "PRESENT_REF", nowadays: "PRESENT_REF",
  "these days": "PRESENT_REF", "the present": "PRESENT_REF", "right now": "PRESENT_REF", "at the moment": "PRESENT_REF",
  lately: "PAST_REF", recently: "PAST_REF", "the past": "PAST_REF", "the other day": "PAST_REF",
  "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
  "the very near future": "FUTURE_REF", "the short term": "FUTURE_REF", "the medium term": "FUTURE_REF",
  "the long term": "FUTURE_REF", "the near term": "FUTURE_REF", "a later date": "FUTURE_REF", "the coming years": "FUTURE_REF", "the years ahead": "FUTURE_REF",
  "the foreseeable future": "FUTURE_REF", "the distant future": "FUTURE_REF",
});

/** Nouns of an age after `today's`, which then names no day (`today's world`, `today's youth`; TimeBank marks none). */
export const PRESENT_AGE_NOUNS: ReadonlySet<string> = new Set([
  "world", "era", "age", "times", "youth", "generation", "generations", "society", "societies", "economy", "realities", "reality", "environment", "climate", "context",
]);

/** Words that put their clause in the future. */
export const FUTURE_MARKERS: ReadonlySet<string> = new Set([
  "will", "shall", "going", "plan", "plans", "planned", "scheduled", "upcoming", "expected", "expects", "intends",
  "next", "would", "aims", "hopes", "due", "planning", "invitation",
]);

/**
 * Modals that look ahead to a time after them (`said a decision could be taken by December`), but not to one
 * before them (`said on Tuesday the nominee could pose a threat`), nor when negated or perfect (`could not stop`).
 */
export const FORWARD_MODALS: ReadonlySet<string> = new Set(["could", "might", "should", "can", "must"]);
/** `ahead of the COP30 conference in Belem in November`: what comes after it lies ahead of the clause's time. */
export const AHEAD_WORD = "ahead";
/** Words of getting ready before `for`: what they are for lies ahead (`in preparing for the G7 Summit in Apulia in June`). */
export const PREPARING_WORDS: ReadonlySet<string> = new Set(["prepare", "prepares", "preparing", "preparation", "preparations"]);
/** Words after a modal that keep it from looking ahead. */
export const MODAL_BLOCKERS: ReadonlySet<string> = new Set(["not", "n't", "have", "never"]);

/**
 * Words that make a future of the infinitive after them (`set to resume`, `is to meet`, `likely to dominate`); a
 * past `be` too, whose plan was still ahead when the report was written (`was to arrive at Andrews early Monday`).
 */
export const FUTURE_BEFORE_TO: ReadonlySet<string> = new Set(["set", "slated", "poised", "supposed", "likely", "unlikely", "is", "are", "am", "was", "were"]);
/** Participles of a plan before `for` and its time (`The meeting, set for Monday, …`, `slated for next week`). */
export const FUTURE_BEFORE_FOR: ReadonlySet<string> = new Set(["set", "slated"]);

/**
 * Verbs that put something off (`put off a decision … until December`, `postponed the vote until March`): the time
 * after their `until` lies ahead of the putting off, whatever its tense. `put` and `pushed` count before `off` or
 * `back` only.
 */
export const DEFERRING_VERBS: ReadonlySet<string> = new Set([
  "postpone", "postpones", "postponed", "postponing", "delay", "delays", "delayed", "delaying", "defer", "defers", "deferred",
  "deferring", "extend", "extends", "extended", "extending", "adjourned", "suspended", "shelved", "off", "back",
]);

/** Present-tense verbs of schedules: a news report uses them for what is yet to come (`the summit opens Monday`, `a visit that runs until Saturday`). */
export const SCHEDULE_VERBS: ReadonlySet<string> = new Set([
  "begins", "starts", "opens", "ends", "closes", "runs", "resumes", "continues", "arrives", "departs", "leaves", "travels",
  "convenes", "reconvenes", "expires", "concludes", "finishes", "wraps", "adjourns", "meets", "kicks",
  "flies", "heads", "returns",
]);

/**
 * Verbs of intent or commitment before `to` (`agreed to meet again in December`, `promised to visit in September`):
 * what they commit to lies ahead of the report, whatever their own tense.
 */
export const COMMITTING_VERBS: ReadonlySet<string> = new Set([
  "agreed", "agree", "agrees", "decided", "decide", "decides", "pledged", "pledges", "promised", "promises", "vowed",
  "vows", "intend", "intends", "intended", "resolved", "undertook", "offered", "proposed", "proposes",
  "want", "wants", "wanted", "sought", "seeks",
]);
/** Verbs that ask someone to act (`invited Putin to visit Minsk in the autumn`, `urged Moscow to withdraw by March`). */
export const ASKING_VERBS: ReadonlySet<string> = new Set(["invited", "invites", "urged", "urges", "asked", "asks", "encouraged", "encourages"]);

/**
 * Future markers that are as often nouns (`the plan`, `hopes for peace`): they count only before `to` (`plans to visit`,
 * `accepted Xi's invitation to visit China in the autumn`).
 */
export const FUTURE_BEFORE_TO_ONLY: ReadonlySet<string> = new Set(["plan", "plans", "hopes", "aims", "invitation"]);

/** Adjectives of time coordinated with `past` or `future` (`the past, current and incoming chairs`). */
export const TIME_ADJECTIVES: ReadonlySet<string> = new Set(["present", "current", "future", "past", "incoming", "outgoing", "former", "new", "serving"]);

/** Forms of `be` that carry no tense of their own: a participle after them takes its time from the auxiliary before (`will be named`). */
export const UNTENSED_BE: ReadonlySet<string> = new Set(["be", "being"]);
/** Present forms of `be`: a participle after them is a passive in the present (`when the case is heard in May`). */
export const PRESENT_BE: ReadonlySet<string> = new Set(["is", "are", "am"]);
/**
 * Finite verbs in the present that give a clause a tense of its own (`The deadline is mid-September`); a verb of
 * wanting looks ahead from now (`"Ankara wants the oil to flow again before the winter," he said`).
 */
export const PRESENT_FINITE: ReadonlySet<string> = new Set([...PRESENT_BE, "remains", "remain", "wants", "needs", "hopes", "seeks", "wishes"]);
/** Words after `has` or `have` that make it a verb of holding, in the present, not a perfect's auxiliary (`has until September`). */
export const HOLDING_OBJECTS: ReadonlySet<string> = new Set(["until", "till", "a", "an", "no", "the"]);

/**
 * Participles in -ed that stand after a noun as adjectives, hardly ever as a sentence's verb (`officials involved in the
 * mission`, `a firm based in Paris`): they date nothing.
 */
export const ADJECTIVAL_PARTICIPLES: ReadonlySet<string> = new Set(["involved", "based", "concerned", "related", "located", "affiliated", "associated", "interested"]);

/** Auxiliaries that move a plan into the past (`had expected`, `had been scheduled`); `was scheduled to arrive Tuesday` still looks ahead. */
export const PAST_AUXILIARIES: ReadonlySet<string> = new Set(["had", "been", "did"]);

/** The modal verbs (`will`, `could`, `may`), before a bare verb or a passive's `be` (`will be represented by`). */
export const MODALS: ReadonlySet<string> = new Set([...FORWARD_MODALS, "will", "would", "shall", "may"]);

/** Words after which a verb is bare, whatever its form (`could hit`, `to set`, `did not put`): no past of its own. */
export const BEFORE_BARE_VERB: ReadonlySet<string> = new Set([...MODALS, "to", "not", "n't", "do", "does", "did"]);

/** Words other than verbs that put their clause in the past (`since February`: what it starts lies behind). */
export const PAST_ADVERBS: ReadonlySet<string> = new Set(["ago", "last", "earlier", "previously", "formerly", "yesterday", "since"]);

/** Past forms that do not end in -ed, and other words that put their clause in the past. */
export const PAST_MARKERS: ReadonlySet<string> = new Set([
  "was", "were", "had", "did", "met", "held", "took", "went", "came", "became", "told", "said", "began",
  "spoke", "fell", "rose", "won", "lost", "sold", "bought", "paid", "left", "made", "gave", "got", "saw", "found", "led",
  "ran", "set", "put", "cut", "hit", "kept", "brought", "thought", "felt", "heard", "meant", "sent", "spent", "stood",
  "wrote", "broke", "chose", "drove", "flew", "grew", "knew", "rang", "sank", "shot", "struck", "swore", "threw", "wore",
  // -eed past forms; other -eed words (`need`, `proceed`, `indeed`) are not past.
  "agreed", "disagreed", "freed", "guaranteed", "decreed",
  ...PAST_ADVERBS,
]);

/**
 * Holidays with a fixed day (`[month, day]`), and `thanksgiving` for the
 * fourth Thursday of November. Lower case, as the tokenizer splits them.
 */
export const HOLIDAYS: Readonly<Record<string, readonly [number, number] | "thanksgiving">> = wordTable({
  "new year's day": [1, 1], "new year's eve": [12, 31], "christmas": [12, 25], "christmas day": [12, 25],
  "christmas eve": [12, 24], "boxing day": [12, 26], "independence day": [7, 4], "valentine's day": [2, 14],
  "halloween": [10, 31], "victory day": [5, 9], "bastille day": [7, 14], "may day": [5, 1], "labour day": [5, 1],
  "international women's day": [3, 8], "unity day": [11, 4], "russia day": [6, 12], "veterans day": [11, 11],
  "armistice day": [11, 11], "thanksgiving": "thanksgiving", "thanksgiving day": "thanksgiving",
});

/** Moveable feasts, by their distance in days from Easter Sunday (`Good Friday` two days before). Lower case. */
export const EASTER_HOLIDAYS: Readonly<Record<string, number>> = wordTable({
  "easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1, "good friday": -2, "holy saturday": -1,
  "palm sunday": -7, "pentecost": 49, "whit monday": 50,
});

/** Verbs of a headline's plan after its subject and `to` (`Trump to host Netanyahu`, `Xi to visit Moscow`). */
export const HEADLINE_PLAN_VERBS: ReadonlySet<string> = new Set([
  "host", "meet", "visit", "travel", "attend", "hold", "sign", "discuss", "skip", "welcome", "receive", "address", "join",
  "tour", "fly", "head", "launch", "unveil", "announce", "seek",
]);

/** Irregular participles of the news's present perfect (`has met`, `have held`, `has won`). */
export const PERFECT_PARTICIPLES: ReadonlySet<string> = new Set(["met", "held", "made", "said", "told", "won", "given", "taken", "signed", "struck", "sought", "spoken", "come", "gone", "left", "led", "set", "agreed"]);

/** Past reporting verbs: they date the report, not what it reports. */
export const REPORTING_PAST: ReadonlySet<string> = new Set([
  "said", "told", "added", "noted", "stated", "explained", "announced", "reported", "wrote", "argued", "insisted",
  "stressed", "warned", "claimed", "confirmed", "declared", "emphasized", "emphasised", "suggested", "predicted",
]);

/**
 * Words that open a publication line (`Published on 24/10/2025 - 21:15`, `Issued on: …`, `Last updated: …`), or
 * stand in one above the report: its date and time are when the report went out, not when the meeting took place.
 */
export const PUBLICATION_WORDS: ReadonlySet<string> = new Set(["published", "updated", "posted", "modified", "created", "issued"]);

/** Those of them that open a line giving the day a report first went out (`Published 1 March 2025`), not a later edit's. */
export const FIRST_PUBLICATION_WORDS: ReadonlySet<string> = new Set(["published", "posted", "issued"]);

/** What a footer calls the page it closes (`This report by The Canadian Press was first published June 23, 2025`). */
export const PAGE_NOUNS: ReadonlySet<string> = new Set(["report", "article", "story", "piece", "version", "column"]);

/** Words of size after a number (`4.8 billion`). */
export const MAGNITUDES: ReadonlySet<string> = new Set(["thousand", "million", "billion", "trillion", "bn", "m"]);

/** Units of an amount counted per unit of time (`4.8 billion pounds a year`, `100,000 barrels a day`). */
export const RATE_AMOUNT_UNITS: ReadonlySet<string> = new Set(["pounds", "dollars", "euros", "yuan", "rubles", "roubles", "yen", "rupees", "tonnes", "tons", "barrels", "people", "visitors", "jobs"]);

/** Verbs that put off with a particle (`put off`, `pushed back`, `held off`). */
export const PARTICLE_DEFERRERS: ReadonlySet<string> = new Set(["put", "puts", "putting", "push", "pushed", "pushes", "pushing", "held", "hold", "holds"]);

/** Words between the two ends of a range of days (`from Monday to Wednesday`, `Monday through Friday`). */
export const RANGE_ENDS: ReadonlySet<string> = new Set(["to", "until", "till", "through", "-"]);
