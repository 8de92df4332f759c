import { FIRST_PUBLICATION_WORDS, MONTHS, PARTICLE_DEFERRERS, PUBLICATION_WORDS, TIME_ZONES, UNITS, VAGUE_REFERENCES, WEEKDAYS } from "../../lexicon/time-words.js";
import { ADVERBS_BEFORE_VERB, ARTICLES, DETERMINERS, MAIN_CLAUSE_VERBS, PERFECT_AUXILIARIES, PREPOSITIONS, RELATIVE_PRONOUNS } from "../../lexicon/function-words.js";
import { HEARERS } from "../../lexicon/reporting-cues.js";
import { DOUBLE_QUOTE_MARKS } from "../../lexicon/quote-marks.js";
import { indexPhrases } from "../../lexicon/compile.js";
import type { PhraseIndex } from "../../lexicon/compile.js";
import type { Message, TimeExpression } from "../../model/index.js";
import type { Stage } from "../../pipeline/context.js";
import { firstStartingAtOrAfter } from "../../text/lookup.js";
import { matchPhrase } from "../../text/phrases.js";
import { PATTERNS } from "../../text/patterns.js";
import { isPossessiveAt, presentThirdPersonAt, opensOnPresent, presentVerbAfter, tokenIndexAt, type TokenList } from "../../text/tokens.js";
import { VISIT_NOUNS } from "../../lexicon/meetings.js";
import { daysBetween, formatDay, parseDay, type Day } from "./calendar.js";
import { readHeader } from "../../text/dateline.js";
import type { Block } from "../../model/index.js";
import type { Lexicon } from "../../lexicon/compile.js";
import { ADJECTIVAL_PARTICIPLES, AHEAD_WORD, ASKING_VERBS, BEFORE_BARE_VERB, COMMITTING_VERBS, DEFERRING_VERBS, MONTH_NAMES, WEEKDAY_NAMES, FORWARD_MODALS, FUTURE_BEFORE_FOR, FUTURE_BEFORE_TO, FUTURE_BEFORE_TO_ONLY, FUTURE_MARKERS, HEADLINE_PLAN_VERBS, MODAL_BLOCKERS, PAST_AUXILIARIES, PAST_ADVERBS, PAST_MARKERS, PREPARING_WORDS, PRESENT_BE, PRESENT_FINITE, HOLDING_OBJECTS, REPORTING_PAST, SCHEDULE_VERBS, UNTENSED_BE } from "../../lexicon/time-words.js";
import { TimeRecognizer, type Tense } from "./recognize.js";


let vagueIndex: PhraseIndex | null = null;

/**
 * Finds temporal expressions (TIMEX3) and normalises them against the
 * reference date, the tense of their sentence and the dates the narrative
 * has named so far.
 */
export const time: Stage = (ctx, state) => {
  vagueIndex ??= indexPhrases(Object.keys(VAGUE_REFERENCES));
  const { tokens, sentences, blocks } = state;
  const given = ctx.referenceDate === null ? null : parseDay(ctx.referenceDate);
  // A wire dateline's day (`BANGKOK, Nov 16 (Reuters) -`) is the day the story was filed: its weekdays and
  // `yesterday` count from there, whatever day the report is read or stored under.
  const reference = datelineDay(tokens, blocks, ctx.lexicon, given) ?? given;
  const recognizer = new TimeRecognizer(tokens, reference, vagueIndex);
  const timexes: TimeExpression[] = [];
  // The report's lead: its first paragraph of running text.
  const leadBlock = blocks.find((b) => b.kind === "paragraph")?.index ?? -1;
  for (const sentence of sentences) {
    const kind = blocks[sentence.block]?.kind;
    if (kind === "credit" || kind === "separator") continue;
    const begin = tokenIndexAt(tokens, sentence.start);
    const end = tokenIndexAt(tokens, sentence.end);
    // Most sentences hold no time expression: read their tense markers only when one may start.
    let markers: TenseMarkers | null = null;
    let prose: boolean | null = null;
    // (A line of publication above the lead, `Published : April 28, 2018 - 17:25`, dates the page, not the news; so
    // does a byline's, `BY ASTHA RAJVANSHI FEBRUARY 14, 2025 2:10 AM EST`.)
    const first = tokens.lowerAt(begin) ?? "";
    // (Nor does a line of a date alone above the lead, `February 18, 2025` over `… held talks in Ankara yesterday`.)
    recognizer.startSentence(sentence.block, sentence.block <= leadBlock && !PUBLICATION_WORDS.has(first) && !(first === "by" && sentence.block < leadBlock) && !(sentence.block < leadBlock && dateAlone(tokens, begin, end)));
    // Inside double quotation marks in this sentence: a day named in someone's words (`"Today we have a first concrete
    // step"`) does not move the narrative on (`Later in the day` is the day the report was at). Read from the marks
    // themselves, so that the time stage needs no quotes stage.
    let quoted = false;
    for (let i = begin; i < end; i++) {
      const mark = tokens.textAt(i) ?? "";
      if (DOUBLE_QUOTE_MARKS.has(mark)) quoted = mark === "“" || mark === "«" || mark === "„" ? true : mark === '"' ? !quoted : false;
      // (An outlet's name is read past whole: `the Daily Mail`, `Mexico News Daily`.)
      const outlet = tokens.capitalizedAt(i) === true ? matchPhrase(tokens, i, ctx.lexicon.organizationPhrases) : 0;
      if (outlet > 1) {
        i += outlet - 1;
        continue;
      }
      if (!recognizer.mayStartAt(i)) continue;
      // (`told L'Orient Today`, `BBC Radio 4's Today programme`: a capitalised `Today` after a word of running prose
      // is a name; in a title-case headline, `Leaders Meet Today`, it is the day.)
      // (So is one after a name that opens its line with nothing after it but a mark, or before a verb of saying: an
      // outlet's, `Türkiye Today` over its date line, `Georgia Today said`.)
      if (tokens.textAt(i) === "Today" && tokens.kindAt(i - 1) === "word" && i > begin) {
        prose ??= isProse(tokens, begin, end);
        const alone = tokens.capitalizedAt(i - 1) === true && (i - 1 === begin || tokens.newLineAt(i - 1)) && (tokens.kindAt(i + 1) !== "word" || tokens.newLineAt(i + 1));
        if (prose || alone || ctx.lexicon.cueWords.has(tokens.lowerAt(i + 1) ?? "")) continue;
      }
      markers ??= tenseMarkers(tokens, begin, end);
      const found = recognizer.at(i, tenseAt(markers, i), quoted);
      if (found === null || found.to > end) continue;
      const start = tokens.startAt(found.from) ?? 0;
      const stop = tokens.endAt(found.to - 1) ?? 0;
      timexes.push({
        id: `t${String(timexes.length + 1)}`,
        start,
        end: stop,
        text: ctx.text.slice(start, stop),
        type: found.type,
        value: found.value,
        mod: found.mod,
        resolution: found.resolution,
      });
      i = found.to - 1;
    }
  }
  const messages: Message[] = [...state.messages];
  if (reference === null && timexes.some((t) => t.resolution === "unresolved")) {
    messages.push({
      severity: "info",
      reason: "No reference date was given, so relative and year-less dates are left underspecified (XXXX).",
      ruleId: "time/no-reference-date",
      span: null,
    });
  }
  return { ...state, timexes, referenceDay: reference === null ? null : formatDay(reference), messages };
};

/** Lowercase words of five letters or more that tell a sentence of prose from a title-case headline (`Meet Today in`). */
const PROSE_WORDS = 1;

/** True when the sentence over tokens `begin`..`end` reads as prose, not as a title-case headline. */
function isProse(tokens: TokenList, begin: number, end: number): boolean {
  let lower = 0;
  for (let k = begin; k < end && lower < PROSE_WORDS; k++) if (tokens.kindAt(k) === "word" && tokens.capitalizedAt(k) !== true && (tokens.textAt(k)?.length ?? 0) >= 5) lower++;
  return lower >= PROSE_WORDS;
}

/** Longest gap between the reference day and a dateline's or publication line's day that still reads it as this report's, in days. */
const MAX_DATELINE_GAP = 366;

/** True when the tokens `[begin, end)` write a date and a time of day and nothing else (`February 18, 2025`, `2025-03-28 | 20:14`). */
function dateAlone(tokens: TokenList, begin: number, end: number): boolean {
  for (let k = begin; k < end; k++) {
    const w = tokens.lowerAt(k) ?? "";
    if (tokens.kindAt(k) !== "word") continue;
    if (!PATTERNS.startsWithDigit.test(w) && MONTHS[w] === undefined && WEEKDAYS[w] === undefined && !TIME_ZONES.has(tokens.textAt(k) ?? "") && w !== "am" && w !== "pm") return false;
  }
  return true;
}

/**
 * The full day the report was filed, resolved against the given reference: its wire dateline's, else that of a line of
 * publication above the lead (`Published 1 March 2025` over a readout whose `today` is that day); or null.
 */
function datelineDay(tokens: TokenList, blocks: readonly Block[], lexicon: Lexicon, given: Day | null): Day | null {
  if (given === null) return null;
  const { wire } = readHeader(blocks, tokens, lexicon.cities);
  const line = wire ?? publicationLine(tokens, blocks);
  if (line === null) return null;
  vagueIndex ??= indexPhrases(Object.keys(VAGUE_REFERENCES));
  const recognizer = new TimeRecognizer(tokens, given, vagueIndex);
  recognizer.startSentence();
  for (let i = tokenIndexAt(tokens, line.start); i < tokens.length && (tokens.endAt(i) ?? Infinity) <= line.end; i++) {
    if (!recognizer.mayStartAt(i)) continue;
    // A story is filed before it is read: its dateline lies in the past of the reference.
    const found = recognizer.at(i, "past");
    if (found === null) continue;
    if (found.type !== "DATE" || found.day === null) return null;
    const gap = Math.abs(daysBetween(given, found.day));
    return gap > 0 && gap <= MAX_DATELINE_GAP ? found.day : null;
  }
  return null;
}

/** The line above the lead that opens with a word of first publication (`Published 1 March 2025`), or null. */
function publicationLine(tokens: TokenList, blocks: readonly Block[]): { start: number; end: number } | null {
  const lead = blocks.find((b) => b.kind === "paragraph" || b.kind === "turn");
  const end = lead === undefined ? tokens.length : tokenIndexAt(tokens, lead.start);
  for (let i = 0; i < end; i++) {
    if ((i > 0 && tokens.newLineAt(i) !== true) || !FIRST_PUBLICATION_WORDS.has(tokens.lowerAt(i) ?? "")) continue;
    let k = i + 1;
    while (k < end && tokens.newLineAt(k) !== true) k++;
    return { start: tokens.startAt(i) ?? 0, end: tokens.endAt(k - 1) ?? 0 };
  }
  return null;
}

/** Months and weekdays, lower case: after `by` they set a deadline. */
const DEADLINE_WORDS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);

/** True when `by` at `k - 1` sets a deadline (`by December 31`, `by Friday`, `by the end of the year`), not an agent. */
function opensDeadline(tokens: TokenList, k: number): boolean {
  const w = tokens.lowerAt(k) ?? "";
  if (DEADLINE_WORDS.has(w) || w === "mid" || w === "early" || w === "late") return true;
  const next = tokens.lowerAt(k + 1) ?? "";
  return w === "the" && (next === "end" || next === "middle" || next === "close" || next === "start");
}

/** A word of the sentence that marks its verb's time. */
interface TenseMarker {
  /** Token index of the marker. */
  start: number;
  tense: Exclude<Tense, "present">;
  /** A reporting verb (`said`): it dates the report, so it counts only for a time right beside it (`said on Friday`). */
  weak: boolean;
  /**
   * How far the marker reaches, in tokens, when not to the sentence's end: a weak one only a little (further past a
   * hearer: `told reporters on Monday`), an adjective to the end of its phrase.
   */
  reach?: number;
  /** A modal: it dates only a time after it. */
  forwardOnly?: boolean;
  /** What a verb commits to (`agreed to meet in December`): it dates only a time in its own clause. */
  ownClause?: boolean;
  /** How many clause breaks of the sentence come before the marker. */
  clause: number;
  /**
   * Where the reported words that hold the marker begin (the reporting verb, or its `that`): it does not date a time
   * before them (`Speaking on Friday, Pezeshkian stated that the treaty would …`: the saying is past, whatever the
   * treaty will do).
   */
  reportedFrom?: number;
}

/** A sentence's tense markers in order, and the token indices of its clause breaks (commas, semicolons, dashes, brackets). */
export interface TenseMarkers {
  readonly markers: readonly TenseMarker[];
  readonly breaks: readonly number[];
  /**
   * Clauses (by count of breaks before them) inside a relative clause set off by a comma (`, which runs until
   * Thursday,`), each to the first clause of its relative clause.
   */
  readonly relatives: ReadonlyMap<number, number>;
  /** Clauses (by count of breaks before them) with a finite verb in the present: a reporting verb elsewhere does not date them. */
  readonly presentClauses: ReadonlySet<number>;
  /** Clauses (by count of breaks before them) right after an aside set off by dashes or brackets, to the clause before it. */
  readonly resumed: ReadonlyMap<number, number>;
  /** True when the sentence opens on a named subject and its verb in the present (`Chile holds …`). */
  readonly opensInPresent: boolean;
}


/** Marks that open an aside, to the mark that closes it. */
const ASIDE_CLOSES: Readonly<Record<string, string>> = { "-": "-", "(": ")" };

/**
 * Tokens that end a clause or set one off: a verb beyond one does not date a time before it when a verb on its side
 * does. (The view has folded every dash to `-`: `four member states — Barbados, …` reads `- Barbados`.)
 */
const CLAUSE_BREAKS = new Set([",", ";", "-", "(", ")"]);

/** Furthest a reporting verb may stand from a time expression and still give it its tense, in tokens. */
const WEAK_REACH = 2;
/** Most hearer words a reporting verb reaches past (`told reporters`, `told the media`). */
const MAX_HEARER_WORDS = 2;
/** Most weak markers passed over on each side when looking for the verb that dates an expression. */
const MAX_SKIPPED = 16;

/** Words that may stand between a coordinator and the verb of the phrase it opens (`and then will`, `and is expected to`). */
const AFTER_COORDINATOR: ReadonlySet<string> = new Set(["then", "also", "later", "is", "are", "was", "were"]);
/** Most tokens read back from a verb to its coordinator. */
const COORDINATOR_REACH = 3;

/**
 * True when token `i` opens a verb phrase joined by `and` or `but` to the one before it (`arrived on Sunday and will
 * return on Thursday`): it dates only what follows it.
 */
function coordinatedAt(tokens: TokenList, i: number, begin: number): boolean {
  for (let k = i - 1; k >= Math.max(begin, i - COORDINATOR_REACH); k--) {
    const w = tokens.lowerAt(k) ?? "";
    if (w === "and" || w === "but") return true;
    if (!AFTER_COORDINATOR.has(w)) return false;
  }
  return false;
}

/** The past and future markers of a sentence, in order. */
export function tenseMarkers(tokens: TokenList, begin: number, end: number): TenseMarkers {
  const markers: TenseMarker[] = [];
  const breaks: number[] = [];
  const relatives = new Map<number, number>();
  const presentClauses = new Set<number>();
  // A relative clause runs on over commas inside it (`who stepped down as chairman, president and chief executive in
  // March`) up to a comma before a finite verb of the main clause.
  let relative = -1;
  // A clause an aside set off by dashes or brackets interrupts goes on after it (`agreed to move ahead with free movement
  // among four states — Barbados, Belize, … — from October 1`): the clause after the aside is the one before it.
  const resumed = new Map<number, number>();
  let asideFrom: { mark: string; clause: number } | null = null;
  // The clause of a commitment told in the past to do something other than meet (`agreed to keep …`), or -1.
  let pastCommitment = -1;
  for (let i = begin; i < end; i++) {
    const w = tokens.lowerAt(i) ?? "";
    const clause = resumed.get(breaks.length) ?? breaks.length;
    if (PRESENT_FINITE.has(w) || ((w === "has" || w === "have") && HOLDING_OBJECTS.has(tokens.lowerAt(i + 1) ?? "")) || relativeInPresent(tokens, i)) presentClauses.add(clause);
    if (tokens.kindAt(i) === "punct" && CLAUSE_BREAKS.has(w)) {
      breaks.push(i);
      if (asideFrom !== null && w === asideFrom.mark) {
        resumed.set(breaks.length, asideFrom.clause);
        asideFrom = null;
      } else if (asideFrom === null && ASIDE_CLOSES[w] !== undefined) asideFrom = { mark: ASIDE_CLOSES[w], clause };
      const next = tokens.lowerAt(i + 1) ?? "";
      if (w === "," && RELATIVE_PRONOUNS.has(next)) relative = breaks.length;
      // An auxiliary after a comma resumes the main clause a relative clause interrupted (`, is attended by`).
      // (So does a verb in the past: `Biden, who is leaving office in January, welcomed Modi`; not a reporting verb,
      // whose reported clause keeps its tenses apart from the subject's: `Macron, who …, said he would not sign`.)
      else if (w !== "," || MAIN_CLAUSE_VERBS.has(next) || (relative >= 0 && !REPORTING_PAST.has(next) && pastVerbAt(tokens, i + 1, begin))) relative = -1;
      if (relative >= 0) relatives.set(breaks.length, relative);
    } else if ((FUTURE_BEFORE_TO.has(w) && tokens.lowerAt(i + 1) === "to" && opensInfinitive(tokens, i + 2)) || (FUTURE_BEFORE_FOR.has(w) && tokens.lowerAt(i + 1) === "for")) {
      markers.push(coordinatedAt(tokens, i, begin) ? { start: i, tense: "future", weak: false, forwardOnly: true, clause } : { start: i, tense: "future", weak: false, clause });
    } else if (SCHEDULE_VERBS.has(w) && !pluralNounAt(tokens, i) && (!OUTCOME_WORDS.has(tokens.lowerAt(i + 1) ?? "") || timeAfterIn(tokens, i + 1))) {
      // (Not an outcome told in a headline's present: `Friday's summit in Alaska ends without ceasefire deal`, `ends in
      // deadlock`; but `the trade program … expires in September`.)
      markers.push({ start: i, tense: "future", weak: false, clause });
    } else if ((COMMITTING_VERBS.has(w) && tokens.lowerAt(i + 1) === "to") || (ASKING_VERBS.has(w) && askedToAt(tokens, i + 1, end) > 0)) {
      // `agreed to meet again in December`: the verb's own time lies behind a time before it, what it commits to
      // ahead of one after it.
      const past = PAST_MARKERS.has(w) || w.endsWith("ed");
      if (past) markers.push({ start: i, tense: "past", weak: false, clause });
      markers.push({ start: i, tense: "future", weak: false, forwardOnly: true, ownClause: true, clause });
      pastCommitment = past && !PLANNED_MEETING_VERBS.has(tokens.lowerAt(i + 2) ?? "") ? clause : -1;
    } else if (w === "during" && pastCommitment === clause) {
      // `agreed to keep channels open during a meeting … on Wednesday`: the occasion of the agreeing, in its past; not
      // what was agreed to plan, `agreed to meet during the G20 in November`.
      markers.push({ start: i, tense: "past", weak: false, forwardOnly: true, clause });
    } else if ((FUTURE_MARKERS.has(w) && (!FUTURE_BEFORE_TO_ONLY.has(w) || tokens.lowerAt(i + 1) === "to") && !opensPrepositionalTo(tokens, i)) || contractsWill(w)) {
      // `had expected`, `was scheduled`: a plan that lies in the past.
      const planInPast = PAST_AUXILIARIES.has(tokens.lowerAt(i - 1) ?? "") && w !== "will" && w !== "shall";
      // (In a relative clause right after a noun, it dates only what comes after it: `agreed a trade deal in Scotland
      // on Sunday that will impose a 15 per cent tariff`.)
      const relative = tokens.lowerAt(i - 1) === "that" || tokens.lowerAt(i - 1) === "which";
      // (An adjective before its noun, `Putin's upcoming visit to China`, dates only its phrase: not a time after another
      // meeting's noun, `at talks in Beijing on Tuesday`.)
      const attributive = ATTRIBUTIVE_FUTURE.has(w) && (DETERMINERS.has(tokens.lowerAt(i - 1) ?? "") || isPossessiveAt(tokens, i - 1));
      // (Nor does a noun after its determiner date a time before it: `failed to agree on Thursday on a plan to use …`.)
      const nominal = DETERMINERS.has(tokens.lowerAt(i - 1) ?? "") || isPossessiveAt(tokens, i - 1);
      // (Nor does a bare `next` before a noun that is no time, which dates that noun alone: `discussed "next steps" after
      // Mr Zelensky's clash with Donald Trump in the Oval Office on Friday`.)
      const after = tokens.lowerAt(i + 1) ?? "";
      const bareNext = w === "next" && !nominal && tokens.kindAt(i + 1) === "word" && UNITS[after] === undefined && WEEKDAYS[after] === undefined && MONTHS[after] === undefined;
      if (bareNext) markers.push({ start: i, tense: "future", weak: false, forwardOnly: true, reach: NEXT_NOUN_REACH, clause });
      else if (attributive) markers.push({ start: i, tense: "future", weak: false, forwardOnly: true, reach: phraseReach(tokens, i, end), clause });
      // (Nor does a verb phrase joined to the one before it: `arrived in Beijing on Sunday and will return on Thursday`.)
      else markers.push(relative || nominal || coordinatedAt(tokens, i, begin) ? { start: i, tense: "future", weak: false, forwardOnly: true, clause } : { start: i, tense: planInPast ? "past" : "future", weak: false, clause });
    } else if ((FORWARD_MODALS.has(w) && !MODAL_BLOCKERS.has(tokens.lowerAt(i + 1) ?? "")) || (w === AHEAD_WORD && tokens.lowerAt(i + 1) === "of") || (PREPARING_WORDS.has(w) && tokens.lowerAt(i + 1) === "for") || (w === "by" && opensDeadline(tokens, i + 1))) {
      markers.push({ start: i, tense: "future", weak: false, forwardOnly: true, clause });
    } else if (w === "since" && !PERFECT_AUXILIARIES.has(tokens.lowerAt(i - 1) ?? "")) {
      // `a parade on Wednesday marking 80 years since the end of the war`: `since` dates what follows it, not a time
      // before it (`has since said` is an adverb of the past as any other).
      markers.push({ start: i, tense: "past", weak: false, forwardOnly: true, clause });
    } else if ((PAST_MARKERS.has(w) && !BEFORE_BARE_VERB.has(tokens.lowerAt(i - 1) ?? "") && (PAST_ADVERBS.has(w) || !participleAfterBe(tokens, i))) || edVerbAt(tokens, i, begin)) {
      const weak = REPORTING_PAST.has(w);
      // (`told reporters on Monday`: the hearer stands between the verb and its day.)
      let hearers = 0;
      while (weak && hearers < MAX_HEARER_WORDS && HEARERS.has(tokens.lowerAt(i + 1 + hearers) ?? "")) hearers++;
      markers.push(weak ? { start: i, tense: "past", weak, reach: WEAK_REACH + hearers, clause } : { start: i, tense: "past", weak, clause });
    } else if (TIME_SUBORDINATORS.has(w)) {
      // `put off a decision on using frozen Russian assets until December`: after a verb of putting off in the clause,
      // the time after `until` is ahead.
      if ((w === "until" || w === "till") && deferredBefore(tokens, i, breaks.at(-1) ?? begin)) markers.push({ start: i, tense: "future", weak: false, forwardOnly: true, clause });
      // `before Donald Trump returns to the White House in January`: a present verb after `before` or `until` tells
      // of what is still to come, whatever the tense of the main clause.
      const verb = presentVerbAfter(tokens, i + 1, end);
      if (verb >= 0) markers.push({ start: verb, tense: "future", weak: false, clause });
    } else if (w === "to" && markers.length === 0 && HEADLINE_PLAN_VERBS.has(tokens.lowerAt(i + 1) ?? "") && headlineSubjectBefore(tokens, i)) {
      // A headline's plan, its verb left out: `Trump to host Netanyahu at White House on Monday`, `Leaders to meet …`.
      markers.push({ start: i, tense: "future", weak: false, clause });
    } else if (w === "to" && tokens.lowerAt(i + 1) === "be" && plannedParticiple(tokens.lowerAt(i + 2) ?? "") && !PAST_BE.has(tokens.lowerAt(i - 1) ?? "")) {
      // `the ASEAN-Japan Summit to be held in October`: what is yet to be done lies ahead (not `was to be held`, a plan
      // of the past).
      markers.push({ start: i, tense: "future", weak: false, forwardOnly: true, clause });
    } else if (w === "to" && DEADLINE_WORDS.has(tokens.lowerAt(i + 1) ?? "") && deferredBefore(tokens, i, breaks.at(-1) ?? begin)) {
      // (`was postponed to June`, `pushed back the vote to March`: a month or a weekday after `to` as after `until`.)
      markers.push({ start: i, tense: "future", weak: false, forwardOnly: true, clause });
    }
  }
  // Markers after a reporting verb are the reported words'; these open at its `that` when one follows the verb's
  // hearer and day (`told reporters on Monday that Putin would …`: Monday is the telling's).
  let reportedFrom = -1;
  for (const m of markers) {
    if (reportedFrom >= 0) m.reportedFrom = reportedFrom;
    else if (m.weak) reportedFrom = reportedClauseStart(tokens, m.start, end);
  }
  return { markers, breaks, relatives, presentClauses, resumed, opensInPresent: opensOnPresent(tokens, begin, end) };
}

/**
 * True when the relative pronoun at `i`, after a comma, opens a clause in the present third person (`, who leads`, `,
 * whose country holds the presidency until June,`): the clause keeps its present against the main clause's verb.
 */
function relativeInPresent(tokens: TokenList, i: number): boolean {
  const w = tokens.lowerAt(i) ?? "";
  if (tokens.textAt(i - 1) !== "," || (w !== "who" && w !== "which" && w !== "whose")) return false;
  let k = w === "whose" ? i + 2 : i + 1;
  if (ADVERBS_BEFORE_VERB.has(tokens.lowerAt(k) ?? "")) k++;
  return presentThirdPersonAt(tokens, k);
}

/** True when the `-s` word at `i` is a plural noun, after an article, a preposition or a possessive (`the Authority of Heads of State`). */
function pluralNounAt(tokens: TokenList, i: number): boolean {
  const before = tokens.lowerAt(i - 1) ?? "";
  return ARTICLES.has(before) || PREPOSITIONS.has(before) || isPossessiveAt(tokens, i - 1);
}

/** Verbs of meeting after a commitment's `to` (`agreed to meet`), whose `during …` is the plan's, not the commitment's. */
const PLANNED_MEETING_VERBS = new Set(["meet", "hold", "host", "visit", "attend", "travel", "return", "resume", "reconvene", "convene", "gather", "sign"]);

/** How far a bare `next` before a noun dates: the noun alone (`next steps`). */
const NEXT_NOUN_REACH = 2;

/** Future adjectives that stand before the noun they date (`the upcoming summit`). */
const ATTRIBUTIVE_FUTURE = new Set(["upcoming", "forthcoming"]);
/** Most tokens an attributive future adjective's phrase is read over for another meeting's noun. */
const PHRASE_READ = 16;

/**
 * How far the attributive adjective at `i` dates: up to the noun of a second meeting after its own (`upcoming visit to
 * China at talks`: the talks are dated by the verb), else as far as it is read.
 */
function phraseReach(tokens: TokenList, i: number, end: number): number {
  let head = false;
  for (let k = i + 1; k < Math.min(end, i + 1 + PHRASE_READ); k++) {
    const w = tokens.lowerAt(k) ?? "";
    if (!VISIT_NOUNS.has(w)) continue;
    if (head) return k - i;
    head = true;
  }
  return Infinity;
}

/**
 * Most tokens between a reporting verb and the `that` opening its reported clause (`told reporters on Monday that`,
 * `had said in an interview with French media in February that`).
 */
const MAX_BEFORE_THAT = 10;

/** Where the words reported by the verb at `verb` begin: its `that`, when one follows within a few words; else the verb. */
function reportedClauseStart(tokens: TokenList, verb: number, end: number): number {
  for (let k = verb + 1; k < end && k <= verb + MAX_BEFORE_THAT; k++) {
    if (tokens.lowerAt(k) === "that") return k;
    if (tokens.kindAt(k) === "punct") break;
  }
  return verb;
}

/** True when the word before the `to` at `i` may be a headline's subject: a name (not a day or a month) or `leaders`. */
function headlineSubjectBefore(tokens: TokenList, i: number): boolean {
  const w = tokens.lowerAt(i - 1) ?? "";
  return w === "leaders" || (tokens.capitalizedAt(i - 1) === true && !WEEKDAY_NAMES.includes(w) && !MONTH_NAMES.includes(w));
}

/** Words after a verb of the calendar that tell how it went, not when (`ends without a deal`, `closes with a pledge`). */
const OUTCOME_WORDS = new Set(["without", "with", "in"]);

/** True when token `k` is `in` before a month or a year (`expires in September`, `ends in 2027`): a time, no outcome. */
function timeAfterIn(tokens: TokenList, k: number): boolean {
  const next = tokens.lowerAt(k + 1) ?? "";
  return tokens.lowerAt(k) === "in" && (MONTH_NAMES.includes(next) || PATTERNS.year.test(next));
}

/** Forms of `be` in the past: `was to be held` is a plan of the past. */
const PAST_BE = new Set(["was", "were"]);

/** True for a past participle after `to be` (`held`, `signed`, `convened`). */
function plannedParticiple(w: string): boolean {
  return (w.length > 4 && w.endsWith("ed")) || (PAST_MARKERS.has(w) && !PAST_ADVERBS.has(w) && w !== "was" && w !== "were");
}

/** Most tokens between a verb of putting off and its `until` (`put off a decision on using frozen Russian assets until`). */
const DEFERRED_REACH = 10;

/** True when a verb of putting off stands in the clause before the `until` at token `i`, after token `from`. */
function deferredBefore(tokens: TokenList, i: number, from: number): boolean {
  for (let k = i - 1; k > from && k >= i - DEFERRED_REACH; k--) {
    const w = tokens.lowerAt(k) ?? "";
    // (`off` and `back` only after `put`, `pushed` or `held`: `put off`, `pushed back`.)
    if (w === "off" || w === "back") {
      if (PARTICLE_DEFERRERS.has(tokens.lowerAt(k - 1) ?? "")) return true;
    } else if (DEFERRING_VERBS.has(w)) return true;
  }
  return false;
}

/** True for `will` contracted onto its subject or its negation (`it'll`, `we’ll`, `won't`), one token here. */
export function contractsWill(w: string): boolean {
  return w.endsWith("'ll") || w.endsWith("’ll") || w === "won't" || w === "won’t";
}

/**
 * True when `next` or `due` only opens a preposition (`the blasts next to the embassies`, `delays due to the strike`):
 * `next to` never looks ahead, `due to` does only before a verb (`due to arrive`).
 */
function opensPrepositionalTo(tokens: TokenList, i: number): boolean {
  if (tokens.lowerAt(i + 1) !== "to") return false;
  const w = tokens.lowerAt(i);
  if (w === "next") return true;
  const after = tokens.get(i + 2);
  return w === "due" && after !== undefined && (DETERMINERS.has(after.lower) || after.capitalized);
}

/** True when token `k`, after `to`, is a bare verb (`was to arrive`), not a noun phrase's start (`the trip was to Paris`). */
function opensInfinitive(tokens: TokenList, k: number): boolean {
  const t = tokens.get(k);
  return t !== undefined && t.kind === "word" && !t.capitalized && !DETERMINERS.has(t.lower) && !PATTERNS.startsWithDigit.test(t.text);
}

/** Most words of the one asked before `to` (`invited Russian President Vladimir Putin to visit`). */
const MAX_ASKED_WORDS = 5;

/**
 * Index of the `to` after a short object from `from` (`Putin to`, `the two sides to`), or -1; only a `to` that opens
 * an infinitive (`invited Kim to visit`, not `invited Kim to the DMZ`, whose day is the invitation's).
 */
function askedToAt(tokens: TokenList, from: number, end: number): number {
  for (let k = from + 1; k < Math.min(end, from + MAX_ASKED_WORDS + 1); k++) {
    const t = tokens.get(k);
    if (t === undefined || t.kind !== "word") return -1;
    if (t.lower === "to") return opensInfinitive(tokens, k + 1) ? k : -1;
  }
  return -1;
}

/** Conjunctions of time whose clause, in the present, tells of the future (`before Trump returns`, `until he leaves`). */
const TIME_SUBORDINATORS = new Set(["before", "until", "once", "when"]);
/**
 * True when an irregular past form after a present or untensed `be` is a participle (`is held`, `would be found by
 * the December summit`), whose time is the auxiliary's.
 */
function participleAfterBe(tokens: TokenList, i: number): boolean {
  const before = tokens.lowerAt(i - 1) ?? "";
  return PRESENT_BE.has(before) || UNTENSED_BE.has(before);
}

/** True when token `i` is a verb in the past (`welcomed`, `met`), not an adverb of the past (`ago`). */
function pastVerbAt(tokens: TokenList, i: number, begin: number): boolean {
  const w = tokens.lowerAt(i) ?? "";
  return (PAST_MARKERS.has(w) && !PAST_ADVERBS.has(w)) || edVerbAt(tokens, i, begin);
}

/** True when token `i` is an -ed word standing as a finite verb in the past (`welcomed`; not `need`, `will be named`). */
function edVerbAt(tokens: TokenList, i: number, begin: number): boolean {
  const w = tokens.lowerAt(i) ?? "";
  return w.length > 4 && w.endsWith("ed") && !w.endsWith("eed") && !ADJECTIVAL_PARTICIPLES.has(w) && actsAsFiniteVerb(tokens, i, begin);
}

/**
 * True when an -ed word stands as a finite verb: not after an untensed `be`
 * (`will be named`, whose time is the auxiliary's) and not as a participle
 * before its agent (`markets untouched by the crisis`), nor a capitalised name
 * inside the sentence (`the United Nations`, `Mohammed`).
 */
function actsAsFiniteVerb(tokens: TokenList, i: number, begin: number): boolean {
  const before = tokens.lowerAt(i - 1) ?? "";
  return !UNTENSED_BE.has(before) && !PRESENT_BE.has(before) && tokens.lowerAt(i + 1) !== "by" && (i === begin || tokens.capitalizedAt(i) !== true);
}

/**
 * The time of the verb nearest token `i` (`The company said it will report
 * on Tuesday`: `will`, not `said`), present when the sentence marks none.
 */
export function tenseAt({ markers, breaks, relatives, presentClauses, resumed, opensInPresent }: TenseMarkers, i: number): Tense {
  // The first marker at or after `i`, then outward to the nearest that counts here.
  const lo = firstStartingAtOrAfter(markers, i);
  const clause = clauseAt(breaks, resumed, i);
  // `The summit, which runs until Thursday, is attended by …`: a relative clause's verb does not date the main clause,
  // nor the main clause's a time in the relative clause (`Biden, who is leaving office in January, welcomed Modi`).
  const counts = (m: TenseMarker): boolean =>
    (m.reach === undefined || Math.abs(m.start - i) <= m.reach) && (m.forwardOnly !== true || m.start < i) && (m.ownClause !== true || m.clause === clause) && relatives.get(m.clause) === relatives.get(clause) && (m.reportedFrom === undefined || m.reportedFrom < i);
  let a = lo;
  let b = lo - 1;
  // Weak markers are skipped, at most a bounded run of them, so hostile text cannot make this quadratic.
  while (a < markers.length && a - lo < MAX_SKIPPED && !counts(markers[a] as TenseMarker)) a++;
  while (b >= 0 && lo - 1 - b < MAX_SKIPPED && !counts(markers[b] as TenseMarker)) b--;
  if (a < markers.length && !counts(markers[a] as TenseMarker)) a = markers.length;
  if (b >= 0 && !counts(markers[b] as TenseMarker)) b = -1;
  const after = markers[a];
  const before = markers[b];
  // `On March 3, the White House announced that …`: with no other verb to go by, a time before the sentence's
  // reporting verb takes its tense, however far from it; not one in reported words of the present before it
  // (`Beijing has until mid-September to respond, officials said`).
  const reporting = markers[lo];
  const ownPresent = reporting !== undefined && reporting.clause !== clause && presentClauses.has(clause);
  if (before === undefined && after === undefined && reporting?.weak === true && reporting.reportedFrom === undefined && !ownPresent && relatives.get(reporting.clause) === relatives.get(clause)) return reporting.tense;
  const nearest = nearestMarker(before, after, clause, i);
  // `"We will keep working," Starmer told MPs on Wednesday`: a time in the clause of a reporting verb is the saying's,
  // however far from the verb, not dated by the words of another clause.
  if (nearest !== undefined && nearest.clause !== clause) {
    const saying = reportingInClause(markers, lo, clause);
    if (saying !== undefined && relatives.get(saying.clause) === relatives.get(clause)) return saying.tense;
    // (A clause with a verb of its own in the present keeps it: `Tusk, who leads the presidency until June, said …`;
    // so does a sentence's first that opens on a name and its verb, `Chile holds presidential elections in November,
    // and Boric is … barred`.)
    if ((presentClauses.has(clause) && relatives.get(clause) !== undefined) || (clause === 0 && opensInPresent)) return "present";
  }
  return nearest?.tense ?? "present";
}

/** Of the markers that count on either side of token `i`, the one that dates it. */
function nearestMarker(before: TenseMarker | undefined, after: TenseMarker | undefined, clause: number, i: number): TenseMarker | undefined {
  if (before === undefined || after === undefined) return before ?? after;
  // `Modi, who arrived on Thursday evening, will travel …`: the verb of the time's own clause, when only one side has it.
  if ((before.clause === clause) !== (after.clause === clause)) return before.clause === clause ? before : after;
  // (On a tie, a reporting verb before the time's preposition: `Trump said on Thursday he would meet Putin` is the
  // saying's Thursday; `said that on Thursday he would …` leaves it nearer the clause after.)
  const back = i - before.start;
  const ahead = after.start - i;
  return back < ahead || (back === ahead && before.weak) ? before : after;
}

/** A reporting verb of the clause `clause` among the markers around `lo` (reported words aside), or undefined. */
function reportingInClause(markers: readonly TenseMarker[], lo: number, clause: number): TenseMarker | undefined {
  for (let k = lo; k < markers.length && k - lo < MAX_SKIPPED && markers[k]?.clause === clause; k++) {
    const m = markers[k];
    if (m?.weak === true && m.reportedFrom === undefined) return m;
  }
  for (let k = lo - 1; k >= 0 && lo - 1 - k < MAX_SKIPPED && markers[k]?.clause === clause; k--) {
    const m = markers[k];
    if (m?.weak === true && m.reportedFrom === undefined) return m;
  }
  return undefined;
}

/**
 * The relative clause set off by a comma that token `i` lies in (`Scholz, whose predecessor launched it in 2014,`),
 * as the count of clause breaks before its start, or undefined.
 */
export function relativeClauseAt({ breaks, relatives }: TenseMarkers, i: number): number | undefined {
  return relatives.get(breaksBefore(breaks, i));
}

/** The clause token `i` stands in: how many breaks come before it, or the clause an aside before it interrupted. */
function clauseAt(breaks: readonly number[], resumed: ReadonlyMap<number, number>, i: number): number {
  const count = breaksBefore(breaks, i);
  return resumed.get(count) ?? count;
}

/** How many of the sorted break indices are below `i`. */
function breaksBefore(breaks: readonly number[], i: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((breaks[mid] ?? 0) < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
