import type { Lexicon } from "../../lexicon/compile.js";
import { ANONYMITY_CLAUSE, ANONYMITY_GRANTS, ANONYMITY_REQUESTS, ANONYMITY_WORDS, AUDIENCE_NOUNS, CITING_PARTICIPLES, GENERIC_SOURCE_MEMBERS, GENERIC_SOURCES, HEARERS, MEDIA_KINDS, MEDIUM_NOUNS, NOUN_LIKE_CUES, PARTIAL_ONLY_VERBS, REPORTING_VERBS, SOURCE_PARTICIPLES, SPEAKING_FRAMES, TELL_VERBS } from "../../lexicon/reporting-cues.js";
import type { Attribution, Sentence, SpeakerRef } from "../../model/index.js";
import type { Span } from "../../model/span.js";
import { MONTHS, NUMBER_WORDS, ORDINAL_WORDS, PAST_ADVERBS, PAST_MARKERS, UNITS, WEEKDAYS, WEEKDAY_NAMES } from "../../lexicon/time-words.js";
import { CLOSING_QUOTE_MARKS, DOUBLE_QUOTE_MARKS } from "../../lexicon/quote-marks.js";
import { HONORIFICS, PORTFOLIO_WORDS, TENURE_WORDS } from "../../lexicon/roles.js";
import { OCCASION_PARTS } from "../../lexicon/meetings.js";
import { isNameWordAt, rolePhraseEndsAt } from "../entities/names.js";
import { matchPhrase } from "../../text/phrases.js";
import { PATTERNS } from "../../text/patterns.js";
import { ADVERBS_BEFORE_VERB, APPOSITION_DETERMINERS, CLAUSE_OPENING_ADVERBS, CONTRACTION_HOSTS, DETERMINERS, MAIN_CLAUSE_VERBS, OPENING_ADVERBS, PASSIVE_AUXILIARIES, PERFECT_AUXILIARIES, POSSESSIVE_DETERMINERS, PREPOSITIONS, RANK_WORDS, RELATIVE_PRONOUNS, SUBORDINATORS, opensConnective } from "../../lexicon/function-words.js";
import { allCapitalizedWords, apposedNameClose, isCapitalized, isCapitalizedAt, isGluedPeriod, isPossessiveAt, pluralPossessiveAt, relativeClauseClose, tokenIndexAt, type Token, type TokenList } from "../../text/tokens.js";
import { cueAt, mediumAt } from "./cues.js";
import { coordinatedAfter, isOrganization, jointSource, widerThan } from "./quotes.js";
import type { SpeakerResolver } from "./speakers.js";
import { documentAt, documentEndingAt, unnamedAsWritten } from "./unnamed.js";

/** Verbs that report speech with a bare clause after them (`Putin said Russia would …`). */
const SAY_VERBS = new Set([
  "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "stressed", "stresses", "stated", "states",
  "explained", "explains", "warned", "warns", "insisted", "insists", "argued", "argues", "claimed", "claims", "believes",
  "believe", "thinks", "think", "announced", "announces", "confirmed", "confirms", "predicted", "predict", "predicts",
  "emphasized", "emphasised", "underlined", "underscored", "reiterated", "acknowledged", "admitted", "suggested",
  "declared", "assured", "recalled", "estimated", "stressing", "noting", "adding", "saying", "explaining", "emphasizing",
  // Base forms, for plural subjects (`critics argue …`, `officials warn …`).
  "argue", "warn", "insist", "claim", "note", "stress", "explain", "state", "suggest", "maintain", "contend", "add",
  "acknowledge", "admit", "agree", "estimate", "report", "expect",
  // Outlets and services (`…, state media reported`, `…, the newspaper wrote`).
  "reported", "reports", "wrote", "writes",
]);
/** Verbs of saying whose colon opens the words said when no quotation marks set them (`Macron said: We have …`). */
const COLON_CUES = new Set(["said", "says", "told", "tells", "added", "adds", "wrote", "writes", "stated", "declared", "explained", "stressed", "warned", "insisted"]);
/** Pronouns that speak before such a verb (`he said:`). */
const PERSONAL_SUBJECTS = new Set(["he", "she", "they", "i", "we"]);
/**
 * Verbs that report only when they close the sentence after their source, as translated Spanish and Portuguese reports
 * write them (`…, a spokesman for the Argentine presidency indicated.`); before a bare clause they take an object too
 * (`has indicated an interest in the seat`).
 */
const CLOSING_ONLY_VERBS = new Set(["indicated", "affirmed", "specified"]);
/** `In his opinion,`, `In her words,`: nouns that make the rest of the sentence the person's statement. */
const OPINION_NOUNS = new Set(["opinion", "view", "words", "estimation", "assessment", "judgment", "judgement"]);
/** Verbs of finding and showing: they report content when `that` follows (`the survey found that …`). */
const THAT_VERBS = new Set([
  "found", "finds", "show", "shows", "showed", "shown", "revealed", "reveals", "concluded", "concludes", "disclosed",
  "discloses", "signaled", "signalled", "hinted", "conceded", "contended", "maintained", "alleged", "alleges", "agreed",
  "wrote", "writes", "reported", "reports", "testified", "learned", "determined", "indicated", "indicates", "suggests",
]);
/** Words that cannot open the content clause of bare reported speech. */
const NOT_CLAUSE_START = new Set([
  "in", "on", "at", "to", "with", "during", "after", "before", "about", "how", "what", "why", "when", "where", "whether",
  "yesterday", "today", "earlier", "later", "last", "this", "recently", "again", "also", "of", "for", "by", "from", "so",
  "as", "and", "or", "but", "goodbye", "hello", "thanks", "nothing", "something", "goodnight", "according",
  "following", "ahead", "amid", "through", "via", "afterward", "afterwards", "despite", "without", "while",
  // `"…," she wrote on X shortly after arriving`: when, not what.
  "shortly", "immediately", "moments",
  // `told a news conference alongside Costa`, `told reporters aboard Air Force One`: where and beside whom the words were said.
  "alongside", "beside", "behind", "among", "against", "outside", "inside", "near", "upon", "aboard", "onboard", "across", "throughout",
]);
const TERMINALS = new Set([".", "!", "?", "…", ";"]);
/** Fewest words outside quotation marks that make reported speech. */
const MIN_CONTENT_WORDS = 3;

/** A sentence under analysis, with the tokens that stand inside quotation marks flagged. */
export interface SentenceView {
  readonly sentence: Sentence;
  readonly begin: number;
  readonly end: number;
  readonly previous: Sentence | undefined;
  /** Where the news begins when the sentence opens with the report's wire dateline, else null. */
  readonly newsStart: number | null;
}

/** True when tokens `[b, e)` leave a bracket open. */
function opensBracket(tokens: TokenList, b: number, e: number): boolean {
  let depth = 0;
  for (let k = b; k < e; k++) {
    const t = tokens.textAt(k);
    if (t === "(") depth++;
    else if (t === ")" && depth > 0) depth--;
  }
  return depth > 0;
}

/** Finds reported speech without quotation marks in one sentence; at most one attribution per sentence. */
export function reportedSpeech(
  s: SentenceView,
  tokens: TokenList,
  quoted: Uint8Array,
  resolver: SpeakerResolver,
  lexicon: Lexicon,
): Omit<Attribution, "id" | "text">[] {
  const { begin, end } = s;
  let b = begin;
  // A wire dateline (`JOHANNESBURG, Aug 24 (Reuters) -`) is not part of what was said.
  if (s.newsStart !== null) b = Math.max(b, tokenIndexAt(tokens, s.newsStart));
  while (b < end && (tokens.lowerAt(b) === "and" || tokens.lowerAt(b) === "but" || tokens.lowerAt(b) === "so" || tokens.kindAt(b) === "punct")) b++;
  let e = end;
  // The sentence's closing punctuation is no part of what was said; a percent sign is (`by spending 2.1%.`).
  while (e > b && tokens.kindAt(e - 1) === "punct" && tokens.textAt(e - 1) !== "%") e--;
  e = withoutAnonymityClause(tokens, b, e);
  // A quote that closes the sentence keeps its closing mark: `said the talks were "candid".`
  if (e > b && quoted[e - 1] === 1 && CLOSING_QUOTE_MARKS.has(tokens.textAt(e) ?? "")) e++;
  if (e - b < 4) return [];
  const framed = framedSpeech(s, b, e, tokens, quoted, resolver, lexicon);
  // X [adverb] said (that) CONTENT.
  // (`Xi said the challenges did not come from China, Xinhua reported.`: what a closing source reports may itself
  // report someone's words, read within it.)
  const main = framed === null ? subjectVerbClause(tokens, quoted, b, e, resolver, lexicon) : [framed, ...nestedIn(framed, tokens, quoted, b, resolver, lexicon), ...addedAfter(tokens, quoted, framed, e, lexicon)];
  const opening = openingParticiple(tokens, quoted, b, e, resolver, lexicon);
  return opening === null ? main : [opening, ...main];
}

/** What a person reports inside what a closing source reports (`Xi said A, Xinhua reported`: A, by Xi), when its content opens the sentence. */
function nestedIn(framed: Omit<Attribution, "id" | "text">, tokens: TokenList, quoted: Uint8Array, b: number, resolver: SpeakerResolver, lexicon: Lexicon): Omit<Attribution, "id" | "text">[] {
  if (framed.content.end > framed.cue.start || tokenIndexAt(tokens, framed.content.start) !== b) return [];
  const inner = subjectVerbClause(tokens, quoted, b, tokenIndexAt(tokens, framed.content.end), resolver, lexicon);
  return inner.filter((a) => a.source.personId !== null && a.content.end <= framed.content.end);
}

/** `A, his spokesperson said, adding that B`: B, reported by the same source after its cue, when A came before it. */
function addedAfter(tokens: TokenList, quoted: Uint8Array, framed: Omit<Attribution, "id" | "text">, e: number, lexicon: Lexicon): Omit<Attribution, "id" | "text">[] {
  if (framed.content.end > framed.cue.start) return [];
  const k = tokenIndexAt(tokens, framed.cue.end);
  if (tokens.textAt(k) !== "," || !(tokens.lowerAt(k + 1) ?? "").endsWith("ing")) return [];
  const n = reportingVerbAt(tokens, k + 1, lexicon);
  if (n === 0 || tokens.lowerAt(k + 1 + n) !== "that") return [];
  const added = make(tokens, quoted, framed.source, span(tokens, k + 1, k + 1 + n), k + 2 + n, e);
  return added === null ? [] : [added];
}

/** Most tokens of a clause that an opening participle reports (`Noting that …,`). */
const MAX_OPENING_CLAUSE = 60;

/**
 * `Noting that this year marks the 10th anniversary of the forum, Xi said …`: a reporting participle that opens the
 * sentence reports its `that` clause, spoken by the subject after the comma that closes it.
 */
function openingParticiple(tokens: TokenList, quoted: Uint8Array, b: number, e: number, resolver: SpeakerResolver, lexicon: Lexicon): Omit<Attribution, "id" | "text"> | null {
  const first = tokens.get(b);
  if (first === undefined || !first.lower.endsWith("ing") || SPEAKING_FRAMES.has(first.lower)) return null;
  // (cueAt leaves a capitalised verb alone: here it opens the sentence.)
  const n = matchPhrase(tokens, b, lexicon.cuePhrases) || (lexicon.cueWords.has(first.lower) ? 1 : 0);
  if (n === 0 || tokens.lowerAt(b + n) !== "that") return null;
  for (let k = b + n + 2; k < e && k - b < MAX_OPENING_CLAUSE; k++) {
    if (tokens.textAt(k) !== "," || quoted[k] === 1) continue;
    const who = resolver.speakerAt(k + 1);
    if (who !== null && (who.ref.personId !== null || who.ref.resolvedVia === "pronoun")) return make(tokens, quoted, who.ref, span(tokens, b, b + n), b + n + 1, k);
  }
  return null;
}

/**
 * `[b, e)` without a closing `(, speaking) on (the) condition of anonymity` or `, asking not to be identified …`:
 * why the source is unnamed, not what it said.
 */
function withoutAnonymityClause(tokens: TokenList, b: number, e: number): number {
  for (let c = e - 6; c > b && c >= e - MAX_ANONYMITY_REQUEST; c--) {
    if (tokens.textAt(c) === "," && ANONYMITY_REQUESTS.has(tokens.lowerAt(c + 1) ?? "") && tokens.lowerAt(c + 2) === "not" && tokens.lowerAt(c + 3) === "to" && tokens.lowerAt(c + 4) === "be" && ANONYMITY_WORDS.has(tokens.lowerAt(c + 5) ?? "")) return c;
    // (Politico: `…, one EU diplomat said, granted anonymity to discuss the private talks.`)
    if (tokens.textAt(c) === "," && ANONYMITY_GRANTS.has(tokens.lowerAt(c + 1) ?? "") && tokens.lowerAt(c + 2) === ANONYMITY_CLAUSE.at(-1)) return c;
    // `…, who spoke on condition of anonymity because they were not authorized …`, `…, who asked not to be named`.
    if (tokens.textAt(c) === "," && tokens.lowerAt(c + 1) === "who" && anonymityAhead(tokens, c + 2, e)) return c;
  }
  const words = ANONYMITY_CLAUSE;
  let k = e;
  for (let w = words.length - 1; w >= 1; w--) {
    if (tokens.lowerAt(k - 1) !== words[w]) return e;
    k--;
  }
  if (tokens.lowerAt(k - 1) === "the") k--;
  if (tokens.lowerAt(k - 1) !== words[0]) return e;
  k--;
  if (tokens.lowerAt(k - 1) === "speaking") k--;
  if (tokens.textAt(k - 1) === ",") k--;
  return k > b ? k : e;
}

/**
 * `…, his spokesperson said, adding …`: a possessive pronoun and a noun or two right before a reporting verb and a
 * comma, as an unnamed source.
 */
function possessedSource(tokens: TokenList, from: number, e: number): { ref: SpeakerRef; next: number } | null {
  if (!POSSESSIVE_DETERMINERS.has(tokens.lowerAt(from) ?? "")) return null;
  for (let j = from + 2; j < Math.min(e, from + 4); j++) {
    if (tokens.kindAt(j) !== "word") return null;
    if (SAY_VERBS.has(tokens.lowerAt(j) ?? "") && tokens.textAt(j + 1) === ",") {
      const ref = nounPhraseSource(tokens, from, j);
      return ref === null ? null : { ref, next: j };
    }
  }
  return null;
}

/** Longest subject before `, according to X,` in the middle of what it reports (`The talks, according to Peskov, were …`). */
const MAX_PARENTHESIS_SUBJECT = 6;

/** Tokens after `, who` within which a clause tells why its source is unnamed. */
const ANONYMITY_REACH = 8;

/**
 * True when `anonymity`, or `not to be named` and the like, comes within a few tokens from `from`, in a clause that
 * runs to the end (`…, who asked not to be named, confirmed …` is an aside in the middle).
 */
function anonymityAhead(tokens: TokenList, from: number, e: number): boolean {
  for (let k = from; k < e; k++) if (tokens.textAt(k) === ",") return false;
  for (let k = from; k < Math.min(e, from + ANONYMITY_REACH); k++) {
    const w = tokens.lowerAt(k) ?? "";
    if (w === ANONYMITY_CLAUSE.at(-1) || (ANONYMITY_WORDS.has(w) && tokens.lowerAt(k - 1) === "be")) return true;
  }
  return false;
}

/** Most words of an office between `As the` and the name after it (`As the head of the Russian Direct Investment Fund Kirill Dmitriev noted`). */
const MAX_TITLE_WORDS_BEFORE_NAME = 12;
/** Tokens from a possessor's `'s` to the verb after the one noun it owns (`'s Office reported`). */
const POSSESSED_NOUN_TOKENS = 2;

/** Reported speech in a fixed frame (`according to X`, `as X noted`, `…, X says`) in tokens `[b, e)`, at most one per sentence. */
function framedSpeech(
  s: SentenceView,
  b: number,
  e: number,
  tokens: TokenList,
  quoted: Uint8Array,
  resolver: SpeakerResolver,
  lexicon: Lexicon,
): Omit<Attribution, "id" | "text"> | null {
  const first = tokens.lowerAt(b);
  const second = tokens.lowerAt(b + 1);

  // According to X, CONTENT.
  if (first === "according" && second === "to") {
    // `According to what Nova learned, CONTENT`: the one who learned it is the source.
    const learned = tokens.lowerAt(b + 2) === "what" ? learnedBy(tokens, b + 3, e, resolver) : null;
    if (learned !== null) return make(tokens, quoted, learned.ref, span(tokens, b, b + 2), learned.comma + 1, e);
    // A courtesy title before the name (`according to Dr. Wanjiru Gikonyo`) is not part of the person's name.
    let from = b + 2;
    if (HONORIFICS.has(tokens.lowerAt(from) ?? "")) from += isGluedPeriod(tokens, from + 1) ? 2 : 1;
    const who = speakerFrom(from, e, resolver) ?? speakerFrom(b + 2, e, resolver);
    // `according to the Special Adviser …, Bayo Onanuga, CONTENT`: the person an office is named by, in apposition.
    const office = who !== null && (who.ref.personId === null || who.ref.resolvedVia === "descriptor") && tokens.textAt(who.next) === "," ? namedInApposition(tokens, b + 2, who.next, e, resolver, lexicon) : null;
    if (office !== null) return make(tokens, quoted, office.ref, span(tokens, b, b + 2), office.next + 1, e);
    // `according to X, a trade economist at …, CONTENT`: the apposition is about X, not what X said.
    if (who !== null && tokens.textAt(who.next) === ",") return make(tokens, quoted, who.ref, span(tokens, b, b + 2), appositionEnd(tokens, who.next + 1, e, resolver, lexicon), e);
    let comma = b + 2;
    while (comma < e && tokens.textAt(comma) !== ",") comma++;
    const named = comma < e ? namedInApposition(tokens, b + 2, comma, e, resolver, lexicon) : null;
    if (named !== null) return make(tokens, quoted, named.ref, span(tokens, b, b + 2), named.next + 1, e);
    // `according to Kremlin aide Yury Ushakov, …`: a person named at the end of the phrase, after the title.
    const titled = comma < e ? personEnding(tokens, b + 2, comma, resolver) : null;
    if (titled !== null) return make(tokens, quoted, titled.ref, span(tokens, b, b + 2), appositionEnd(tokens, comma + 1, e, resolver, lexicon), e);
    const np = nounPhraseSource(tokens, b + 2, comma) ?? (comma - b - 2 <= MAX_ACCORDING ? unnamedAsWritten(tokens, b + 2, comma) : null);
    if (np !== null && comma < e) return make(tokens, quoted, np, span(tokens, b, b + 2), appositionEnd(tokens, comma + 1, e, resolver, lexicon), e);
  }
  // In his opinion, CONTENT. / In her words, CONTENT.
  if (first === "in" && OPINION_NOUNS.has(tokens.lowerAt(b + 2) ?? "") && tokens.textAt(b + 3) === ",") {
    const who = speakerFrom(b + 1, b + 2, resolver);
    if (who !== null) return make(tokens, quoted, who.ref, span(tokens, b, b + 3), b + 4, e);
  }
  // In the opinion of the political scientist, CONTENT. / In the words of X, CONTENT.
  if (first === "in" && second === "the" && OPINION_NOUNS.has(tokens.lowerAt(b + 2) ?? "") && tokens.lowerAt(b + 3) === "of") {
    const framed = sourceUpToComma(tokens, b + 4, e, resolver);
    if (framed !== null) return make(tokens, quoted, framed.ref, span(tokens, b, b + 4), framed.comma + 1, e);
  }
  // In Putin's words, CONTENT.
  if (first === "in") {
    const who = speakerFrom(b + 1, e, resolver);
    const noun = who === null ? -1 : who.next + 1;
    if (who !== null && who.ref.personId !== null && isPossessiveAt(tokens, who.next) && OPINION_NOUNS.has(tokens.lowerAt(noun) ?? "") && tokens.textAt(noun + 1) === ",") {
      return make(tokens, quoted, who.ref, span(tokens, b, noun + 1), noun + 2, e);
    }
  }
  // As stated in the Kremlin press release, CONTENT. / As reported by the press service, CONTENT. / As noted in a
  // conversation with RT by the deputy director … Vladimir Zharikhin, CONTENT.
  if (first === "as" && cueAt(tokens, b + 1, lexicon) === 1 && (tokens.lowerAt(b + 2) === "in" || tokens.lowerAt(b + 2) === "by")) {
    const by = tokens.lowerAt(b + 2) === "in" ? agentAfterMedium(tokens, b + 3, e) : -1;
    const framed = sourceUpToComma(tokens, by > 0 ? by + 1 : b + 3, e, resolver);
    if (framed !== null) return make(tokens, quoted, framed.ref, span(tokens, b + 1, b + 3), framed.comma + 1, e);
  }
  // It is noted in the statement that CONTENT.
  if (first === "it" && (second === "is" || second === "was") && cueAt(tokens, b + 2, lexicon) === 1 && (tokens.lowerAt(b + 3) === "in" || tokens.lowerAt(b + 3) === "by")) {
    let that = b + 4;
    while (that < Math.min(e, b + 4 + MAX_NP) && tokens.lowerAt(that) !== "that") that++;
    const source = tokens.lowerAt(that) === "that" ? (personEnding(tokens, b + 4, that, resolver)?.ref ?? nounPhraseSource(tokens, b + 4, that)) : null;
    if (source !== null) return make(tokens, quoted, source, span(tokens, b + 2, b + 4), that + 1, e);
  }
  // As X noted, CONTENT.
  if (first === "as") {
    // (The person after an office with its article: `As the Kremlin spokesman Dmitry Peskov told reporters`.)
    // (Only words of an office between: not `As America prepares for what Newt Gingrich called …`.)
    let named = speakerFrom(b + 1, e, resolver);
    // (Or with a word of tenure for its article: `As former foreign secretary Vijay Gokhale noted in a recent essay`.)
    const opener = tokens.lowerAt(b + 1) ?? "";
    const article = opener === "the" || opener === "a" || TENURE_WORDS.has(opener);
    const officeWord = (w: string): boolean => lexicon.roleWords.has(w) || PORTFOLIO_WORDS.has(w) || w === "of" || w === "the" || w === "for";
    for (let k = b + 2; named === null && article && k < Math.min(e, b + 2 + MAX_TITLE_WORDS_BEFORE_NAME); k++) {
      const found = speakerFrom(k, e, resolver);
      if (found !== null && found.ref.personId !== null && found.ref.resolvedVia !== "pronoun" && cueAt(tokens, found.next, lexicon) > 0) named = found;
      if (tokens.capitalizedAt(k) !== true && !officeWord(tokens.lowerAt(k) ?? "")) break;
    }
    // (`As a source familiar with the situation told RT, …`: an unnamed source as written.)
    let who = named ?? unnamedBeforeCue(tokens, b + 1, e, lexicon);
    // (A body that a person's office owns speaks as written: `As the Armenian Prime Minister's Office reported, …`.)
    if (who !== null && isPossessiveAt(tokens, who.next)) {
      const cue = who.next + POSSESSED_NOUN_TOKENS;
      const np = cueAt(tokens, cue, lexicon) > 0 ? nounPhraseSource(tokens, b + 1, cue) : null;
      who = np === null ? null : { ref: np, next: cue };
    }
    const n = who === null ? 0 : cueAt(tokens, who.next, lexicon);
    if (who !== null && n > 0) {
      let k = who.next + n;
      while (k < e && tokens.textAt(k) !== ",") k++;
      // (`As Trump claimed that Europe was "loaning money to Ukraine", Macron put a hand on his arm`: a clause of time
      // whose verb has its own `that` reports that clause, not the sentence after it.)
      if (tokens.lowerAt(who.next + n) === "that") return k > who.next + n + 1 ? make(tokens, quoted, who.ref, span(tokens, who.next, who.next + n), who.next + n + 1, k) : null;
      if (k < e - 1) return make(tokens, quoted, who.ref, span(tokens, who.next, who.next + n), k + 1, e);
    }
  }
  // This was stated by X: the content is the sentence before.
  if ((first === "this" || first === "that" || first === "it") && tokens.lowerAt(b + 1) === "was" && tokens.lowerAt(b + 3) === "by" && cueAt(tokens, b + 1, lexicon) > 0) {
    // The source may stand after its title (`by the Minister of Economy of Belarus Dmitry Krutoy`).
    // (A person over the body before the name: `by Kremlin spokesman Dmitry Peskov`.)
    let who: { ref: SpeakerRef; next: number } | null = null;
    for (let k = b + 4; k < Math.min(e, b + 12) && who?.ref.personId == null; k++) {
      const found = speakerFrom(k, e, resolver);
      if (found !== null && (who === null || found.ref.personId !== null)) who = found;
    }
    // (`by the President's Office`: the office a possessive names speaks, not its holder.)
    if (who !== null && isPossessiveAt(tokens, who.next)) {
      let end = who.next + 1;
      while (end < e && tokens.kindAt(end) === "word") end++;
      const office = nounPhraseSource(tokens, b + 4, end);
      if (office !== null) who = { ref: office, next: end };
    }
    const prev = s.previous;
    if (who !== null && prev !== undefined) {
      const pb = tokenIndexAt(tokens, prev.start);
      let pe = tokenIndexAt(tokens, prev.end);
      while (pe > pb && tokens.kindAt(pe - 1) === "punct") pe--;
      return make(tokens, quoted, who.ref, span(tokens, b + 1, b + 4), pb, pe);
    }
  }
  // CONTENT, as X say(s), CONTENT: the clause holding the parenthesis.
  for (let i = b + 1; i < e - 3; i++) {
    if (tokens.textAt(i) !== "," || tokens.lowerAt(i + 1) !== "as" || quoted[i] === 1) continue;
    const who = speakerFrom(i + 2, e, resolver);
    const n = who === null ? 0 : cueAt(tokens, who.next, lexicon);
    if (who !== null && n > 0 && tokens.textAt(who.next + n) === ",") {
      const clause = clauseStart(tokens, b, i, lexicon);
      return make(tokens, quoted, who.ref, span(tokens, who.next, who.next + n), clause, e);
    }
  }
  // CONTENT, says X, CONTENT: the verb before its speaker (`Instead, says one Gulf diplomat who was in the room, they ran
  // until almost four`); what follows the parenthesis is what was said.
  for (let i = b + 1; i < e - 4; i++) {
    if (tokens.textAt(i) !== "," || quoted[i] === 1 || !SAY_VERBS.has(tokens.lowerAt(i + 1) ?? "")) continue;
    let close = i + 2;
    while (close < e && close - i <= MAX_INVERTED_PARENTHESIS && tokens.kindAt(close) === "word") close++;
    if (tokens.textAt(close) !== "," || close + 1 >= e) continue;
    // (A relative clause may close the source: `one Gulf diplomat who was in the room`.)
    let head = i + 2;
    while (head < close && !RELATIVE_PRONOUNS.has(tokens.lowerAt(head) ?? "")) head++;
    const named = speakerFrom(i + 2, head, resolver);
    const who = named !== null && named.next === head ? named.ref : nounPhraseSource(tokens, i + 2, head);
    // (Only after an opening word or phrase, before a clause of its own: after a clause, `…, said Brian Baker, a
    // strategist` is a tail and its apposition.)
    const opening = i - b === 1 || (i - b <= MAX_INVERTED_OPENING && (opensAdverbial(tokens.lowerAt(b) ?? "") || CLAUSE_OPENING_ADVERBS.has(tokens.lowerAt(b) ?? "")));
    // (Or after the subject of what was said, its verb after the parenthesis: `The border, say Indian officials, is now
    // calm`; the whole sentence is what they say.)
    const subject = !opening && i - b <= MAX_PARENTHESIS_SUBJECT && DETERMINERS.has(tokens.lowerAt(b) ?? "") && !holdsAuxiliary(tokens, b, i);
    // (The verb after a subject's parenthesis comes first: `, is now calm`.)
    if (who === null || (!opening && !subject) || verbBefore(tokens, b, i, lexicon) || !verbBefore(tokens, subject ? close : close + 1, e, lexicon)) continue;
    return make(tokens, quoted, who, span(tokens, i + 1, i + 2), subject ? b : close + 1, e);
  }
  // CONTENT, X says, CONTENT: a parenthesis without `as`.
  for (let i = b + 1; i < e - 3; i++) {
    if (tokens.textAt(i) !== "," || quoted[i] === 1) continue;
    // (`…, the White House said, citing …`: the article before a body's name, read only before such a participle.)
    // (A possessive pronoun names whose office speaks: `his spokesperson`, not him.)
    // (`President Putin, the statement said, appreciated …`: a document that speaks, as a named source does.)
    const named = POSSESSIVE_DETERMINERS.has(tokens.lowerAt(i + 1) ?? "") ? null : (speakerFrom(i + 1, e, resolver) ?? documentAt(tokens, i + 1));
    const who = named ?? (tokens.lowerAt(i + 1) === "the" ? speakerFrom(i + 2, e, resolver) : null) ?? possessedSource(tokens, i + 1, e);
    const n = who === null ? 0 : cueAt(tokens, who.next, lexicon);
    // `…, Trump said, "Yeah, sure,"`: a quotation after the parenthesis is what was said, the words before it no speech.
    // (Not one inside a relative clause of a sentence that reports already: `Plenkovic said he had raised the question
    // of the minority, which, he said, was not represented` is all his, from the first verb.)
    if (RELATIVE_PRONOUNS.has(tokens.lowerAt(i - 1) ?? "") && sayingBefore(tokens, quoted, Math.max(b, i - MAX_RELATIVE_REPORT_REACH), i - 1, lexicon)) continue;
    if (who !== null && n > 0 && tokens.textAt(who.next + n) === "," && SAY_VERBS.has(tokens.lowerAt(who.next) ?? "") && quoted[who.next + n + 2] !== 1) {
      // `A, Xi said, calling for B`: a participle clause after the parenthesis describes the speaker; A is what was said.
      const after = tokens.lowerAt(who.next + n + 1) ?? "";
      const participle = after.length > 4 && after.endsWith("ing");
      if (named === null && !participle) continue;
      // (`A, Downing Street said, the first such gathering since 2023`: a noun phrase without a verb is about A, no
      // more of what was said; nor is what the speaker withheld, `A, Peskov said, without giving details`, `…, on
      // condition of anonymity`.)
      const withheld = tokens.lowerAt(who.next + n + 1) === "without" || (tokens.lowerAt(who.next + n + 1) === "on" && tokens.lowerAt(who.next + n + 2) === "condition");
      const end = participle || withheld || closingApposition(tokens, who.next + n, e) ? i : e;
      return make(tokens, quoted, who.ref, span(tokens, who.next, who.next + n), clauseStart(tokens, b, i, lexicon), end);
    }
  }
  // `Biden, according to the White House, raised concerns …`: the source in a parenthesis between a short subject
  // and its verb, inside what it reports (a parenthesis after a whole clause is the tail's: `A, according to X, B`).
  // (Not after an opening adverbial: `Since last November, according to Human Rights Watch, …`.)
  const opener = tokens.lowerAt(b) ?? "";
  const adverbial = opensAdverbial(opener) || ADVERBS_BEFORE_CUE.has(opener) || opener === "now";
  for (let i = b + 1; !adverbial && i < e - 4 && i - b <= MAX_PARENTHESIS_SUBJECT; i++) {
    if (tokens.textAt(i) !== "," || tokens.lowerAt(i + 1) !== "according" || tokens.lowerAt(i + 2) !== "to" || quoted[i] === 1) continue;
    let close = i + 3;
    while (close < e && close - i <= MAX_ACCORDING && tokens.textAt(close) !== ",") close++;
    const verb = tokens.get(close + 1);
    // (A verb of saying after it leaves the sentence to the subject, who reports: `Xi, according to Xinhua, told
    // Takaichi that …`.)
    if (tokens.textAt(close) !== "," || verb === undefined || verb.kind !== "word" || verb.capitalized || SUBORDINATORS.has(verb.lower) || PREPOSITIONS.has(verb.lower) || RELATIVE_PRONOUNS.has(verb.lower) || reportingVerbAt(tokens, close + 1, lexicon) > 0) break;
    // (Its short name in brackets may close the source: `according to the Office of the Prime Minister (OPM),`.)
    const sourceEnd = asideStartBefore(tokens, i + 3, close);
    const who = speakerFrom(i + 3, sourceEnd, resolver);
    const source = who !== null && who.next === sourceEnd ? who.ref : nounPhraseSource(tokens, i + 3, sourceEnd);
    if (source !== null) return make(tokens, quoted, source, span(tokens, i + 1, i + 3), b, e);
    break;
  }
  // CONTENT, X say(s). / CONTENT, according to X.
  // (Not a verb before a colon, which opens the words after it: `In a lengthy post on Truth Social, Trump wrote:` over
  // the post; `…, according to the State Department:` over a list still gives what comes before.)
  const found = tailAttribution(tokens, b, e, resolver, lexicon);
  const tail = found !== null && tokens.textAt(e) === ":" && tokens.lowerAt(tokenIndexAt(tokens, found.cue.start)) !== "according" ? null : found;
  if (tail !== null) {
    // (A day set off before what the source tells is part of it: `On Thursday, he will attend …, Kremlin aide Yury
    // Ushakov told reporters`.)
    const content = leadingDay(tokens, b, tail.comma) ? b : clauseStart(tokens, b, tail.comma, lexicon);
    // `Speaking to Hungarian state media, Orbán said:` tells where the words were said, not what they were.
    if (SPEAKING_FRAMES.has(tokens.lowerAt(content) ?? "")) return null;
    // `"…," Putin told reporters, according to state media`: a quote with its own speaker and verb is no reported
    // speech of the outlet.
    // (Nor is a named subject's own verb of saying and `that`: `Lee responded that the two countries were …, according
    // to the South Korean presidential office` reports Lee.)
    if (attributedQuote(tokens, quoted, content, tail.comma, lexicon) || (tokens.lowerAt(tokenIndexAt(tokens, tail.cue.start)) === "according" && personSaysThat(tokens, content, tail.comma, resolver, lexicon))) return null;
    // From a comma inside a quotation out past its closing mark is no clause of what was said (`"I'm telling you,
    // this party is not divided," Senator Jeff Sessions, a close advisor to Trump, told AFP`), unless a that-clause
    // goes on from the quote (`"He can assert it, but it seems extremely unlikely" that Sanders can catch Clinton,
    // said Steve Elmendorf`): then that clause is.
    if (quoted[content] === 1 && quoted[tail.comma - 1] !== 1) {
      let k = content;
      while (k < tail.comma && (quoted[k] === 1 || CLOSING_QUOTE_MARKS.has(tokens.textAt(k) ?? ""))) k++;
      return tokens.lowerAt(k) === "that" ? make(tokens, quoted, tail.ref, tail.cue, k, tail.comma) : null;
    }
    return make(tokens, quoted, tail.ref, tail.cue, content, tail.comma);
  }
  return null;
}

/** True when a finite auxiliary stands among tokens `[from, to)` (`that is not good enough`): a clause, no bare subject. */
function holdsAuxiliary(tokens: TokenList, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (MAIN_CLAUSE_VERBS.has(tokens.lowerAt(k) ?? "")) return true;
  return false;
}

/** Most tokens of the opening phrase before an inverted parenthesis (`In the end, says Peskov, …`). */
const MAX_INVERTED_OPENING = 5;
/** Most tokens from a comma to the comma that closes an inverted parenthesis (`, says one Gulf diplomat who was in the room,`). */
const MAX_INVERTED_PARENTHESIS = 12;

/** Longest medium before the agent of a passive frame (`in a conversation with RT by`), in tokens. */
const MAX_FRAME_MEDIUM = 6;

/** Index of the `by` after a medium noun phrase at `from` (`a conversation with RT by …`), or -1. */
function agentAfterMedium(tokens: TokenList, from: number, e: number): number {
  if (!MEDIUM_NOUNS.has(tokens.lowerAt(from + 1) ?? "") && !MEDIUM_NOUNS.has(tokens.lowerAt(from) ?? "")) return -1;
  for (let k = from; k < Math.min(e, from + MAX_FRAME_MEDIUM); k++) {
    const w = tokens.lowerAt(k);
    if (w === "by") return k;
    if (tokens.textAt(k) === ",") return -1;
  }
  return -1;
}

/**
 * The source named from `from` to the next comma (`the political scientist`, `the Kremlin press release`, `Kremlin aide
 * Yuri Ushakov`): a person ending the phrase, else the phrase as written; with the comma's index.
 */
function sourceUpToComma(tokens: TokenList, from: number, e: number, resolver: SpeakerResolver): { ref: SpeakerRef; comma: number } | null {
  let comma = from;
  while (comma < e && comma - from <= MAX_NP && tokens.textAt(comma) !== ",") comma++;
  if (tokens.textAt(comma) !== "," || comma >= e - 1) return null;
  // (A description the entities stage resolved, `the political scientist`, is that person.)
  const whole = speakerFrom(from, comma, resolver);
  const ref = (whole !== null && whole.next === comma && whole.ref.personId !== null ? whole.ref : null) ?? personEnding(tokens, from, comma, resolver)?.ref ?? nounPhraseSource(tokens, from, comma);
  return ref === null ? null : { ref, comma };
}

/** Verbs of coming to know after `according to what X` (`learned`, `understands`). */
const LEARNING_VERBS = new Set(["learned", "learnt", "learns", "understands", "understood", "gathered", "gathers", "heard", "hears"]);

/** Most tokens of the one who learned, after `according to what`. */
const MAX_LEARNER_TOKENS = 6;

/** After `according to what` at `k`: who learned it, up to a verb of learning and its comma (`Nova learned,`), or null. */
function learnedBy(tokens: TokenList, k: number, e: number, resolver: SpeakerResolver): { ref: SpeakerRef; comma: number } | null {
  let verb = k;
  while (verb < Math.min(e, k + MAX_LEARNER_TOKENS) && !LEARNING_VERBS.has(tokens.lowerAt(verb) ?? "")) verb++;
  if (verb === k || !LEARNING_VERBS.has(tokens.lowerAt(verb) ?? "") || tokens.textAt(verb + 1) !== ",") return null;
  const who = resolver.speakerAt(k);
  const ref = who !== null && who.next === verb ? who.ref : nounPhraseSource(tokens, k, verb);
  return ref === null ? null : { ref, comma: verb + 1 };
}

/** Most words of an apposition read for its role noun. */
const APPOSITION_ROLE_REACH = 4;

/** After `, ` at `k`: the start of what follows a role apposition (`a trade economist at the University of Nairobi,`), else `k`. */
function appositionEnd(tokens: TokenList, k: number, e: number, resolver: SpeakerResolver, lexicon: Lexicon): number {
  // `according to Axios, citing two sources with knowledge of the meeting, …`: the outlet's own sources.
  if (CITING_PARTICIPLES.has(tokens.lowerAt(k) ?? "")) {
    for (let c = k + 1; c < Math.min(e, k + MAX_APPOSITION); c++) if (tokens.textAt(c) === ",") return c + 1;
    return k;
  }
  // (A titled name and its verb open what is said: `according to Rai, PM Oli raised the issue of Lipulekh and
  // Kalapani, and …`.)
  let name = k;
  while (name < k + APPOSITION_ROLE_REACH && tokens.capitalizedAt(name) === true && lexicon.roleWords.has(tokens.lowerAt(name) ?? "")) name++;
  const named = resolver.speakerAt(name);
  if (named !== null && named.ref.personId !== null && (named.ref.resolvedVia === "name" || named.ref.resolvedVia === "alias") && tokens.kindAt(named.next) === "word" && !isPossessiveAt(tokens, named.next)) return k;
  let j = k;
  if (NP_OPENERS.has(tokens.lowerAt(j) ?? "")) j++;
  else if (isPossessiveAt(tokens, j + 1)) j += 2;
  // The role noun within the apposition's first words (`a trade economist`, `Clinton's Latino vote director`,
  // `assistant to the President of Azerbaijan`).
  let role = false;
  for (let r = j; r < j + APPOSITION_ROLE_REACH && !role; r++) role = lexicon.roleClasses.has(tokens.lowerAt(r) ?? "");
  if (!role) return k;
  for (let c = j; c < Math.min(e, k + MAX_APPOSITION); c++) if (tokens.textAt(c) === ",") return c + 1;
  return k;
}

/**
 * The person named between commas after an office of tokens `[from, comma)` (`the spokesman, John Smith, …`), whose
 * comma closes the name; null when the office holds no role word, or the name opens a list or a clause of its own
 * (`the statement, Putin, Xi and Modi agreed`, `the ministry, Putin, who …`).
 */
function namedInApposition(tokens: TokenList, from: number, comma: number, e: number, resolver: SpeakerResolver, lexicon: Lexicon): { ref: SpeakerRef; next: number } | null {
  let office = false;
  for (let k = from; k < comma && !office; k++) office = lexicon.roleClasses.has(tokens.lowerAt(k) ?? "");
  // (A courtesy title before the name is none of it: `the Director of Presidential Communications, Ms Zuhura Yunus,`.)
  let name = comma + 1;
  if (HONORIFICS.has(tokens.lowerAt(name) ?? "")) name += isGluedPeriod(tokens, name + 1) ? 2 : 1;
  const named = office ? speakerFrom(name, e, resolver) : null;
  if (named === null || named.ref.personId === null || named.ref.resolvedVia === "pronoun" || tokens.textAt(named.next) !== "," || named.next + 1 >= e) return null;
  const after = tokens.lowerAt(named.next + 1) ?? "";
  const listed = resolver.speakerAt(named.next + 1)?.ref;
  return RELATIVE_PRONOUNS.has(after) || after === "and" || (listed !== undefined && listed.personId !== null && listed.resolvedVia !== "descriptor" && listed.resolvedVia !== "pronoun") ? null : named;
}

function speakerFrom(i: number, e: number, resolver: SpeakerResolver): { ref: SpeakerRef; next: number } | null {
  return i < e ? resolver.speakerAt(i) : null;
}

/** Adverbs that may stand between a subject and its reporting verb. */
const ADVERBS_BEFORE_CUE = new Set(["also", "then", "again", "later", "further", "repeatedly", "previously", "once", "recently", "earlier", "publicly", "privately", "separately", "twice", "firmly", "clearly", "openly"]);

/** Forms of `be` before a verb in the progressive (`is confirming`, `were warning`). */
const PROGRESSIVE_AUXILIARIES = new Set(["is", "are", "was", "were"]);

/** `The Belarusian leader, in turn, noted …`: the noun phrase before an aside set off by commas. */
function subjectBeforeAside(tokens: TokenList, from: number, cue: number): SpeakerRef | null {
  let comma = from;
  while (comma < cue && tokens.textAt(comma) !== ",") comma++;
  // (An aside there must be: `The border, say Indian officials, is now calm` puts the verb before its speaker.)
  return comma < cue - 1 && tokens.textAt(cue - 1) === "," ? nounPhraseSource(tokens, from, comma) : null;
}

/**
 * `She said …` where the text names nobody she could be: the pronoun as written, with no person behind it; `it`
 * (`It said the talks were useful`) for the attribution stage to give to a body named before.
 */
function unresolvedPronoun(tokens: TokenList, from: number, cue: number): SpeakerRef | null {
  const t = tokens.get(from);
  if (t === undefined || cue - from > 2 || (t.lower !== "he" && t.lower !== "she" && t.lower !== "it")) return null;
  return { personId: null, name: t.lower, mention: { start: t.start, end: t.end }, resolvedVia: "pronoun" };
}

/** Words that may open a noun phrase naming an unnamed source (`a new poll`, `the judge`, `47 percent`). */
const NP_OPENERS = new Set(["a", "an", "the", "this", "that", "those", "these", "one", "some", "many", "most", "several", "few", "all", "both", "half", "its", "their", "his", "her", "another", "other"]);
/** Words that cannot stand inside such a noun phrase. */
const NP_BREAKERS = new Set([
  "to", "then", "that", "who", "which", "also", "not", "had", "has", "have", "was", "were", "is", "are", "be", "been", "did",
  "does", "would", "could", "should", "will", "can", "may", "might", "must", "and", "or", "but", "there", "so", "as", "when",
  "while", "if", "because", "he", "she", "they", "it", "we", "i", "you", "said", "says", "say", "told",
]);
/** Longest noun phrase taken as a source, in tokens. */
const MAX_NP = 12;

/**
 * The tokens `[from, to)` as an unnamed source, when they form a noun phrase
 * (`a recent poll of Indiana voters`, `O’Malley’s campaign`, `Twenty-four
 * percent`): kept as written, with no person behind it.
 */
function nounPhraseSource(tokens: TokenList, from: number, end: number): SpeakerRef | null {
  // `Later the president told …`: nor one that opens the sentence before its subject.
  while (end - from > 1 && CLAUSE_OPENING_ADVERBS.has(tokens.lowerAt(from) ?? "") && tokens.kindAt(from + 1) === "word") from++;
  // `Downing Street later said`: an adverb before the verb is no part of the source, nor a day (`The Presidential
  // Office on Friday said`, `The ministry yesterday said`) other than a participle's (`a poll released Friday`).
  let to = end;
  for (let w = tokens.lowerAt(to - 1) ?? ""; to > from + 1; w = tokens.lowerAt(to - 1) ?? "") {
    const on = tokens.lowerAt(to - 2) === "on" && to - 2 > from;
    const day = (DAYS_BEFORE_VERB.has(w) && tokens.textAt(to - 1) === w) || WEEKDAY_WORDS.has(w);
    // (`The ministry has said`: nor an auxiliary.)
    if (ADVERBS_BEFORE_VERB.has(w) || PERFECT_AUXILIARIES.has(w)) to--;
    else if (day && (on || !(tokens.lowerAt(to - 2)?.endsWith("ed") ?? false))) to -= on ? 2 : 1;
    else break;
  }
  if (to <= from || to - from > MAX_NP) return null;
  const first = tokens.get(from);
  // (An acronym's last stop ends a noun phrase too: `The U.N. said`, `The S.E.C. said`.)
  const last = tokens.get(isGluedPeriod(tokens, to - 1) ? to - 2 : to - 1);
  if (first === undefined || last === undefined || last.kind !== "word") return null;
  // (`Earlier this year, Dataproducts had rejected …, saying …`: a time is no source.)
  if (isTimePhrase(tokens, from, to)) return null;
  const opener =
    NP_OPENERS.has(first.lower) || PATTERNS.startsWithDigit.test(first.lower) || first.lower in NUMBER_WORDS || isPossessiveAt(tokens, from + 1) ||
    first.text[0] !== first.lower[0] || GENERIC_SOURCES.has(last.lower) || GENERIC_SOURCES.has(first.lower) || outletsOfKind(tokens, from, to);
  if (!opener) return null;
  // A word capitalised only because it opens the sentence is no name: a preposition, an adverb or a participle
  // (`After …`, `Initially`, `Having …`, `Keeps`) opens no noun phrase.
  // (A share of those asked stays: `about 4 in 10 say`, `nearly one in five said`.)
  const counted = PATTERNS.startsWithDigit.test(tokens.lowerAt(from + 1) ?? "") || (tokens.lowerAt(from + 1) ?? "") in NUMBER_WORDS;
  // (Nor a lone word before a participle, `Keeps saying she opposed …`: a participle makes no clause with a subject.)
  const participle = end === to && (tokens.lowerAt(end)?.endsWith("ing") ?? false);
  if (!GENERIC_SOURCES.has(first.lower) && !NP_OPENERS.has(first.lower) && !counted && (PREPOSITIONS.has(first.lower) || SUBORDINATORS.has(first.lower) || (to - from === 1 && (!isCapitalizedName(first) || participle)))) return null;
  for (let k = from; k < to; k++) {
    const t = tokens.get(k);
    // (`a source close to the Kremlin`: `to` after `close` goes on with the noun phrase.)
    if (t === undefined || (NP_BREAKERS.has(t.lower) && !(t.lower === "to" && tokens.lowerAt(k - 1) === "close"))) return null;
    // (A hyphen inside a word goes on, `U.S.-led`; a spaced dash sets off an aside, `an aggressive - some say …`.)
    const hyphen = t.text === "-" && tokens.endAt(k - 1) === t.start && tokens.startAt(k + 1) === t.end;
    if (t.kind === "punct" && !hyphen && t.text !== "'" && t.text !== "’" && t.text !== "%" && !isGluedPeriod(tokens, k)) return null;
  }
  return unnamedAsWritten(tokens, from, to);
}

/** True for tokens `[from, to)` that are a kind of outlet: `state media`, `local media`. */
function outletsOfKind(tokens: TokenList, from: number, to: number): boolean {
  return to - from === 2 && MEDIA_KINDS.has(tokens.lowerAt(from) ?? "") && tokens.lowerAt(from + 1) === "media";
}

/** Words that qualify a unit of time (`earlier this year`, `the past two weeks`, `last Monday`). */
const TIME_QUALIFIERS = new Set(["this", "that", "last", "next", "past", "coming", "earlier", "later", "the", "a", "few", "several", "same", "previous", "early", "late", "mid"]);

/** True when every word of tokens `from`–`to` is a unit of time, a weekday, a month, a number or a qualifier of these. */
function isTimePhrase(tokens: TokenList, from: number, to: number): boolean {
  let unit = false;
  for (let k = from; k < to; k++) {
    const w = tokens.lowerAt(k) ?? "";
    if (w in UNITS || w in WEEKDAYS || w in MONTHS) unit = true;
    else if (!TIME_QUALIFIERS.has(w) && !(w in NUMBER_WORDS) && !PATTERNS.startsWithDigit.test(w)) return false;
  }
  return unit;
}

/** Most tokens of a day set off before a clause (`On Thursday,`, `Later this month,`). */
const MAX_LEADING_DAY = 4;

/** True when tokens from `b` to the first comma, within reach and before `before`, name a time, perhaps after `on` or `in` (`On Thursday,`). */
function leadingDay(tokens: TokenList, b: number, before: number): boolean {
  const from = tokens.lowerAt(b) === "on" || tokens.lowerAt(b) === "in" ? b + 1 : b;
  for (let k = from + 1; k <= from + MAX_LEADING_DAY && k < before; k++) if (tokens.textAt(k) === ",") return isTimePhrase(tokens, from, k);
  return false;
}

/** True for a capitalised word that may be a name by its shape: no adverb (`Initially`) nor participle (`Having`). */
function isCapitalizedName(t: Token): boolean {
  const w = t.lower;
  return t.capitalized && !(w.length > 4 && (w.endsWith("ly") || w.endsWith("ing")));
}

/**
 * A noun phrase opened by a determiner from `from` up to a verb of saying before the clause's comma (`a source
 * familiar with the situation told`), as written, with the verb's index; not `As the day went on,`.
 */
function unnamedBeforeCue(tokens: TokenList, from: number, e: number, lexicon: Lexicon): { ref: SpeakerRef; next: number } | null {
  if (!NP_OPENERS.has(tokens.lowerAt(from) ?? "")) return null;
  for (let k = from + 1; k < Math.min(e, from + MAX_NP); k++) {
    if (tokens.textAt(k) === ",") return null;
    if (!SAY_VERBS.has(tokens.lowerAt(k) ?? "") || cueAt(tokens, k, lexicon) === 0) continue;
    const ref = nounPhraseSource(tokens, from, k);
    return ref === null ? null : { ref, next: k };
  }
  return null;
}

/** `Putin's spokesman`: the one person of the possessor's country the report names with that office, else `ref`. */
function possessedHolder(tokens: TokenList, ref: SpeakerRef, resolver: SpeakerResolver): SpeakerRef {
  if (ref.personId !== null || ref.mention === null) return ref;
  const from = tokenIndexAt(tokens, ref.mention.start);
  const owner = resolver.speakerAt(from);
  const end = tokenIndexAt(tokens, ref.mention.end);
  if (owner?.ref.personId == null || !isPossessiveAt(tokens, owner.next) || end - owner.next - 1 < 1) return ref;
  const holder = resolver.holderFor(owner.ref.personId, tokens.lowerAt(end - 1) ?? "");
  return holder === undefined ? ref : { ...ref, personId: holder.id, name: holder.name };
}

/** True when an article and a member of a generic group open the noun phrase at `from` (`a source in`, `a source close to`). */
function memberHeaded(tokens: TokenList, from: number): boolean {
  const article = tokens.lowerAt(from) ?? "";
  const after = tokens.lowerAt(from + 2) ?? "";
  const postmodifier = PREPOSITIONS.has(after) || (after === "close" && tokens.lowerAt(from + 3) === "to") || (after === "familiar" && tokens.lowerAt(from + 3) === "with");
  return (article === "a" || article === "an" || article === "one") && GENERIC_SOURCE_MEMBERS.has(tokens.lowerAt(from + 1) ?? "") && postmodifier;
}

function span(tokens: TokenList, from: number, to: number): Span {
  return { start: tokens.startAt(from) ?? 0, end: tokens.endAt(to - 1) ?? 0 };
}

/** True when tokens `[from, to)` hold a quotation and, outside it, a reporting verb that attributes it. */
function attributedQuote(tokens: TokenList, quoted: Uint8Array, from: number, to: number, lexicon: Lexicon): boolean {
  let quote = false;
  let verb = false;
  for (let k = from; k < to; k++) {
    if (quoted[k] === 1) quote = true;
    // (A noun after a determiner is no verb: `but such claims are groundless`.)
    else if (SAY_VERBS.has(tokens.lowerAt(k) ?? "") && cueAt(tokens, k, lexicon) > 0 && !(NOUN_LIKE_CUES.has(tokens.lowerAt(k) ?? "") && DETERMINERS.has(tokens.lowerAt(k - 1) ?? ""))) verb = true;
  }
  return quote && verb;
}

/**
 * True when tokens from `from` open with a person's name, a verb of saying and `that` (`Lee responded that …`), before
 * `to`; not an outlet's (`Bloomberg reports that …, according to the Roper Center`, whose figures they are).
 */
function personSaysThat(tokens: TokenList, from: number, to: number, resolver: SpeakerResolver, lexicon: Lexicon): boolean {
  const who = resolver.speakerAt(from);
  if (who === null || who.ref.personId === null || who.next >= to) return false;
  const cue = cueAt(tokens, who.next, lexicon);
  return cue > 0 && tokens.lowerAt(who.next + cue) === "that";
}

function make(tokens: TokenList, quoted: Uint8Array, source: SpeakerRef, cue: Span, from: number, to: number): Omit<Attribution, "id" | "text"> | null {
  // (`say that, in addition to Scott, he …`: the content starts after the comma that opens an aside.)
  while (from < to && tokens.textAt(from) === ",") from++;
  // (`"As I told Putin, 'the war has no winner,'" Erdogan said`: a cue inside a quotation is the speaker's own
  // words, not the reporter's; what it reports must not run on past the closing mark.)
  if (quoted[tokenIndexAt(tokens, cue.start)] === 1) return null;
  // (`'…,' he added, speaking in English.`: a participle set off after the verb tells how it was said, not what; so does
  // one of any verb but a reporting one, `Clinton said Tuesday night, drawing applause …`, whose words, if any, follow it.)
  const afterCue = from - 1 - tokenIndexAt(tokens, cue.end);
  if (tokens.textAt(from - 1) === "," && (MANNER_PARTICIPLES.has(tokens.lowerAt(from) ?? "") || (afterCue >= 0 && afterCue <= MAX_TAIL_AFTER_CUE && participleAt(tokens, from)))) {
    let comma = from + 1;
    while (comma < to && (tokens.textAt(comma) !== "," || quoted[comma] === 1)) comma++;
    if (comma >= to - 1) return null;
    from = tokens.lowerAt(comma + 1) === "that" ? comma + 2 : comma + 1;
  }
  // (`said in his opening remarks, which were televised`: a relative clause about the words before it says nothing;
  // an indirect question right after the verb does, `would not say who he plans to vote for`.)
  if (RELATIVE_PRONOUNS.has(tokens.lowerAt(from) ?? "") && tokens.textAt(from - 1) === ",") return null;
  // (`told Putin that "today's era is not of war", as the two leaders held talks`: a quotation ends what was said
  // where the reporter's clause of time or manner takes over.)
  if (quoted[from] === 1 || DOUBLE_QUOTE_MARKS.has(tokens.textAt(from) ?? "")) {
    let k = from + 1;
    while (k < to && (quoted[k] === 1 || CLOSING_QUOTE_MARKS.has(tokens.textAt(k) ?? ""))) k++;
    if (tokens.textAt(k) === "," && SUBORDINATORS.has(tokens.lowerAt(k + 1) ?? "")) to = k;
  }
  let words = 0;
  let quotes = false;
  // The first word inside a quotation, when the quotation goes on what the words before it began.
  let quotedWord = -1;
  for (let k = from; k < to; k++) {
    if (quoted[k] === 1) {
      quotes = true;
      if (quotedWord < 0 && tokens.kindAt(k) === "word") quotedWord = k;
    } else if (tokens.kindAt(k) === "word") words++;
  }
  // (Two words are a clause after `that` when the second is a finite verb, with no quotation that would say it:
  // `acknowledged that differences remained`; not `that` as a determiner, `confirmed that observation`. Or when a
  // quotation goes on with the verb: `assured that the relationship "has never been so good"`.)
  // (Nor does it need `that` when its auxiliary hands the verb on to the quotation: `said Mexico would "defend its
  // interests with dignity"`.)
  const handedOn = quotedWord > from && MAIN_CLAUSE_VERBS.has(tokens.lowerAt(lastWordBefore(tokens, quotedWord, from)) ?? "");
  // (The quotation's verb may be an auxiliary or a modal: `warned that the G20 "might be coming to the end of a cycle"`.)
  const quotedVerb = quotedWord >= 0 && (finiteVerbAt(tokens, quotedWord) || MAIN_CLAUSE_VERBS.has(tokens.lowerAt(quotedWord) ?? ""));
  const clause = (tokens.lowerAt(from - 1) === "that" && (quotes ? quotedVerb : finiteVerbAt(tokens, to - 1))) || handedOn;
  if (words < MIN_CONTENT_WORDS && (words < 2 || !clause)) return null;
  // (What was said keeps the bracket that closes its own, which the sentence's closing punctuation took: `… outside
  // the norms of the party (which lets the rest of the GOP off the hook).`)
  if (tokens.textAt(to) === ")" && opensBracket(tokens, from, to)) to++;
  return { kind: "indirect", content: span(tokens, from, to), source, cue };
}

/** The index of the last word token before `k`, not before `from` (past the quotation marks between). */
function lastWordBefore(tokens: TokenList, k: number, from: number): number {
  let j = k - 1;
  while (j > from && tokens.kindAt(j) !== "word") j--;
  return j;
}

/** The -ing forms of the reporting verbs, which report words of their own (`…, noting he had backed Rubio`). */
let reportingParticiples: ReadonlySet<string> | undefined;

/** True for a present participle at `k` (`drawing`), not a reporting verb's (`noting`), a preposition (`during`) nor a noun (`nothing`, `meeting`). */
function participleAt(tokens: TokenList, k: number): boolean {
  const w = tokens.lowerAt(k) ?? "";
  reportingParticiples ??= new Set(REPORTING_VERBS.filter((v) => v.endsWith("ing")));
  return w.length > MIN_PARTICIPLE_LENGTH && w.endsWith("ing") && tokens.capitalizedAt(k) !== true && !PREPOSITIONS.has(w) && !NON_PARTICIPLES.has(w) && !reportingParticiples.has(w);
}
/** Shortest participle read by its ending, less one, in letters (`saying`, not `king`). */
const MIN_PARTICIPLE_LENGTH = 5;
/** Words ending in -ing that are no participles. */
const NON_PARTICIPLES = new Set(["nothing", "something", "everything", "anything", "evening", "morning", "meeting", "building", "spring", "according"]);

/** Participles of a speaker's manner, never of what was said (`speaking in English`, `smiling`; not `pointing out that …`). */
const MANNER_PARTICIPLES = new Set(["speaking", "smiling", "laughing", "gesturing", "standing", "sitting", "shrugging", "wearing", "flanked", "visibly"]);

/**
 * True when a definite noun phrase at `k` runs to the end of its clause (`e` or a punctuation mark) without a verb of
 * its own (`the declaration after a summit at the White House`): a thing, no clause.
 */
function verblessObject(tokens: TokenList, k: number, e: number): boolean {
  if (!APPOSITION_DETERMINERS.has(tokens.lowerAt(k) ?? "")) return false;
  for (let j = k + 1; j < e && tokens.kindAt(j) === "word"; j++) {
    if (ownVerbAt(tokens, j) || MAIN_CLAUSE_VERBS.has(tokens.lowerAt(j) ?? "")) return false;
  }
  return true;
}

/** True when no finite verb nor auxiliary stands among tokens `[k, e)` (`Greece and Turkey in 1952, West Germany in 1955`). */
function verblessUntil(tokens: TokenList, k: number, e: number): boolean {
  for (let j = k; j < e; j++) if (ownVerbAt(tokens, j) || MAIN_CLAUSE_VERBS.has(tokens.lowerAt(j) ?? "")) return false;
  return true;
}

/** Forms of `claim`, and what one claims as a deed rather than in words (`claimed responsibility`, `claimed victory`). */
const CLAIMING: ReadonlySet<string> = new Set(["claim", "claims", "claimed", "claiming"]);
const CLAIMED_DEEDS: ReadonlySet<string> = new Set(["responsibility", "victory", "credit", "success", "ownership"]);

/** True when token `k` reads as a verb in the past or the present third person (`remained`, `rose`, `has`, `agrees`). */
function finiteVerbAt(tokens: TokenList, k: number): boolean {
  const t = tokens.get(k);
  if (t === undefined || t.kind !== "word") return false;
  return pastVerbLike(t) || (!t.capitalized && (t.lower === "has" || t.lower === "is" || t.lower === "does"));
}

/** True when token `k` is a finite verb of a clause of its own, not a word of the past that is no verb (`since`, `ago`). */
function ownVerbAt(tokens: TokenList, k: number): boolean {
  return finiteVerbAt(tokens, k) && !PAST_ADVERBS.has(tokens.lowerAt(k) ?? "");
}

/**
 * True when a comma at token `comma` opens a noun phrase that closes the sentence with no verb of its own (`, the
 * first such gathering since 2023`): an apposition about what was said, not more of it.
 */
function closingApposition(tokens: TokenList, comma: number, e: number): boolean {
  if (tokens.textAt(comma) !== ",") return false;
  // An indefinite article (`, a sign of warming ties`), or a definite one before a rank (`, the first such …`, `, his
  // latest trip`): a clause's subject opens otherwise (`, the sides agreed`, `, that terrorism knows no borders`).
  const opener = tokens.lowerAt(comma + 1) ?? "";
  const rank = tokens.lowerAt(comma + 2) ?? "";
  if (opener !== "a" && opener !== "an" && !(APPOSITION_DETERMINERS.has(opener) && (rank in ORDINAL_WORDS || RANK_WORDS.has(rank)))) return false;
  for (let k = comma + 2; k < e; k++) {
    const w = tokens.lowerAt(k) ?? "";
    if (ownVerbAt(tokens, k) || MAIN_CLAUSE_VERBS.has(w) || w === ",") return false;
  }
  return true;
}

/**
 * True when a finite verb stands in tokens `[b, k)` after a subject (`The leaders discussed Taiwan`): not after an
 * adverbial's opener (`As expected`), nor an adjective in -ed after an article (`A self-professed independent`), nor
 * a reporting verb, whose clause is read apart (`All told`, `Putin said,`).
 */
function verbBefore(tokens: TokenList, b: number, k: number, lexicon: Lexicon): boolean {
  if (opensAdverbial(tokens.lowerAt(b) ?? "")) return false;
  for (let j = b + 1; j < k; j++) {
    const w = tokens.lowerAt(j) ?? "";
    if (ownVerbAt(tokens, j) && !DETERMINERS.has(tokens.lowerAt(j - 1) ?? "") && !w.includes("-") && !lexicon.cueWords.has(w)) return true;
  }
  return false;
}

/** Most tokens read back from a relative clause's parenthesis for the sentence's own verb of saying. */
const MAX_RELATIVE_REPORT_REACH = 40;

/** True when a verb of saying outside quotation marks stands in tokens `[b, k)`. */
function sayingBefore(tokens: TokenList, quoted: Uint8Array, b: number, k: number, lexicon: Lexicon): boolean {
  for (let j = b; j < k; j++) if (quoted[j] !== 1 && SAY_VERBS.has(tokens.lowerAt(j) ?? "") && cueAt(tokens, j, lexicon) > 0) return true;
  return false;
}

/** True for a word that opens an adverbial phrase or clause rather than a subject (`In Orlando,`, `When pressed,`). */
function opensAdverbial(w: string): boolean {
  return PREPOSITIONS.has(w) || SUBORDINATORS.has(w);
}

/** Longest prepositional phrase opening a sentence, in tokens. */
const MAX_OPENING_PHRASE = 20;

/**
 * After an opening clause (`Asked whether the row was resolved,`, `Speaking to reporters,`, `When pressed,`): the
 * token after its last comma before `before`; `b` when the sentence opens otherwise.
 */
function openingClauseEnd(tokens: TokenList, b: number, before: number, quoted: Uint8Array): number {
  // (A connective set off before it: `However, in a statement issued last night, the Prime Minister's Office said …`;
  // not before a clause of its own, whose subject may be the speaker's, `Indeed, while Trump, Ryan and … have spent`.)
  if (tokens.textAt(b + 1) === "," && b + 2 < before && opensConnective(tokens.lowerAt(b) ?? "") && !SUBORDINATORS.has(tokens.lowerAt(b + 2) ?? "")) b += 2;
  // `Soon after the murder of Father Jacques Hamel, Trump asserted …`: an adverb may lead the opening phrase.
  if (OPENING_ADVERBS.has(tokens.lowerAt(b) ?? "") && opensAdverbial(tokens.lowerAt(b + 1) ?? "")) b++;
  const opener = tokens.lowerAt(b) ?? "";
  // `During the meeting with President Xi, the prime minister reiterated …`: an opening prepositional phrase ends at
  // its first comma, and the people in it are no subject.
  if (PREPOSITIONS.has(opener)) {
    for (let k = b + 1; k < before && k - b <= MAX_OPENING_PHRASE; k++) {
      if (tokens.textAt(k) !== "," || quoted[k] === 1) continue;
      // (And past a name set off after the phrase's last noun: `In a statement signed by his Special Adviser …, Bayo
      // Onanuga, Tinubu was quoted as telling …`.)
      const apposed = apposedNameClose(tokens, k, before);
      if (apposed > 0) return apposed + 1;
      return k + 1 < before ? k + 1 : b;
    }
    return b;
  }
  const participle = opener.length > 4 && (opener.endsWith("ed") || opener.endsWith("ing")) && tokens.kindAt(b + 1) === "word";
  if (!SUBORDINATORS.has(opener) && !participle) return b;
  // Not when the verb itself is in the opening clause (`When the F.B.I. director, James B. Comey, said …`).
  // A comma inside a quotation or before one (`Trump said, "Yeah, sure," before adding that …`) ends no opening clause.
  for (let k = before - 1; k > b; k--) {
    if (tokens.textAt(k) !== "," || quoted[k] === 1 || quoted[k + 1] === 1 || quoted[k - 1] === 1) continue;
    return k + 1 < before ? k + 1 : b;
  }
  return b;
}

/** After a colon or semicolon inside the sentence, the clause starts there. */
function clauseStart(tokens: TokenList, b: number, before: number, lexicon: Lexicon): number {
  for (let k = before - 1; k > b; k--) {
    const t = tokens.textAt(k);
    if (t === ":" || t === ";") return k + 1;
  }
  // A leading adverbial (`In particular,`) is not part of what was said; a subject with an apposition is (`Xi, 70, …`).
  // (A time before its comma, though its first word looks like a name: `Last month, the ministry announced …`.)
  const timeComma = tokens.textAt(b + 2) === "," ? b + 2 : tokens.textAt(b + 3) === "," ? b + 3 : -1;
  if (timeComma > 0 && timeComma + 1 < before && isTimePhrase(tokens, b, timeComma)) return timeComma + 1;
  if (isNameWordAt(tokens, b, lexicon) || HONORIFICS.has(tokens.lowerAt(b) ?? "")) return b;
  for (let k = b; k < Math.min(before, b + 6); k++) {
    // `European leaders, who were not invited, are due …`: a relative clause follows a subject, not an adverbial; so
    // does a list of its members (`European leaders, including French President Emmanuel Macron, will …`).
    // (So does a participle after a noun phrase: `The summit, held in the Dutch city for the first time, was cut …`.)
    // (Nor is a clause with its own verb, whose comma opens a list: `The leaders discussed Taiwan, trade and climate
    // change, according to a readout`.)
    // (Nor a list of names the comma goes on with: `Leaders of China, Kazakhstan and Uzbekistan signed …`.)
    // (Nor a noun phrase with an apposition before its verb: `The meeting, Witkoff's fourth with Putin this year, lasted …`.)
    if (tokens.textAt(k) === ",") return RELATIVE_PRONOUNS.has(tokens.lowerAt(k + 1) ?? "") || MEMBER_LISTS.has(tokens.lowerAt(k + 1) ?? "") || participleAfterNoun(tokens, b, k) || apposedName(tokens, b, k, before, lexicon) || appositionBeforeVerb(tokens, b, k, before) || verbBefore(tokens, b, k, lexicon) || (!opensAdverbial(tokens.lowerAt(b) ?? "") && namesListAfter(tokens, k, before)) ? b : k + 1;
    if (tokens.kindAt(k) !== "word") break;
    // `US President Joe Biden, attending …, was expected …`: a name before the comma makes it a subject, unless a
    // preposition opens the phrase (`In Orlando, Clinton made …`); so does a possessive (`Qatar's emir, Sheikh Tamim
    // bin Hamad Al Thani, left …`).
    // (Not a contraction's: `What's more,`, `It's not big,`.)
    const possessive = isPossessiveAt(tokens, k) && !CONTRACTION_HOSTS.has(tokens.lowerAt(k - 1) ?? "");
    if ((isNameWordAt(tokens, k, lexicon) || possessive) && !opensAdverbial(tokens.lowerAt(b) ?? "")) return b;
  }
  return b;
}

/**
 * True when a preposition stands before the titles of the name at `k`, on its line (`attended by His Royal Highness
 * Crown Prince Hussein`); not the `of` or `for` inside an office (`Secretary of State John Kerry`).
 */
function prepositionBeforeTitles(tokens: TokenList, k: number): boolean {
  let j = k - 1;
  while (j > k - 1 - MAX_TITLE_WORDS && isCapitalizedAt(tokens, j) && tokens.newLineAt(j) !== true) j--;
  const w = tokens.lowerAt(j) ?? "";
  return j < k - 1 && tokens.newLineAt(j + 1) !== true && PREPOSITIONS.has(w) && !OFFICE_PREPOSITIONS.has(w);
}

/**
 * True when a name ends at token `last` as one of a list (`Putin, Chinese President Xi, and Modi said`): after a comma,
 * `and` or the clause's start at `from`, past its titles; not a verb's object (`Pezeshkian met Tokayev, and …`).
 */
function listedName(tokens: TokenList, last: number, from: number, resolver: SpeakerResolver): boolean {
  const m = resolver.mentionAt(last);
  if (m === undefined) return false;
  let j = tokenIndexAt(tokens, m.start) - 1;
  for (let n = 0; n < MAX_TITLE_WORDS && j > from && isCapitalizedAt(tokens, j); n++) j--;
  const w = tokens.lowerAt(j) ?? "";
  return j < from || w === "," || w === "and" || w === "&" || (j === from && isCapitalizedAt(tokens, j));
}

/** Most capitalised words of titles read back before a name (`His Royal Highness Crown Prince`). */
const MAX_TITLE_WORDS = 6;
/** Prepositions inside an office's name (`Secretary of State`, `Minister for Trade`). */
const OFFICE_PREPOSITIONS = new Set(["of", "for"]);

/**
 * True when a place or a body the lexicon knows, from `b` to the comma, is set off by an apposition closed before
 * `before` (`Mongolia, a member of the International Criminal Court, did not arrest Putin`): a subject, not an
 * opening adverbial.
 */
function apposedName(tokens: TokenList, b: number, comma: number, before: number, lexicon: Lexicon): boolean {
  const opener = tokens.lowerAt(comma + 1) ?? "";
  if (!(opener === "a" || opener === "an" || opener === "the")) return false;
  if (matchPhrase(tokens, b, lexicon.placePhrases) !== comma - b && matchPhrase(tokens, b, lexicon.organizationPhrases) !== comma - b) return false;
  for (let k = comma + 2; k < before; k++) if (tokens.textAt(k) === ",") return tokens.kindAt(k + 1) === "word" && !isCapitalizedAt(tokens, k + 1);
  return false;
}

/**
 * True when a noun phrase its determiner opens at `b` has, after its comma at `comma`, a verbless apposition closed by
 * a comma before `before` and a verb after it (`The meeting, Witkoff's fourth with Putin this year, lasted …`).
 */
function appositionBeforeVerb(tokens: TokenList, b: number, comma: number, before: number): boolean {
  if (comma < b + 2 || !DETERMINERS.has(tokens.lowerAt(b) ?? "")) return false;
  for (let k = comma + 1; k < Math.min(before, comma + 1 + MAX_APPOSITION); k++) if (tokens.textAt(k) === ",") return k > comma + 1 && verblessUntil(tokens, comma + 1, k) && ownVerbAt(tokens, k + 1) && !isCapitalizedAt(tokens, k + 1);
  return false;
}

/** True when a past participle follows the comma at `comma` after a noun phrase its determiner opens at `b` (`The summit, held …`). */
function participleAfterNoun(tokens: TokenList, b: number, comma: number): boolean {
  return pastParticipleLike(tokens.get(comma + 1)) && comma > b + 1 && DETERMINERS.has(tokens.lowerAt(b) ?? "");
}

/** Words that open a list of a subject's members after its comma (`European leaders, including …`). */
const MEMBER_LISTS = new Set(["including", "among"]);

/** Most tokens between a group and the comma of the relative clause about it (`Democrats on Capitol Hill,`). */
const GROUP_REACH = 6;

/**
 * The generic group a relative `who` after the comma at `comma` stands for (`Democrats` of `nervous Democrats on
 * Capitol Hill, who …`, `Republican Jewish leaders, who …`), as {@link groupEndingAt} reads it; or null.
 */
function groupBefore(tokens: TokenList, comma: number): SpeakerRef | null {
  for (let k = comma - 1; k >= Math.max(0, comma - GROUP_REACH); k--) {
    const t = tokens.get(k);
    if (t === undefined || t.kind !== "word") return null;
    if (GENERIC_SOURCES.has(t.lower)) return groupEndingAt(tokens, k);
  }
  return null;
}

/**
 * The generic group ending at token `last`, with the words before it from a capitalised word or a determiner on
 * (`European Union leaders`, `several Western diplomats`, `Thai military officials`), as written; or null.
 */
function groupEndingAt(tokens: TokenList, last: number): SpeakerRef | null {
  if (!GENERIC_SOURCES.has(tokens.lowerAt(last) ?? "")) return null;
  // Back over the words that may qualify it: not a preposition, a verb (`angering diplomats who`) or a breaker.
  let from = last;
  while (from > last - GROUP_REACH && tokens.kindAt(from - 1) === "word") {
    const t = tokens.get(from - 1);
    if (t === undefined || PREPOSITIONS.has(t.lower) || NP_BREAKERS.has(t.lower) || (!t.capitalized && (t.lower.endsWith("ed") || t.lower.endsWith("ing")))) break;
    from--;
  }
  // Then on to where a noun phrase may open.
  while (from < last && tokens.capitalizedAt(from) !== true && !NP_OPENERS.has(tokens.lowerAt(from) ?? "")) from++;
  return nounPhraseSource(tokens, from, last + 1) ?? unnamedAsWritten(tokens, last, last + 1);
}

/** Most words of a generic group after a relative word (`where restructuring experts say`). */
const MAX_GROUP_WORDS = 3;

/** Reporting verbs other than `tell` that may name their hearer before the `that` clause. */
const HEARER_VERBS = new Set(["warned", "warns", "warning", "assured", "assures", "assuring", "reminded", "reminds", "informed", "informs", "promised", "promises", "urged"]);

/** Conjunctions that, after a comma, join a clause with a subject of its own (`…, and Trump said`). */
const CLAUSE_JOINERS = new Set(["and", "but", "while", "whereas", "yet", "though", "although"]);
/** Joiners of a concession, which never join a list (`…, though Spain said …`). */
const CONCESSIVE_JOINERS = new Set(["though", "although"]);
/** Verbs right after `that` that make it a relative pronoun (`the conference that was scheduled`). */
const RELATIVE_THAT_FOLLOWERS = new Set(["was", "were", "is", "are", "had", "has", "have", "will", "would", "could", "can"]);

/** Words that may follow a reporting verb ending a sentence: its hearer or when (`told journalists`, `said on Thursday`). */
const AFTER_TAIL_CUE = new Set(["on", "in", "at", "late", "early", "earlier", "later", "this", "last", "morning", "afternoon", "evening", "night", "week", "today", "yesterday", "reporters", "journalists", "the", "media", "press", "a", "statement"]);
const WEEKDAY_WORDS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);
/** Days named by one adverb, which may stand between a subject and its verb (`The ministry yesterday said`). */
const DAYS_BEFORE_VERB: ReadonlySet<string> = new Set(["today", "yesterday", "tonight"]);
/** Longest hearer after `told` that may close the sentence (`told the BBC`), in tokens, the stop included. */
const MAX_HEARER_TOKENS = 4;
/** Most words after the verb that may still close the sentence. */
const MAX_TAIL_AFTER_CUE = 4;

/** Where a parenthetical ending right before `c` opens (`the Korean Central News Agency (KCNA) said`), or `c`. */
function asideStartBefore(tokens: TokenList, from: number, c: number): number {
  if (tokens.textAt(c - 1) !== ")") return c;
  for (let k = c - 2; k > from; k--) if (tokens.textAt(k) === "(") return k;
  return c;
}

/** Longest source after `according to`, in tokens (`an email from the president of the AFL-CIO obtained by …`). */
const MAX_ACCORDING = 24;
/** Longest apposition after a source at the end of a sentence (`said Jane Doe, the paper's editor`), in tokens. */
const MAX_APPOSITION = 12;

function tailAttribution(tokens: TokenList, b: number, e: number, resolver: SpeakerResolver, lexicon: Lexicon): { ref: SpeakerRef; cue: Span; comma: number } | null {
  // `…, the Prime Minister's Office said, in their third meeting since …`: one phrase of circumstance after the verb
  // is passed, though it runs past an apposition's reach.
  let circumstance = false;
  // The comma that opens the source phrase: the last one, or the one before an apposition (`, said X, role.`).
  for (let comma = e - 2; comma > b + 2 && comma >= e - MAX_ACCORDING - 2; comma--) {
    // (A dash before the verb closes the words too, in the dialogue of translated Spanish: `—We want a deal —added Lula`.)
    // (The view writes every dash as `-`.)
    const dash = tokens.textAt(comma) === "-" && SAY_VERBS.has(tokens.lowerAt(comma + 1) ?? "");
    if (tokens.textAt(comma) !== "," && !dash) continue;
    // (The speaker after such a dash may be followed by where he spoke: `—… —said Lula at the signing ceremony.`)
    if (dash) {
      const stop = circumstanceStop(tokens, comma + 3, e);
      const found = stop < e ? cueThenSource(tokens, comma + 1, stop, resolver, lexicon) : null;
      if (found !== null) return { ...found, comma };
    }
    // `"bloc confrontation," according to Xinhua`: the comma may stand inside the closing mark.
    let i = comma + 1;
    while (CLOSING_QUOTE_MARKS.has(tokens.textAt(i) ?? "")) i++;
    // (A relative clause is no source's phrase: `…, which she was doing when security … told her to leave`.)
    if (RELATIVE_PRONOUNS.has(tokens.lowerAt(i) ?? "")) continue;
    if (tokens.lowerAt(i) === "according" && tokens.lowerAt(i + 1) === "to") {
      const beforeTail = accordingBeforeTail(tokens, i, e, resolver);
      if (beforeTail !== null) return { ...beforeTail, comma };
      // (The source keeps the bracket that closes its own, which the sentence's closing punctuation took: `according
      // to the ministry of external affairs (MEA).`)
      // (Nor a clause of its own after a comma: `according to … Secretary Dave Gomez, although he declined to give details`.)
      let last = tokens.textAt(e) === ")" && opensBracket(tokens, i + 2, e) ? e + 1 : e;
      // (An `and` after the source's first comma joins a clause, not a list, which has a comma before: `according to
      // official figures, and both sides hope …`, but `according to Iran, Iraq, and the UAE`.)
      let commas = 0;
      for (let k = i + 3; k < last; k++) {
        if (tokens.textAt(k) !== ",") continue;
        const next = tokens.lowerAt(k + 1) ?? "";
        if (SUBORDINATORS.has(next) || next === "but" || (next === "and" && commas === 0)) last = k;
        commas++;
      }
      // (A body that opens a title does not reach the end: the person it ends on speaks, `according to Presidential
      // Communications Office (PCO) Secretary Jay Ruiz`.)
      const first = speakerFrom(i + 2, last, resolver);
      const reaches = first !== null && (first.next >= last || (tokens.textAt(first.next) === "," && last - first.next <= MAX_APPOSITION));
      const who = reaches ? first : (personEnding(tokens, i + 2, last, resolver) ?? first);
      // `according to Kang Yu-jung, the presidential spokesperson`: the person, an apposition after the name.
      const apposed = who !== null && tokens.textAt(who.next) === "," && last - who.next <= MAX_APPOSITION;
      if (who !== null && (who.next >= last || apposed)) return { ref: who.ref, cue: span(tokens, i, i + 2), comma };
      // The cue is unambiguous: whatever follows it names the source, up to a relative clause about it (`according
      // to a senior Biden administration official who briefed reporters afterward`).
      let end = i + 3;
      while (end < last && !RELATIVE_PRONOUNS.has(tokens.lowerAt(end) ?? "")) end++;
      const np = nounPhraseSource(tokens, i + 2, end) ?? unnamedAsWritten(tokens, i + 2, end);
      return np === null ? null : { ref: np, cue: span(tokens, i, i + 2), comma };
    }
    const found = sourceThenCue(tokens, i, e, resolver, lexicon) ?? cueThenSource(tokens, i, e, resolver, lexicon);
    if (found !== null) return { ...found, comma: officeSetOffBefore(tokens, comma, lexicon) };
    if (!circumstance && circumstanceAfter(tokens, comma, e, lexicon)) {
      circumstance = true;
      continue;
    }
    // `…, said Jane Doe, the paper's editor.`: look past one apposition, no further; but for an `according to X`
    // that a phrase of circumstance follows.
    if (e - comma > MAX_APPOSITION && !circumstance) break;
  }
  for (let comma = b + 3; comma < e; comma++) {
    if (tokens.textAt(comma) !== "," || tokens.lowerAt(comma + 1) !== "according" || tokens.lowerAt(comma + 2) !== "to") continue;
    const found = accordingBeforeTail(tokens, comma + 1, e, resolver);
    if (found !== null) return { ...found, comma };
  }
  return null;
}

/** Most words of an office set off before its holder's name (`, his chief press secretary,`). */
const MAX_SET_OFF_OFFICE = 5;

/**
 * The comma that opens an office set off before the source after a report (`Mr Tinubu arrived on Monday night, his
 * spokesperson, Bayo Onanuga, said`): the office belongs to the source, not to what was said. `comma` otherwise.
 */
function officeSetOffBefore(tokens: TokenList, comma: number, lexicon: Lexicon): number {
  for (let open = comma - 2; open >= Math.max(0, comma - MAX_SET_OFF_OFFICE - 1); open--) {
    if (tokens.textAt(open) !== ",") {
      if (tokens.kindAt(open) !== "word") return comma;
      continue;
    }
    const opener = tokens.lowerAt(open + 1) ?? "";
    if (!POSSESSIVE_DETERMINERS.has(opener) && opener !== "the") return comma;
    return rolePhraseEndsAt(tokens, comma, lexicon) ? open : comma;
  }
  return comma;
}

/** Where a phrase of circumstance opens within a short reach after token `from` (`at the signing ceremony`), else `e`. */
function circumstanceStop(tokens: TokenList, from: number, e: number): number {
  for (let k = from; k < Math.min(e, from + MAX_APPOSITION); k++) if (CIRCUMSTANCE_OPENERS.has(tokens.lowerAt(k) ?? "")) return k;
  return e;
}

/**
 * Words that open a phrase of circumstance after a source, no clause of its own (`, in a rare show of unity`, `, without
 * giving details`); not `but`, which opens a clause of its own (`…, the executives acknowledged, but they said …`).
 */
const CIRCUMSTANCE_OPENERS = new Set(["in", "amid", "as", "after", "before", "while", "with", "without", "despite", "during", "following", "ahead", "at", "on"]);

/** Conjunctions of contrast that may open the reporter's own clause after a source (`…, officials said, though …`). */
const CONTRAST_OPENERS = new Set(["though", "although", "but"]);

/**
 * True when a comma at token `k` opens a clause of contrast with no reporting verb in it, up to `e` (`…, Indian
 * officials said on Wednesday, though a meeting has not been formally announced`): the reporter's, after the
 * source; not `…, the executives acknowledged, but they said …`, which reports again.
 */
function reportersContrast(tokens: TokenList, k: number, e: number, lexicon: Lexicon): boolean {
  if (tokens.textAt(k) !== "," || !CONTRAST_OPENERS.has(tokens.textAt(k + 1) ?? "")) return false;
  // (Not inside brackets, which may close the sentence: `according to exit polls (a sizable margin, but one …).`)
  if (tokens.textAt(e) === ")") return false;
  for (let j = k + 2; j < e; j++) {
    if (tokens.textAt(j) === ")") return false;
    if (cueAt(tokens, j, lexicon) === 0) continue;
    // (A passive is no report: `a meeting has not been formally announced`.)
    let before = j - 1;
    while (before > j - 3 && (ADVERBS_BEFORE_VERB.has(tokens.lowerAt(before) ?? "") || (tokens.lowerAt(before) ?? "").endsWith("ly"))) before--;
    if (!PASSIVE_AUXILIARIES.has(tokens.lowerAt(before) ?? "")) return false;
  }
  return true;
}

/**
 * True when a comma at token `k` opens a phrase of circumstance (`, in their third meeting since …`), in lower case,
 * or the reporter's clause of contrast before `e` ({@link reportersContrast}).
 */
function circumstanceAfter(tokens: TokenList, k: number, e: number, lexicon: Lexicon): boolean {
  return tokens.textAt(k) === "," && (CIRCUMSTANCE_OPENERS.has(tokens.textAt(k + 1) ?? "") || spanBeforeOrAfter(tokens, k + 1) || reportersContrast(tokens, k, e, lexicon));
}

/** Most words of a span before `after` or `before` (`just two days after`). */
const MAX_SPAN_WORDS = 3;

/** True when a span of time and `after` or `before` open at token `k` (`days after Trump announced …`, `a week before`). */
function spanBeforeOrAfter(tokens: TokenList, k: number): boolean {
  let unit = false;
  for (let j = k; j < k + MAX_SPAN_WORDS + 1; j++) {
    const w = tokens.lowerAt(j) ?? "";
    if (w === "after" || w === "before") return unit;
    if (UNITS[w] !== undefined) unit = true;
    else if (NUMBER_WORDS[w] === undefined && !SPAN_MODIFIERS.has(w) && !PATTERNS.startsWithDigit.test(w)) return false;
  }
  return false;
}

/** Words that qualify a span before `after` (`just days after`, `only hours before`, `some weeks after`). */
const SPAN_MODIFIERS = new Set(["just", "only", "some", "several", "few", "barely", "mere"]);

/**
 * `CONTENT, according to three people briefed on the talks, in a rare show of unity …`: the source up to its comma,
 * when a phrase of circumstance follows it; `i` is the index of `according`.
 */
function accordingBeforeTail(tokens: TokenList, i: number, e: number, resolver: SpeakerResolver): { ref: SpeakerRef; cue: Span } | null {
  const source = sourceUpToComma(tokens, i + 2, e, resolver);
  // (Or a clause after `but`, or a relative clause about the source: `according to a Kremlin readout, which added
  // that …`.)
  const after = tokens.lowerAt(source?.comma === undefined ? -1 : source.comma + 1) ?? "";
  if (source === null || !(CIRCUMSTANCE_OPENERS.has(after) || after === "but" || RELATIVE_PRONOUNS.has(after))) return null;
  return { ref: source.ref, cue: span(tokens, i, i + 2) };
}

/** True when a medium phrase runs from token `i` to the end `e` (`said in an interview with RT`). */
function mediumReaches(tokens: TokenList, i: number, e: number): boolean {
  let last = e - 1;
  while (last > i && tokens.kindAt(last) === "punct") last--;
  return (mediumAt(tokens, i, e)?.end ?? -1) >= (tokens.endAt(last) ?? 0);
}

/** A word that makes the name after it an object, not a source (`of the Belarusian leader`, `a close Putin ally`). */
function governsObject(word: string): boolean {
  return PREPOSITIONS.has(word) || word === "close";
}

/** A person named at the end of tokens `[from, e)` after their title (`presidential spokesperson Kang Yu-jung`). */
function personEnding(tokens: TokenList, from: number, e: number, resolver: SpeakerResolver): { ref: SpeakerRef; next: number } | null {
  let last = e;
  while (last > from && tokens.kindAt(last - 1) === "punct") last--;
  for (let k = from + 1; k < last; k++) {
    const who = resolver.speakerAt(k);
    if (who === null || who.ref.personId === null || who.next < last) continue;
    // Not the object of a preposition (`a source close to Putin`, `a study by economists X and Y`).
    const before = tokens.lowerAt(k - 1) ?? "";
    return governsObject(before) || before === "and" ? null : { ref: who.ref, next: e };
  }
  return null;
}

/** `X says` or `legal experts say` ending the sentence at `e`. */
function sourceThenCue(tokens: TokenList, i: number, e: number, resolver: SpeakerResolver, lexicon: Lexicon): { ref: SpeakerRef; cue: Span } | null {
  const who = speakerFrom(i, e, resolver);
  if (who !== null) {
    // `…, Putin has said after talks with Xi.`: an auxiliary before the verb, a time or an occasion after it.
    const verb = PERFECT_AUXILIARIES.has(tokens.lowerAt(who.next) ?? "") ? who.next + 1 : who.next;
    const n = cueAt(tokens, verb, lexicon);
    const after = verb + n;
    // (`…, Macron told a news conference after the meeting.`: the occasion may follow the medium too.)
    // (And after `told`, its audience: `told a news conference after the meeting`.)
    const heard = n > 0 && TELL_VERBS.has(tokens.lowerAt(verb) ?? "") ? audienceEnd(tokens, after, e) : after;
    const medium = n > 0 ? mediumAt(tokens, heard, e) : null;
    const occasionAt = medium === null ? heard : tokenIndexAt(tokens, medium.end);
    const occasion = opensOccasion(tokens, occasionAt) && SAY_VERBS.has(tokens.lowerAt(verb) ?? "");
    // (`…, Downing Street has confirmed, the first such gathering since 2023.`: an apposition about what was said may close it.)
    if (n > 0 && (after >= e || mediumReaches(tokens, after, e) || occasion || circumstanceAfter(tokens, after, e, lexicon) || closingApposition(tokens, after, e))) return { ref: who.ref, cue: span(tokens, verb, after) };
  }
  // `…, Kremlin spokesman Dmitry Peskov told journalists.`, `…, the agency (KCNA) said on Thursday.`: a titled or
  // qualified source, then the verb with only its hearer or a time after it.
  for (let c = i + 1; c < e; c++) {
    // What follows a colon or a quotation mark is what was said, not who said it.
    if (tokens.textAt(c) === ":" || DOUBLE_QUOTE_MARKS.has(tokens.textAt(c) ?? "")) return null;
    const n = SAY_VERBS.has(tokens.lowerAt(c) ?? "") || CLOSING_ONLY_VERBS.has(tokens.lowerAt(c) ?? "") ? cueAt(tokens, c, lexicon) : 0;
    if (n === 0) continue;
    let k = c + n;
    while (k < e && k - (c + n) < MAX_TAIL_AFTER_CUE && (AFTER_TAIL_CUE.has(tokens.lowerAt(k) ?? "") || WEEKDAY_WORDS.has(tokens.lowerAt(k) ?? ""))) k++;
    // A verb form that is also a noun (`state media reported`) is not the cue when more words follow, other than
    // where it was said (`said at a briefing`, `told reporters in a statement`).
    // `…, a spokesperson told dpa.`, `… told the BBC.`: after `told`, a short hearer closes the sentence.
    // (Or one a phrase of circumstance follows: `…, a White House official told Fox News Digital, without giving a reason.`)
    let heard = c + n;
    while (heard < e && heard - (c + n) <= MAX_HEARER_TOKENS && tokens.textAt(heard) !== ",") heard++;
    const hearer = (tokens.lowerAt(c) === "told" || tokens.lowerAt(c) === "tells") && (e - (c + n) <= MAX_HEARER_TOKENS || (heard < e && circumstanceAfter(tokens, heard, e, lexicon)));
    if (k < e && !hearer && !mediumReaches(tokens, c + n, e) && !opensOccasion(tokens, c + n) && !circumstanceAfter(tokens, k, e, lexicon) && !closingApposition(tokens, k, e)) continue;
    let person: SpeakerRef | null = null;
    // `…, state news agency Wam reported.`: a body named right before the verb, its description before it.
    let body: SpeakerRef | null = null;
    let object = false;
    for (let k2 = i; k2 < c && person === null; k2++) {
      const found = resolver.speakerAt(k2);
      if (found !== null && found.ref.personId === null && found.ref.resolvedVia === "name" && found.next === c && !governsObject(tokens.lowerAt(k2 - 1) ?? "")) body = found.ref;
      if (found === null || found.ref.personId === null) continue;
      // `…, Lee's office said`: the possessor is not the source, nor the object of a preposition (`the press
      // service of the Belarusian leader reported`, `a source close to him said`).
      const at = tokenIndexAt(tokens, found.ref.mention?.start ?? tokens.startAt(k2) ?? 0);
      if (governsObject(tokens.lowerAt(at - 1) ?? "")) object = true;
      // `…, his office said`: a possessive pronoun names whose office, as `Lee's` does.
      else if (!isPossessiveAt(tokens, found.next) && !POSSESSIVE_DETERMINERS.has(tokens.lowerAt(k2) ?? "")) person = found.ref;
      k2 = Math.max(k2, found.next - 1);
    }
    // Then the noun phrase as written, when it opens like one (`a source close to him`, `people close to Clinton`).
    const opener = tokens.lowerAt(i) ?? "";
    const nounPhrase = NP_OPENERS.has(opener) || GENERIC_SOURCES.has(opener) || opener === "people";
    const unnamed = object && nounPhrase && c - i <= MAX_NP ? unnamedAsWritten(tokens, i, c) : null;
    // (`…, it said on X.`: a body named before, which the attribution stage finds.)
    const pronoun = c === i + 1 && tokens.lowerAt(i) === "it" ? unresolvedPronoun(tokens, i, c) : null;
    const source = person ?? nounPhraseSource(tokens, i, c) ?? nounPhraseSource(tokens, i, asideStartBefore(tokens, i, c)) ?? body ?? unnamed ?? pronoun;
    return source === null ? null : { ref: source, cue: span(tokens, c, c + n) };
  }
  // A noun phrase then a saying verb: the verb is the last word.
  const verb = e - 1;
  if (verb > i && SAY_VERBS.has(tokens.lowerAt(verb) ?? "") && cueAt(tokens, verb, lexicon) === 1) {
    const np = nounPhraseSource(tokens, i, verb);
    if (np !== null) return { ref: np, cue: span(tokens, verb, e) };
  }
  return null;
}

/** True when token `k` is a past participle right after the noun it describes (`statement issued`), not after an auxiliary. */
function modifyingParticipleAt(tokens: TokenList, k: number): boolean {
  const participle = tokens.get(k);
  const noun = tokens.get(k - 1);
  if (participle === undefined || noun === undefined || participle.capitalized || participle.lower.length <= 4 || !participle.lower.endsWith("ed")) return false;
  return noun.kind === "word" && !noun.capitalized && !PASSIVE_AUXILIARIES.has(noun.lower) && !PERFECT_AUXILIARIES.has(noun.lower) && !ADVERBS_BEFORE_VERB.has(noun.lower);
}

/** Words that open the occasion after a closing verb (`…, Putin said after talks with Xi`, `… during a visit`). */
const OCCASION_WORDS = new Set(["after", "following", "during", "ahead"]);

/**
 * True when token `k` opens the occasion after a closing verb: `after talks with Xi`, or a part of the occasion
 * (`said at the end of the talks`, `on the sidelines of the summit`).
 */
function opensOccasion(tokens: TokenList, k: number): boolean {
  const w = tokens.lowerAt(k) ?? "";
  if (OCCASION_WORDS.has(w)) return true;
  return (w === "at" || w === "on") && tokens.lowerAt(k + 1) === "the" && OCCASION_PARTS.has(tokens.lowerAt(k + 2) ?? "") && tokens.lowerAt(k + 3) === "of";
}

/** `said X` ending the sentence, or `said X, role`. */
function cueThenSource(tokens: TokenList, i: number, e: number, resolver: SpeakerResolver, lexicon: Lexicon): { ref: SpeakerRef; cue: Span } | null {
  const n = cueAt(tokens, i, lexicon);
  // `…, told Al Jazeera.`: after `told` comes the hearer.
  if (n === 0 || !SAY_VERBS.has(tokens.lowerAt(i) ?? "") || TELL_VERBS.has(tokens.lowerAt(i) ?? "")) return null;
  // (A relative clause about the source may run on: `—added Lula, who recalled that the talks had dragged on …`; and
  // where it was said may close it: `—said Sánchez at a joint press conference`.)
  const closes = (found: { ref: SpeakerRef; next: number } | null): found is { ref: SpeakerRef; next: number } =>
    found !== null &&
    found.ref.resolvedVia !== "pronoun" &&
    (found.next >= e || mediumReaches(tokens, found.next, e) || acronymCloses(tokens, found.next, e) || (tokens.textAt(found.next) === "," && (e - found.next <= MAX_APPOSITION || RELATIVE_PRONOUNS.has(tokens.lowerAt(found.next + 1) ?? ""))));
  // (A courtesy title is no part of the name's mention: `said Mr Wong`, `said Mrs. May`.)
  const title = HONORIFICS.has(tokens.lowerAt(i + n) ?? "") ? (isGluedPeriod(tokens, i + n + 1) ? 2 : 1) : 0;
  // (A body's name after its article: `…, said the Kremlin`, `reported the Saudi Press Agency (SPA)`.)
  const body = tokens.lowerAt(i + n) === "the" && tokens.capitalizedAt(i + n + 1) === true ? speakerFrom(i + n + 1, e, resolver) : null;
  const named = speakerFrom(i + n + title, e, resolver) ?? (body !== null && body.ref.personId === null ? body : null) ?? unnamedMemberFrom(tokens, i + n, e);
  // (`said people familiar with the matter`: a group's phrase runs past the group word a speaker is read from.)
  const after = closes(named) ? named : sourcePhraseFrom(tokens, i + n, e);
  if (closes(after)) return { ref: after.ref, cue: span(tokens, i, i + n) };
  // (A person after the words of an office: `said Kremlin spokesman Dmitry Peskov`, `said Chief Adviser's Press
  // Secretary Shafiqul Alam`.)
  const titled = titledPersonFrom(tokens, i + n, e, resolver, lexicon);
  return closes(titled) ? { ref: titled.ref, cue: span(tokens, i, i + n) } : null;
}

/** True when the source's acronym in brackets closes the sentence at `k` (`reported the Saudi Press Agency (SPA).`). */
function acronymCloses(tokens: TokenList, k: number, e: number): boolean {
  return tokens.textAt(k) === "(" && tokens.textAt(k + 2) === ")" && k + 3 >= e;
}

/**
 * The person named after the words of an office that open at `from` (capitalised, an office's or a possessive, after
 * an article: `the Kremlin's top diplomat Sergei Lavrov`), or null.
 */
function titledPersonFrom(tokens: TokenList, from: number, e: number, resolver: SpeakerResolver, lexicon: Lexicon): { ref: SpeakerRef; next: number } | null {
  for (let k = from; k < Math.min(e, from + MAX_TITLE_WORDS_BEFORE_NAME); k++) {
    const w = tokens.lowerAt(k) ?? "";
    if (k > from) {
      const found = speakerFrom(k, e, resolver);
      if (found !== null && found.ref.personId !== null && found.ref.resolvedVia !== "pronoun") return found;
    }
    if (tokens.capitalizedAt(k) !== true && !lexicon.roleWords.has(w) && !PORTFOLIO_WORDS.has(w) && !isPossessiveAt(tokens, k) && w !== "of" && !(k === from && w === "the")) return null;
  }
  return null;
}

/** Words between the article and the head of an unnamed source after its cue (`a senior US official`). */
const MAX_MEMBER_MODIFIERS = 2;

/**
 * `…, said a person familiar with the plans.`: an unnamed member of a source group, from an article at `from` to the
 * sentence's end, kept as written.
 */
/**
 * A group of sources as written from `from` to its comma or the end, headed by a word of sources within its first
 * three (`said the people, who asked …`, `said people familiar with the matter`, `said two officials briefed on …`);
 * not an object after a verb of writing (`wrote an in-depth assessment of …`) nor a clause (`said the Khan family
 * deserved better`).
 */
function sourcePhraseFrom(tokens: TokenList, from: number, e: number): { ref: SpeakerRef; next: number } | null {
  let end = from;
  while (end < e && end - from <= MAX_NP && tokens.textAt(end) !== ",") end++;
  let head = from;
  while (head < Math.min(end, from + MAX_GROUP_HEAD) && !GENERIC_SOURCES.has(tokens.lowerAt(head) ?? "")) head++;
  if (head >= Math.min(end, from + MAX_GROUP_HEAD)) return null;
  // (A participle of being told or taking part, before its preposition, qualifies the group: `briefed on the talks`;
  // another verb makes a clause, `said the leaders agreed on climate finance`.)
  for (let k = head + 1; k < end; k++) if (finiteVerbAt(tokens, k) && !(PREPOSITIONS.has(tokens.lowerAt(k + 1) ?? "") && SOURCE_PARTICIPLES.has(tokens.lowerAt(k) ?? ""))) return null;
  const ref = nounPhraseSource(tokens, from, end);
  return ref === null ? null : { ref, next: end };
}

/** Most words before the head of a group of sources (`the two senior officials`). */
const MAX_GROUP_HEAD = 4;

function unnamedMemberFrom(tokens: TokenList, from: number, e: number): { ref: SpeakerRef; next: number } | null {
  const article = tokens.lowerAt(from);
  if (article !== "a" && article !== "an" && article !== "one") return null;
  // The head may follow a few modifiers (`a senior US official`).
  let head = from + 1;
  while (head <= from + MAX_MEMBER_MODIFIERS + 1 && !GENERIC_SOURCE_MEMBERS.has(tokens.lowerAt(head) ?? "") && tokens.lowerAt(head) !== "person") head++;
  if (head > from + MAX_MEMBER_MODIFIERS + 1) return null;
  let end = head + 1;
  while (end < e && tokens.textAt(end) !== "," && !TERMINALS.has(tokens.textAt(end) ?? "")) end++;
  const ref = nounPhraseSource(tokens, from, end);
  return ref === null ? null : { ref, next: end };
}

/** Tokens of a reporting cue at `c`, or 1 for a verb of finding right before `that` (`a new poll shows that …`), else 0. */
function reportingVerbAt(tokens: TokenList, c: number, lexicon: Lexicon): number {
  return cueAt(tokens, c, lexicon) || (THAT_VERBS.has(tokens.lowerAt(c) ?? "") && tokens.lowerAt(c + 1) === "that" ? 1 : 0);
}

/** `…, said David Wasserman, an elections analyst.`: after a comma, the verb at `c` has its speaker at `k`, then only an apposition or the end. */
function invertedSpeaker(tokens: TokenList, c: number, k: number, e: number, resolver: SpeakerResolver): boolean {
  const before = tokens.textAt(c - 1) ?? "";
  if (before !== "," && !CLOSING_QUOTE_MARKS.has(before)) return false;
  const who = resolver.speakerAt(k);
  return who !== null && (who.next >= e || tokens.textAt(who.next) === "," || TERMINALS.has(tokens.textAt(who.next) ?? ""));
}

/** Most clauses of one sentence read one after another (`A said X, but B said Y, and C said Z`). */
const MAX_JOINED_CLAUSES = 6;
/** Longest subject of a clause joined after a comma (`but critics in Canberra said`), in tokens. */
const MAX_JOINED_SUBJECT = 6;

/** `…, but critics in Canberra said …`: the reporting verb of a clause joined at `k` (a comma) with a subject of its own, or -1. */
function joinedClauseCue(tokens: TokenList, quoted: Uint8Array, k: number, e: number, lexicon: Lexicon): number {
  if (tokens.textAt(k) !== "," || quoted[k] === 1 || !CLAUSE_JOINERS.has(tokens.lowerAt(k + 1) ?? "")) return -1;
  // (A name set off by commas may stand in the subject: `…, while the UK prime minister, Keir Starmer, told reporters`.)
  let commas = 0;
  for (let j = k + 2; j < e && j - k - 2 - commas <= MAX_JOINED_SUBJECT; j++) {
    const t = tokens.get(j);
    if (t !== undefined && t.text === "," && commas < MAX_SUBJECT_COMMAS && quoted[j] !== 1 && j > k + 2) {
      commas++;
      continue;
    }
    if (t === undefined || t.kind !== "word" || quoted[j] === 1) return -1;
    // (Or another verb of saying in the past: `…, while Reform UK leader Nigel Farage described it as "a surrender"`.)
    // (Not a passive's participle: `…, and speeches is expected to draw …`.)
    const pastCue = t.lower.endsWith("ed") && lexicon.cueWords.has(t.lower) && !PASSIVE_AUXILIARIES.has(tokens.lowerAt(j - 1) ?? "");
    if (SAY_VERBS.has(t.lower) || pastCue) return j > k + 2 && tokens.kindAt(j + 1) === "word" ? j : -1;
  }
  return -1;
}

/** Most commas inside the subject of a joined clause: those around a name apposed to a description. */
const MAX_SUBJECT_COMMAS = 2;

function subjectVerbClause(tokens: TokenList, quoted: Uint8Array, b: number, e: number, resolver: SpeakerResolver, lexicon: Lexicon, depth = 0): Omit<Attribution, "id" | "text">[] {
  let best: { cue: number; n: number; content: number } | null = null;
  // What a relative clause before the main verb reports, its words up to the clause's comma.
  const asides: Omit<Attribution, "id" | "text">[] = [];
  for (let c = b + 1; c < e - 2; c++) {
    if (quoted[c] === 1) continue;
    const n = reportingVerbAt(tokens, c, lexicon);
    if (n === 0) continue;
    const t = tokens.get(c);
    // (A phrase that opens with such a verb still reports: `expressed concern that …`.)
    if (t === undefined || (n === 1 && PARTIAL_ONLY_VERBS.has(t.lower)) || t.lower === "according") continue;
    const aside = relativeAside(tokens, c, b, e, lexicon);
    if (aside !== null) {
      // `Tony Podesta, who said the project was vetted by his firm's counsel, said …`: the antecedent's own report.
      // (`…, who have argued that …`: an auxiliary may stand between; a group the antecedent names speaks too.)
      const direct = aside.pronoun + 1 === c || (aside.pronoun + 2 === c && PERFECT_AUXILIARIES.has(tokens.lowerAt(aside.pronoun + 1) ?? ""));
      const who = direct ? (personEndingAt(tokens, aside.pronoun - 1, resolver) ?? (tokens.lowerAt(aside.pronoun) === "who" ? groupBefore(tokens, aside.pronoun - 1) : null)) : null;
      const that = thatAhead(tokens, c + n, aside.close);
      // (Without `that`, only a verb whose words follow it at once: `who has told aides he sees …` names its hearer first.)
      const reported = who === null || (that < 0 && (!SAY_VERBS.has(t.lower) || TELL_VERBS.has(t.lower))) ? null : make(tokens, quoted, who, span(tokens, c, c + n), that < 0 ? c + n : that + 1, aside.close);
      if (reported !== null) asides.push(reported);
      continue;
    }
    // `affirmed the need to maintain human control`: an infinitive of a verb that also takes a plain object reports
    // nothing unless `that` follows (`to admit that`, `to insist she will` still report).
    if (tokens.lowerAt(c - 1) === "to" && OBJECT_TAKING_CUES.has(t.lower) && tokens.lowerAt(c + n) !== "that") continue;
    // `have announced a "one in, one out" pilot scheme`: an indefinite object after a verb of announcing is the thing
    // announced, no clause (`said a deal was near` still reports).
    // (So is a definite one with no verb of its own before the clause ends: `announced the declaration after a summit
    // at the White House`; `announced the deal would be signed` reports.)
    // (So is one agreed: `are expected to agree a new deal on small boats`; `seem to agree the boy should go back` reports.)
    if ((ANNOUNCING.has(t.lower) || AGREEING.has(t.lower)) && (tokens.lowerAt(c + n) === "a" || tokens.lowerAt(c + n) === "an" || verblessObject(tokens, c + n, e))) continue;
    // `No one claimed responsibility for the attacks`: a deed owned, no words.
    if (CLAIMING.has(t.lower) && CLAIMED_DEEDS.has(tokens.lowerAt(c + n) ?? "")) continue;
    // `The alliance has expanded three times, adding Greece and Turkey in 1952, …`: things added, no clause.
    if (t.lower === "adding" && tokens.lowerAt(c + n) !== "that" && quoted[c + n] !== 1 && verblessUntil(tokens, c + n, e)) continue;
    // `the US admitted 59 white South Africans as refugees`: letting in, not owning up.
    const object = tokens.get(c + n);
    // (`EAC leaders admitted Somalia into the bloc`: an object let in somewhere.)
    if (ADMITTING.has(t.lower) && object !== undefined && (PATTERNS.startsWithDigit.test(object.lower) || (NP_OPENERS.has(object.lower) && object.lower !== "that") || admittedInto(tokens, c + n, e))) continue;
    // `Russia recalled its ambassador to Washington`: called home, not called to mind.
    if (RECALLING.has(t.lower) && recallsEnvoy(tokens, c + n, e)) continue;
    // A cue phrase that ends on `that` (`shared that`, `noted that`) opens the clause itself.
    if (n > 1 && tokens.lowerAt(c + n - 1) === "that") {
      best ??= { cue: c, n: n - 1, content: c + n };
      break;
    }
    let k = c + n;
    // `told reporters`, `told him`, `told a news conference`: the hearer; then a medium (`in an interview with RT`).
    // (A cue phrase may hold its hearer already: `told journalists that …`.)
    // `told his US counterpart Joe Biden on Wednesday that …`: the words before a `that` soon after are the hearer and when.
    const tell = TELL_VERBS.has(t.lower);
    // `warned Chinese leader Xi Jinping that …`, `assured him that …`: a hearer before the clause, as after `told`.
    const thatSoon = tell || HEARER_VERBS.has(t.lower) ? thatSoonAt(tokens, k, e) : -1;
    if (thatSoon > k) k = thatSoon;
    // (A cue phrase holds its hearer already: `told reporters the two sides agreed …` goes on with the clause.)
    else if (tell && n === 1 && tokens.lowerAt(k) !== "that") {
      // (A body after its article too: `told the BBC the prime minister had …`.)
      const named = resolver.speakerAt(k + 1);
      const hearer = resolver.speakerAt(k) ?? (tokens.lowerAt(k) === "the" && named !== null && named.ref.personId === null && named.ref.resolvedVia === "name" ? named : null);
      // `told his guest at the Great Hall`, `told his guest that …`: the possessive and its noun are the hearer when
      // no clause follows them (`told his advisers to find a way` keeps its directive).
      const after = tokens.get(k + 2);
      const noClause = after === undefined || after.kind === "punct" || after.lower === "that" || (NOT_CLAUSE_START.has(after.lower) && after.lower !== "to");
      if (POSSESSIVE_DETERMINERS.has(tokens.lowerAt(k) ?? "") && tokens.kindAt(k + 1) === "word" && noClause) k += 2;
      else if (hearer !== null) {
        k = (hearer.ref.personId === null ? personAfterOutlet(tokens, hearer.next, resolver) : null) ?? hearer.next;
        // (`told Fox News Radio on Thursday`, `told the Guardian newspaper`: the outlet's own medium word goes with its name.)
        // (`told the Reuters news agency`: `news` before such a word.)
        const mediumWord = (j: number): boolean => MEDIUM_NOUNS.has(tokens.lowerAt(j) ?? "") || AUDIENCE_NOUNS.has(tokens.lowerAt(j) ?? "");
        while (hearer.ref.personId === null && (mediumWord(k) || (tokens.lowerAt(k) === "news" && mediumWord(k + 1)))) k++;
        // (And the outlet's programme after its possessive: `told BBC Radio Four's Any Questions.`)
        if (hearer.ref.personId === null && isPossessiveAt(tokens, k) && isCapitalizedAt(tokens, k + 1)) {
          k++;
          while (k < e && isCapitalizedAt(tokens, k)) k++;
        }
      }
      else if (HEARERS.has(tokens.lowerAt(k) ?? "")) k++;
      else k = audienceEnd(tokens, k, e);
      // (A hearer in capitals this reading does not know, set off by a comma before the words: `a senior Kurdish
      // official told MEE, the deadline "is unlikely to be met"`.)
      if (k === c + n) k = capitalsBeforeComma(tokens, k, e);
      // `he told Pakistani state television.`: a hearer this reading does not know is no clause; only `that`
      // shows where the content begins after it.
      if (k === c + n && thatAhead(tokens, k, e) < 0) continue;
    }
    const medium = mediumAt(tokens, k, e);
    if (medium !== null) k = tokenIndexAt(tokens, medium.end);
    // `Macron said: We have a shared responsibility.`: unmarked words after the verb's colon are what was said, as a
    // live blog or transcript sets them (a quotation after the colon is the quote stage's), when a person or a pronoun
    // says them right before the verb (not `what his supporters have long said:`, nor a noun, `Editor's note:`).
    if (best === null && tokens.textAt(k) === ":" && COLON_CUES.has(t.lower) && tokens.kindAt(k + 1) === "word" && quoted[k + 1] !== 1 && (PERSONAL_SUBJECTS.has(tokens.lowerAt(c - 1) ?? "") || personEndingAt(tokens, c, resolver) !== null)) {
      best = { cue: c, n, content: k + 1 };
      break;
    }
    const afterComma = tokens.textAt(k) === ",";
    if (afterComma) k++;
    // `the president added, referring to the war`: a participle after the comma describes the speaking; a
    // reporting one (`adding that B`, `citing B`) reports something.
    // (So does a passive one with its agent: `Golob said, quoted by the STA`, `cited by state media`.)
    if (afterComma && (isParticipleAdjunct(tokens, k, lexicon) || (pastParticipleLike(tokens.get(k)) && tokens.lowerAt(k + 1) === "by"))) {
      // `said, smiling, that …`, `reported, citing sources, that …`: the clause comes after the participle's phrase.
      const that = commaThatAt(tokens, k + 1, e);
      if (that < 0) continue;
      k = that - 1;
    }
    // `told a joint press conference, repeating a line he has used since 2022`: after a hearer, a reporting participle
    // with a plain object reports nothing of the verb's own. (After `said`, PolNeAR reads such a phrase as what was
    // said: `said, recalling a visit to his church`.)
    const ownParticiple = afterComma && (tokens.lowerAt(k)?.endsWith("ing") ?? false) ? reportingVerbAt(tokens, k, lexicon) : 0;
    if (tell && ownParticiple > 0 && tokens.lowerAt(k + ownParticiple) !== "that" && !SAY_VERBS.has(tokens.lowerAt(k) ?? "")) continue;
    // `said on Friday during a news conference that …`: adverbials before the content; `said, among other things,
    // that …`: an aside between commas.
    const that = afterComma ? thatAfterAside(tokens, k, e) : thatAhead(tokens, k, e);
    if (that >= 0) {
      // A cue met earlier keeps its clause (`X noted that A, stressing that B`: B is split off below).
      best ??= { cue: c, n, content: that + 1 };
      break;
    }
    k = skipAdverbials(tokens, k, e);
    const next = tokens.get(k);
    // `said it was …` opens a clause; `said it` with nothing after is the object, and so is one with only a phrase
    // of time or place after it (`confirmed it only on Saturday evening`, `said it in a statement`).
    const objectIt = next?.lower === "it" && itIsObject(tokens, k + 1);
    // `told CNN in an interview aired on Sunday`: a participle goes on describing the medium, it opens no clause.
    // (An irregular one too: `at a joint press conference held after the talks`.)
    const participle = medium !== null && pastParticipleLike(next);
    if (participle) {
      // (Unless a `that` follows the participle's phrase: `said in a video posted on Facebook that …` reports.)
      const that = thatAhead(tokens, k + 1, e);
      if (that >= 0 && best === null) {
        best = { cue: c, n, content: that + 1 };
        break;
      }
      continue;
    }
    // `said this was the only chance`, `say this effect could …`: a demonstrative that opens a clause, not a time
    // (`this week`, skipped above) nor an object (`said this to reporters`, `said this.`).
    const afterThis = tokens.get(k + 1);
    // (`He said this when met by journalists`: a subordinator after it makes `this` the object.)
    const demonstrativeSubject = next?.lower === "this" && afterThis?.kind === "word" && !PREPOSITIONS.has(afterThis.lower) && !SUBORDINATORS.has(afterThis.lower) && !TIME_NOUNS.has(afterThis.lower) && !WEEKDAY_WORDS.has(afterThis.lower);
    if (best === null && SAY_VERBS.has(t.lower) && next !== undefined && next.kind === "word" && quoted[k] !== 1 && !objectIt && !invertedSpeaker(tokens, c, k, e, resolver) && (demonstrativeSubject || !NOT_CLAUSE_START.has(next.lower)) && !TERMINALS.has(next.text)) {
      best = { cue: c, n, content: k };
    }
  }
  if (best === null) return asides;
  // The subject: the first speaker words before the cue, within the same clause, after an opening clause.
  let from = openingClauseEnd(tokens, b, best.cue, quoted);
  for (let k = best.cue - 1; k > from; k--) {
    if (tokens.textAt(k) === ";" || tokens.textAt(k) === ":") {
      from = k + 1;
      break;
    }
  }
  // `Modi met Trump on Thursday, and Trump said …`: a clause joined after a comma may have a subject of its own (not a
  // list of names: `Putin, Xi, and Modi said`); `he added, while also saying that …` has none, and keeps the sentence's.
  let joined = -1;
  for (let k = best.cue - 1; k > from + 1 && joined < 0; k--) {
    // (`…, though Spain said`: no list of names goes on with `though`.)
    const concessive = CONCESSIVE_JOINERS.has(tokens.lowerAt(k + 1) ?? "");
    if (tokens.textAt(k) === "," && CLAUSE_JOINERS.has(tokens.lowerAt(k + 1) ?? "") && (concessive || !listedName(tokens, k - 1, from, resolver))) joined = k + 2;
  }
  let antecedent: SpeakerRef | null = null;
  // `a deal, which Downing Street said would create jobs`: a relative pronoun opens the clause whose subject speaks
  // (not `Putin, who met Xi, said`, whose relative clause a comma closes before the verb).
  for (let k = best.cue - 1; k > from && k >= best.cue - MAX_RELATIVE_SUBJECT; k--) {
    const w = tokens.lowerAt(k) ?? "";
    if (tokens.textAt(k) === ",") break;
    // `who said …`, `who in 2010 said …` are the antecedent's speech: only a noun phrase after the pronoun moves the source.
    // (`a move that analysts said underlined …`: a `that` with a subject of its own after it, too.)
    if (w === "which" || w === "who" || w === "whom" || w === "that" || w === "where") {
      const next = tokens.get(k + 1);
      // (`where restructuring experts say …`: a generic group after a modifier or two.)
      const group = k + 1 < best.cue && best.cue - (k + 1) <= MAX_GROUP_WORDS && GENERIC_SOURCES.has(tokens.lowerAt(best.cue - 1) ?? "");
      if (k + 1 < best.cue && next !== undefined && (next.capitalized || NP_OPENERS.has(next.lower) || GENERIC_SOURCES.has(next.lower) || group)) from = k + 1;
      // `Obama met McConnell, who in 2010 said …`: the person the relative clause hangs on speaks.
      // (`nervous Democrats on Capitol Hill, who have argued …`: a group the place qualifies, when no person ends there.)
      else if (w === "who" && tokens.textAt(k - 1) === ",") antecedent = personEndingAt(tokens, k - 1, resolver) ?? groupBefore(tokens, k - 1);
      // (`drew criticism from European Union leaders who said …`: without a comma, the group right before `who`.)
      else if (w === "who") antecedent = groupEndingAt(tokens, k - 1);
      // (`…, according to a Kremlin readout, which added that …`: a document the relative clause hangs on speaks.)
      else if (w === "which" && tokens.textAt(k - 1) === ",") antecedent = documentEndingAt(tokens, k - 1);
      break;
    }
  }
  // `… called on Republicans to unendorse Trump after the billionaire estate mogul claimed that …`: a subordinate
  // clause inside the sentence has a subject of its own, between the subordinator and the cue (`as` opens a frame,
  // read elsewhere, but for `even as`, which opens a clause as `while` does; a comma ends the look back).
  // Where a participle that describes the subject starts, if one does (`issued after the talks`).
  let described = -1;
  let withSubject = false;
  // `…, with the two sides stressing the need to …`, `With Xi saying …`: a participle after `with` reports for the noun
  // phrase between them, not for the subject of the sentence.
  if (antecedent === null && (tokens.lowerAt(best.cue) ?? "").endsWith("ing")) {
    for (let k = best.cue - 2; k >= from && k >= best.cue - MAX_RELATIVE_SUBJECT; k--) {
      if (tokens.textAt(k) === ",") break;
      if (tokens.lowerAt(k) === "with" && (k === b || tokens.textAt(k - 1) === ",")) {
        from = k + 1;
        withSubject = true;
        break;
      }
    }
  }
  if (antecedent === null) {
    for (let k = best.cue - 1; k > from && k >= best.cue - MAX_RELATIVE_SUBJECT; k--) {
      const w = tokens.lowerAt(k) ?? "";
      if (tokens.textAt(k) === ",") break;
      if (!SUBORDINATORS.has(w) || (w === "as" && tokens.lowerAt(k - 1) !== "even")) continue;
      // (Not a participle's preposition inside the subject: `A joint statement issued after the talks said …`; a
      // passive's is a clause's, `Supporters were angered after Trump said …`.)
      if (modifyingParticipleAt(tokens, k - 1)) {
        described = k - 1;
        break;
      }
      const next = tokens.get(k + 1);
      if (k + 1 < best.cue && next !== undefined && (next.capitalized || NP_OPENERS.has(next.lower))) from = k + 1;
      break;
    }
  }
  // (`a charity …, that prosecutors said was suspected`: a relative clause after the joined one has the subject.)
  if (joined >= 0 && joined <= from) joined = -1;
  // The first person named in the clause; else the first speaker words of any kind (an organisation met
  // first is often a modifier: `Chinese Foreign Ministry spokeswoman Mao Ning said`).
  let source: SpeakerRef | null = antecedent;
  let other: SpeakerRef | null = null;
  let objectEnd = -1;
  // (Nobody in the joined clause, nor a noun phrase as its subject: the sentence's subject.)
  for (const start of joined >= 0 ? [joined, from] : [from]) {
    if (start === from && joined >= 0) source ??= other === null ? nounPhraseSource(tokens, joined, best.cue) : null;
    if (source !== null || other !== null) break;
    for (let k = start; k < best.cue && source === null; k++) {
      if (quoted[k] === 1) continue;
      // (`The statement, which Trump signed, said`: one named in a relative clause set off by commas is not its head.)
      const close = relativeClauseClose(tokens, k, best.cue);
      if (close >= 0) {
        k = close;
        continue;
      }
      const who = resolver.speakerAt(k);
      if (who === null) continue;
      // `The Kremlin's readout of a call between Putin and Erdogan said`: people inside a prepositional phrase are
      // not the subject.
      // (Past the titles before the name: `attended by His Royal Highness Crown Prince Hussein, the two leaders stressed`.)
      // (Not after the `with` that opens a participle's subject, titles and all: `with President Tokayev saying …`.)
      const withHead = withSubject && allCapitalizedWords(tokens, from, k);
      if (who.ref.personId !== null && (((PREPOSITIONS.has(tokens.lowerAt(k - 1) ?? "") || prepositionBeforeTitles(tokens, k)) && !withHead) || coordinatedAfter(tokens, objectEnd, k))) {
        objectEnd = who.next;
        k = who.next - 1;
        continue;
      }
      // `For his part, Lula said`: a possessive is not the subject, nor a possessor (`Meloni's office said`).
      if (who.ref.resolvedVia === "pronoun" && POSSESSIVE_DETERMINERS.has(tokens.lowerAt(k) ?? "")) continue;
      if ((isPossessiveAt(tokens, who.next) || (who.ref.personId === null && pluralPossessive(tokens, quoted, who.next))) && who.next + 1 < best.cue) {
        k = who.next;
        continue;
      }
      const joint = jointSource(tokens, who, best.cue, resolver);
      if (who.ref.personId !== null || who.ref.resolvedVia === "pronoun") source = joint ?? who.ref;
      else if (joint !== null) source = joint;
      // `Two EU officials … said`: an organisation that qualifies a generic group is not the source; the group is.
      else if (isOrganization(who.ref) && (GENERIC_SOURCES.has(tokens.lowerAt(who.next) ?? "") || GENERIC_SOURCE_MEMBERS.has(tokens.lowerAt(who.next) ?? ""))) other ??= nounPhraseSource(tokens, clauseStart(tokens, from, who.next, lexicon), who.next + 1) ?? who.ref;
      else other ??= who.ref;
      k = who.next - 1;
    }
  }
  // `the Kremlin spokesman said`: the unnamed speaker, not the organisation that qualifies it.
  // (`A source in the Kremlin said`: a member of a group qualified by the body after it.)
  if (source === null && other !== null && isOrganization(other)) {
    const start = clauseStart(tokens, from, best.cue, lexicon);
    const np = nounPhraseSource(tokens, start, best.cue);
    source = widerThan(np, other) ?? (memberHeaded(tokens, start) ? np : null);
  }
  source ??= other;
  // A leading adverbial (`Again, those surveyed said …`) is not part of the source.
  // `The head of state also drew attention …`: adverbs between the subject and its verb are not part of it.
  let subjectEnd = described > from ? described : best.cue;
  // (So is the auxiliary of a cue in the progressive: `The New York state attorney general is confirming that …`.)
  // (A cue ending in `-ing`, read once here and for the participle below.)
  const progressive = (tokens.lowerAt(best.cue) ?? "").endsWith("ing");
  while (subjectEnd > from + 1 && (ADVERBS_BEFORE_CUE.has(tokens.lowerAt(subjectEnd - 1) ?? "") || (progressive && PROGRESSIVE_AUXILIARIES.has(tokens.lowerAt(subjectEnd - 1) ?? "")))) subjectEnd--;
  // `Moscow pulled out of the deal in July, complaining that …`: a participle after a comma reports for the subject
  // of the clause before it, which ends at that clause's verb.
  if (source === null && tokens.textAt(best.cue - 1) === "," && progressive) {
    const start = clauseStart(tokens, from, subjectEnd, lexicon);
    let verb = start + 1;
    // (A past participle after an article or a preposition qualifies a noun: `the notice of a certified letter`.)
    while (verb < subjectEnd && !(pastVerbLike(tokens.get(verb)) && !DETERMINERS.has(tokens.lowerAt(verb - 1) ?? "") && !PREPOSITIONS.has(tokens.lowerAt(verb - 1) ?? ""))) verb++;
    subjectEnd = verb;
    // (A country or its capital as that subject acts for its government.)
    const place = resolver.placeAt(start);
    if (place !== null && place.next === verb) source = place.ref;
  }
  // (A body's short name in brackets may close it: `The President's Media Division (PMD) said …`.)
  const subjectStart = clauseStart(tokens, from, subjectEnd, lexicon);
  source ??= nounPhraseSource(tokens, subjectStart, subjectEnd) ?? nounPhraseSource(tokens, subjectStart, asideStartBefore(tokens, subjectStart, subjectEnd)) ?? subjectBeforeAside(tokens, from, best.cue) ?? unresolvedPronoun(tokens, from, best.cue);
  if (source === null) return [];
  source = possessedHolder(tokens, source, resolver);
  // `He reiterated that A and underscored that B`: one source, two statements.
  const out: Omit<Attribution, "id" | "text">[] = [];
  let cue = span(tokens, best.cue, best.cue + best.n);
  let content = best.content;
  // Where a predicate of the speaker's own ends what was said (`… but declined to give details`), once found; and
  // whether what was said so far (read up to `scanned`) tells of the past.
  let cut = -1;
  let scanned = content;
  let past = false;
  // `"…," Putin said, adding that B`: the verb after the comma reports B.
  // (An adverb may stand before the participle: `Henry said, likely referring to Trump's first TV ad`.)
  const leadAt = tokens.textAt(content - 1) === "," && adverbAt(tokens, content) && (tokens.lowerAt(content + 1) ?? "").endsWith("ing") ? content + 1 : content;
  const lead = tokens.lowerAt(leadAt) ?? "";
  const leadVerb = lead.endsWith("ing") ? reportingVerbAt(tokens, leadAt, lexicon) : 0;
  if (leadVerb > 0 && tokens.lowerAt(leadAt + leadVerb) === "that") {
    cue = span(tokens, leadAt, leadAt + leadVerb);
    content = leadAt + leadVerb + 1;
  } else if (tokens.textAt(content - 1) === "," && (participleAt(tokens, leadAt) || leadVerb > 0)) {
    // `"…," he said, adding Turkey would help`, `…, repeating a refrain that has become common`: a reporting participle
    // after the cue's comma reports what follows it, under its own cue; another participle tells what the speaker did,
    // not what was said (`…, smiling at reporters`).
    // (So does a frame of speaking, `…, speaking by phone from Nice`, and a verb with a preposition after it that opens no
    // object of its own, `…, pointing to one and then the other of his ears`.)
    if (leadVerb === 0 || SPEAKING_FRAMES.has(lead) || PREPOSITIONS.has(tokens.lowerAt(leadAt + leadVerb) ?? "")) return asides;
    cue = span(tokens, leadAt, leadAt + leadVerb);
    content = leadAt + leadVerb;
  }
  for (let k = content + 1; k < e - 2; k++) {
    // `A said X, but critics in Canberra said Y`: the joined clause reports for its own subject.
    if (depth < MAX_JOINED_CLAUSES && joinedClauseCue(tokens, quoted, k, e, lexicon) >= 0) {
      const first = make(tokens, quoted, source, cue, content, cut >= 0 ? cut : k);
      if (first !== null) out.push(first);
      // `…, but he said that B`: a pronoun opening the joined clause stands for the subject of the first.
      const subject = tokens.lowerAt(k + 2) ?? "";
      const own = source.personId !== null ? subject === "he" || subject === "she" : subject === "they";
      const joined = subjectVerbClause(tokens, quoted, k + 2, e, resolver, lexicon, depth + 1);
      return [...asides, ...out, ...joined.map((a) => (own && a.source.mention?.start === tokens.startAt(k + 2) ? { ...a, source } : a))];
    }
    // `Ruto said Kenya would scrap the levy, while Museveni directed his minister to …`: another named person's own verb
    // after a contrast ends what was said.
    if (cut < 0 && tokens.textAt(k) === "," && CONTRAST_JOINS.has(tokens.lowerAt(k + 1) ?? "") && otherActsAt(tokens, k + 2, source, resolver)) {
      cut = k;
      break;
    }
    // `… and underscored that B`, `…, but warned that B`, `…, stressing that B`, `… "common ground," adding that B` (the comma inside the mark).
    const mark = tokens.textAt(k) === "," && CLOSING_QUOTE_MARKS.has(tokens.textAt(k + 1) ?? "") ? 1 : 0;
    const joint = tokens.lowerAt(k) === "and" || tokens.lowerAt(k) === "but" || (tokens.textAt(k) === "," && (tokens.lowerAt(k + 1 + mark) ?? "").endsWith("ing"));
    if (!joint || (quoted[k] === 1 && mark === 0)) continue;
    const verb = k + 1 + mark;
    const n = reportingVerbAt(tokens, verb, lexicon);
    // (`…, adding: "We count on Turkey's leadership."`, `… and added: "…"`: a quotation after the verb's colon is its
    // own words, not more of what was said before.)
    if (n > 0 && tokens.textAt(verb + n) === ":" && quoted[verb + n + 2] === 1) {
      if (cut < 0) cut = jointEnd(tokens, k, mark);
      break;
    }
    // The verb after the joint reports B; so does `and said` with no `that` (`acknowledged that attendance had been low
    // and said the next summit would be …`), when what was said so far has no subject that could speak (`said the
    // leaders met and said …` is the leaders').
    const thatAfter = n > 0 && tokens.lowerAt(verb + n) === "that";
    // (After `but`, any verb of saying: `said the agreement was "a major breakthrough" but admitted it would not …`.)
    const saysAgain = tokens.lowerAt(k) === "and" ? BARE_SAYING.has(tokens.lowerAt(verb) ?? "") : tokens.lowerAt(k) === "but";
    const again = mark === 0 && n > 0 && !thatAfter && saysAgain && opensClauseAt(tokens, verb + n) && !speakerOpens(tokens, content, resolver);
    if (thatAfter || again) {
      const first = make(tokens, quoted, source, cue, content, cut >= 0 ? cut : jointEnd(tokens, k, mark));
      if (first !== null) out.push(first);
      cut = -1;
      cue = span(tokens, verb, verb + n);
      content = thatAfter ? verb + n + 1 : verb + n;
      scanned = content;
      past = false;
      k = content;
      continue;
    }
    // `said the talks would continue but declined to give details`: a verb of the speaker's own ends what was said,
    // when what was said is not itself told in the past (`said the leaders met and agreed to …` goes on).
    // (Each token is read once for a verb in the past, however many such joints a hostile sentence holds.)
    if (mark === 0 && cut < 0 && speakerPredicateAt(tokens, verb, lexicon)) {
      for (; scanned < k; scanned++) past ||= pastVerbLike(tokens.get(scanned));
      if (past) continue;
      cut = tokens.textAt(k - 1) === "," ? k - 1 : k;
    }
  }
  const end = cut >= 0 ? cut : e;
  // `Xi stressed that A, state media reported`: the outlet's tail closes what Xi said.
  const tail = tailAttribution(tokens, content, end, resolver, lexicon);
  const last = make(tokens, quoted, source, cue, content, tail === null ? end : tail.comma);
  if (last !== null) out.push(last);
  return [...asides, ...out];
}

/** Words that set a clause against the one before (`…, while Museveni directed …`). */
const CONTRAST_JOINS = new Set(["while", "whereas"]);

/** Past forms that tell a state, not an act (`while Sanders was open`, still the speaker's contrast). */
const STATE_VERBS = new Set(["was", "were", "had", "did", "would", "could", "should", "might"]);

/** True when a person other than `source`, named at token `k`, acts in the past right after the name (`Museveni directed`). */
function otherActsAt(tokens: TokenList, k: number, source: SpeakerRef, resolver: SpeakerResolver): boolean {
  const other = resolver.speakerAt(k);
  const verb = tokens.get(other?.next ?? -1);
  return other !== null && other.ref.personId !== null && other.ref.personId !== source.personId && (other.ref.resolvedVia === "name" || other.ref.resolvedVia === "alias") && pastVerbLike(verb) && !STATE_VERBS.has(verb?.lower ?? "");
}

/**
 * Where what was said ends before the joint at `k` (`and`, `but`, or a comma before a participle): after the closing
 * mark when the comma stands inside it (`mark` 1), else before the joint and a comma before it.
 */
function jointEnd(tokens: TokenList, k: number, mark: number): number {
  return mark === 1 ? k + 2 : tokens.textAt(k - 1) === "," ? k - 1 : k;
}

/** Verbs that report again after `and` without `that` (`… and said the next summit would be …`). */
const BARE_SAYING = new Set(["said", "added", "says", "adds"]);

/** True when token `k` may open a clause: a determiner, a pronoun or a capitalised word (`the next summit`, `it`, `Brazil`). */
function opensClauseAt(tokens: TokenList, k: number): boolean {
  const t = tokens.get(k);
  return t !== undefined && t.kind === "word" && (DETERMINERS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || t.capitalized);
}

/** Most words of a clause's opening read for a subject that could speak (`the two leaders`). */
const SUBJECT_REACH = 3;

/** True when a speaker (a person, a group, a pronoun) is named in the first words from token `k` (`the leaders met`). */
function speakerOpens(tokens: TokenList, k: number, resolver: SpeakerResolver): boolean {
  for (let j = k; j < k + SUBJECT_REACH && tokens.kindAt(j) === "word"; j++) if (resolver.speakerAt(j) !== null) return true;
  return false;
}

/** Pronouns that may be the subject of a reported clause. */
const SUBJECT_PRONOUNS = new Set(["he", "she", "it", "they", "we", "i", "you", "there"]);

/** True for a verb in the past (`met`, `had`, `stalled`). */
function pastVerbLike(t: Token | undefined): boolean {
  return t !== undefined && !t.capitalized && (PAST_MARKERS.has(t.lower) || (t.lower.endsWith("ed") && t.lower.length > 4));
}

/** As {@link pastVerbLike}, but no adverb of the past (`last`, `earlier`): a word that may be a past participle (`held`, `signed`). */
function pastParticipleLike(t: Token | undefined): boolean {
  return pastVerbLike(t) && !PAST_ADVERBS.has(t?.lower ?? "");
}

/**
 * A bare apostrophe glued to a plural and followed by a word (`The allies' final communique`), outside any quotation.
 * (Read after a group only: after a person's name, `Sanders' campaign` speaks for the person, as before.)
 */
function pluralPossessive(tokens: TokenList, quoted: Uint8Array, k: number): boolean {
  return pluralPossessiveAt(tokens, k) && quoted[k] !== 1 && tokens.kindAt(k + 1) === "word";
}

/** Verbs of the speaker's own conduct after what was said (`but declined to give details`, `and gave no date`). */
const SPEAKER_PREDICATES = new Set(["declined", "refused", "gave", "offered", "provided"]);
/** Auxiliaries that, negated, tell of the speaker's silence (`but did not elaborate`, `but would not say`). */
const SILENT_AUXILIARIES = new Set(["did", "would", "could"]);

/**
 * True when token `k`, right after `and`/`but`, opens a predicate of the speaker that says nothing: a verb of
 * declining or giving (`but declined to`, `and gave no date`) or a negated auxiliary (`but did not elaborate`). (A
 * reporting verb goes on with what was said: `said A and warned against B` reports both.)
 */
function speakerPredicateAt(tokens: TokenList, k: number, lexicon: Lexicon): boolean {
  const w = tokens.lowerAt(k) ?? "";
  if (SPEAKER_PREDICATES.has(w)) return true;
  if (!SILENT_AUXILIARIES.has(w) || (tokens.lowerAt(k + 1) !== "not" && tokens.lowerAt(k + 1) !== "n't")) return false;
  // (Not a negated report, which still tells what was said: `but did not suggest it would be Trump`; one with
  // nothing after it says nothing: `but did not elaborate.`)
  const n = reportingVerbAt(tokens, k + 2, lexicon);
  return n === 0 || tokens.kindAt(k + 2 + n) !== "word";
}

/** `referring to …`, `smiling`: a present participle that is not itself a reporting verb (`adding`, `citing`). */
function isParticipleAdjunct(tokens: TokenList, k: number, lexicon: Lexicon): boolean {
  // (An adverb may come first: `announced, formally adopting the document`.)
  const adverb = adverbAt(tokens, k);
  const t = tokens.get(adverb ? k + 1 : k);
  // (A short one too, `said, using the Spanish acronym`; not a verb's plain form, `bring`.)
  if (t === undefined || t.kind !== "word" || isCapitalized(t) || t.lower.length <= 4 || !t.lower.endsWith("ing") || t.lower.endsWith("thing") || PLAIN_FORMS_IN_ING.has(t.lower)) return false;
  return reportingVerbAt(tokens, adverb ? k + 1 : k, lexicon) === 0;
}

/** True when token `k` is an adverb in `-ly` in lower case (`likely`, `formally`). */
function adverbAt(tokens: TokenList, k: number): boolean {
  const t = tokens.get(k);
  return t !== undefined && t.kind === "word" && t.lower.endsWith("ly") && !isCapitalized(t);
}

/** Words of five letters in `-ing` that are no participle. */
const PLAIN_FORMS_IN_ING: ReadonlySet<string> = new Set(["bring", "cling", "fling", "sling", "sting", "swing", "wring"]);

/** Longest closing `, asking not to be identified …` clause, in tokens. */
const MAX_ANONYMITY_REQUEST = 20;

/** Forms of `agree`, which takes the thing agreed as often as a clause (`agree a deal`, `agreed the text`). */
const AGREEING = new Set(["agree", "agrees", "agreed", "agreeing"]);

/** Verbs of announcing, which take the thing announced as often as a clause (`announced a deal`). */
const ANNOUNCING = new Set(["announce", "announces", "announced", "announcing", "unveil", "unveils", "unveiled", "unveiling"]);

/** Adverbs that may stand between an object `it` and the phrase after it (`confirmed it only on Saturday`). */
const AFTER_OBJECT_ADVERBS = new Set(["only", "again", "later", "earlier", "publicly", "privately", "first", "too", "repeatedly"]);

/** True when the words from token `k` on, after an `it`, make it an object: nothing, or adverbs before a phrase of time or place. */
function itIsObject(tokens: TokenList, k: number): boolean {
  let j = k;
  // (A run no longer than the set, so hostile text of repeated adverbs reads no further.)
  while (j < k + AFTER_OBJECT_ADVERBS.size && AFTER_OBJECT_ADVERBS.has(tokens.lowerAt(j) ?? "")) j++;
  const w = tokens.lowerAt(j) ?? "";
  // (Not `to` before a verb: `Officials expect it to raise rates` reports what they expect; `said it to reporters`.)
  if (w === "to") return toSomeoneAt(tokens, j + 1);
  return tokens.kindAt(j) !== "word" || PREPOSITIONS.has(w) || TIME_NOUNS.has(w) || WEEKDAY_WORDS.has(w);
}

/** True when token `k`, after `to`, opens someone spoken to (`reporters`, `the press`, `him`, `Fox News`) rather than a verb. */
function toSomeoneAt(tokens: TokenList, k: number): boolean {
  const w = tokens.lowerAt(k) ?? "";
  // (HEARERS holds the object pronouns too: `said it to him`.)
  return HEARERS.has(w) || DETERMINERS.has(w) || POSSESSIVE_DETERMINERS.has(w) || isCapitalizedAt(tokens, k);
}

/** Reporting verbs that as often take a plain object (`to maintain control`, `to note the date`, `agreed to admit Saudi Arabia`). */
const OBJECT_TAKING_CUES = new Set(["maintain", "state", "note", "report", "expect", "estimate", "stress", "explain", "claim", "confirm", "announce", "admit"]);

/** `admitted` with a noun phrase after it lets people in (`admitted 59 refugees`, `admitted the delegation`). */
const ADMITTING = new Set(["admitted", "admits", "admit"]);
/** Furthest `into` or `as` after `admitted` that makes it a letting in, in tokens (`admitted South Sudan into`). */
const ADMITTED_OBJECT_REACH = 4;

/** True when `into` or `as` closes a short object right after `admitted` (`admitted Somalia into the bloc`). */
function admittedInto(tokens: TokenList, from: number, e: number): boolean {
  if (tokens.lowerAt(from) === "that") return false;
  for (let k = from + 1; k < Math.min(e, from + ADMITTED_OBJECT_REACH + 1); k++) {
    const w = tokens.get(k);
    if (w === undefined || w.kind === "punct") return false;
    if (w.lower === "into" || w.lower === "as") return true;
  }
  return false;
}

/** `recalled` with an envoy after it calls them home (`recalled its ambassador for consultations`). */
const RECALLING = new Set(["recalled", "recalls", "recall"]);
/** Who a state recalls. */
const ENVOYS = new Set(["ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "delegation", "delegations", "mission", "charge", "chargé", "emissary", "emissaries"]);
/** Furthest an envoy may stand after `recalled`, in tokens (`recalled its top envoy`). */
const RECALLED_REACH = 3;

/** True when an envoy closes a short object right after `recalled`. */
function recallsEnvoy(tokens: TokenList, from: number, e: number): boolean {
  if (!NP_OPENERS.has(tokens.lowerAt(from) ?? "") || tokens.lowerAt(from) === "that") return false;
  for (let k = from + 1; k < Math.min(e, from + RECALLED_REACH + 1); k++) {
    const w = tokens.get(k);
    if (w === undefined || w.kind === "punct") return false;
    if (ENVOYS.has(w.lower)) return true;
  }
  return false;
}

/** Words of time and manner that may stand between a reporting verb and what was said. */
const ADVERBIALS = new Set([
  "on", "earlier", "later", "last", "this", "yesterday", "today", "tonight", "recently", "again", "also", "repeatedly",
  ...WEEKDAY_NAMES, "morning", "afternoon", "evening", "night",
  "week", "month", "year", "during", "at", "a", "an", "the", "news", "conference", "briefing", "rally", "event", "in",
  "interview", "statement", "speech", "separately", "privately", "publicly", "then", "first", "after", "following",
  "talks", "meeting", "summit", "negotiations", "session", "visit", "sidelines", "margins", "of", "only", "simply", "merely",
  // `wrote late on Tuesday that …`, `said at the time that …`.
  "late", "early", "time",
  // Occasions of speaking (`said at a signing ceremony that …`, `says at a campaign stop in Toledo, Ohio, that …`).
  "ceremony", "forum", "banquet", "dinner", "lunch", "luncheon", "reception", "stop", "campaign", "hearing", "roundtable",
  "signing", "joint", "press", "plenary", "opening", "closing", "debate", "business", "state",
  // Sentence adverbs set off by commas (`said, however, that …`).
  "however", "though", "nevertheless", "moreover", "meanwhile", "too", "still", "afterward", "afterwards", "shortly",
  // Manner, as official statements write it (`noted with satisfaction that …`, `stressed with concern that …`).
  "with", "satisfaction", "concern", "regret", "appreciation", "interest", "deep", "great", "grave",
]);
/** Longest run of adverbials skipped, in tokens. */
const MAX_ADVERBIALS = 10;

/** Most capitalised words of a hearer read before a comma (`told MEE,`). */
const MAX_NAMED_HEARER = 3;

/** Where a short run of capitalised words from token `k` ends at a comma, or `k`. */
function capitalsBeforeComma(tokens: TokenList, k: number, e: number): number {
  let j = k;
  while (j < Math.min(e, k + MAX_NAMED_HEARER) && tokens.kindAt(j) === "word" && isCapitalizedAt(tokens, j)) j++;
  return j > k && tokens.textAt(j) === "," ? j : k;
}

/** Most words of an audience after a determiner or a capital (`a rare midnight news conference`), and of a bare one (`state radio`). */
const AUDIENCE_REACH = 5;
const BARE_AUDIENCE_REACH = 2;

/** After `told`: the end of an audience noun phrase (`a news conference`, `the BBC's reporters`), or `k` when none. */
function audienceEnd(tokens: TokenList, k: number, e: number): number {
  // Up to three modifiers before the noun (`a rare midnight news conference`), the determiner left out before a
  // named audience (`told Russian state television that …`).
  const opener = NP_OPENERS.has(tokens.lowerAt(k) ?? "");
  // (Or one lower-case modifier before a medium's noun: `told state radio he expected "a good result"`.)
  const reach = opener || isCapitalizedAt(tokens, k) ? AUDIENCE_REACH : BARE_AUDIENCE_REACH;
  for (let j = opener ? k + 1 : k; j < Math.min(e, k + reach); j++) {
    const w = tokens.lowerAt(j) ?? "";
    if (MEDIUM_NOUNS.has(w) || AUDIENCE_NOUNS.has(w)) {
      // The whole compound: `a press conference`, not `a press`.
      let end = j + 1;
      while (end < e && (MEDIUM_NOUNS.has(tokens.lowerAt(end) ?? "") || AUDIENCE_NOUNS.has(tokens.lowerAt(end) ?? ""))) end++;
      return end;
    }
    if (tokens.kindAt(j) !== "word") break;
  }
  return k;
}

/** `told Fox News host Sean Hannity that …`: after an outlet, its person (a title between), who is the hearer. */
function personAfterOutlet(tokens: TokenList, k: number, resolver: SpeakerResolver): number | null {
  for (let j = k; j < k + 3; j++) {
    const t = tokens.get(j);
    if (t === undefined || t.kind !== "word") return null;
    const who = resolver.speakerAt(j);
    // (A description is the clause's subject, no hearer: `told Sky News the prime minister had raised …`.)
    if (who !== null) return who.ref.personId !== null && who.ref.resolvedVia !== "descriptor" && who.ref.resolvedVia !== "pronoun" ? who.next : null;
  }
  return null;
}

/** The person whose mention ends right before token `end` (`McConnell` in `McConnell, who …`), or null. */
function personEndingAt(tokens: TokenList, end: number, resolver: SpeakerResolver): SpeakerRef | null {
  const m = resolver.mentionAt(end - 1);
  if (m === undefined || m.personId === null || m.end !== tokens.endAt(end - 1)) return null;
  return resolver.speakerAt(tokenIndexAt(tokens, m.start))?.ref ?? null;
}

/** Longest subject between a relative pronoun and its reporting verb (`which Downing Street said`), in tokens. */
const MAX_RELATIVE_SUBJECT = 6;

/** Longest hearer, with when and where it was told, before `that` (`told his US counterpart Joe Biden on Wednesday that`), in tokens. */
const MAX_UNKNOWN_HEARER = 9;

/** Index of a `that` within a short run of words (the hearer's) after `k`, not past an infinitive's `to`, or -1. */
function thatSoonAt(tokens: TokenList, k: number, e: number): number {
  let reach = k + MAX_UNKNOWN_HEARER;
  for (let j = k; j < Math.min(e, reach); j++) {
    const w = tokens.lowerAt(j) ?? "";
    // `told reporters after the meeting that was held …`: a relative `that` opens no clause of what was said.
    if (w === "that") return RELATIVE_THAT_FOLLOWERS.has(tokens.lowerAt(j + 1) ?? "") ? -1 : j;
    // (An abbreviation's period goes on with the hearer: `told Mr. Putin that …`; so does `to` before a place or a
    // determiner, a preposition rather than a directive: `told reporters on his return to Yerevan that …`.)
    const preposition = w === "to" && (tokens.capitalizedAt(j + 1) === true || DETERMINERS.has(tokens.lowerAt(j + 1) ?? ""));
    // (So does a few words' bracket, as EUobserver dates a day: `warned Xi Jinping on Thursday (24 July) that …`.)
    const bracket = w === "(" ? bracketClose(tokens, j) : -1;
    if (bracket > 0) {
      reach += bracket + 1 - j;
      j = bracket;
    }
    // (So does a slash between two names of one outlet: `told Radio Free Europe/Radio Liberty that …`.)
    else if ((w === "to" && !preposition) || (tokens.kindAt(j) !== "word" && !isPossessiveAt(tokens, j) && !isGluedPeriod(tokens, j) && !(w === "/" && tokens.capitalizedAt(j + 1) === true))) return -1;
  }
  return -1;
}

/** Most words in a bracket a hearer may carry (`(24 July)`, `(local time)`). */
const MAX_BRACKET_WORDS = 3;

/** The index of the `)` that closes a bracket of a few words opened at `open`, or -1. */
function bracketClose(tokens: TokenList, open: number): number {
  for (let k = open + 1; k <= open + MAX_BRACKET_WORDS + 1; k++) {
    if (tokens.textAt(k) === ")") return k > open + 1 ? k : -1;
    if (tokens.kindAt(k) !== "word") return -1;
  }
  return -1;
}

/** Most tokens of a list of names read after a comma (`Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan`). */
const MAX_LIST_TOKENS = 16;

/** True when capitalised words and commas after the comma at `k` run to `and` and one more capitalised word, before `before`. */
function namesListAfter(tokens: TokenList, k: number, before: number): boolean {
  for (let j = k + 1; j < Math.min(before, k + MAX_LIST_TOKENS); j++) {
    if (tokens.lowerAt(j) === "and") return j > k + 1 && tokens.capitalizedAt(j + 1) === true;
    if (tokens.textAt(j) !== "," && tokens.capitalizedAt(j) !== true) return false;
  }
  return false;
}

/** Tokens looked over, back to a relative pronoun and on to the comma that closes its clause. */
const RELATIVE_ASIDE_REACH = 16;

/**
 * The relative pronoun and the closing comma of a relative clause set off by commas that holds the cue at `c`, when
 * the main clause's own reporting verb follows that comma (`Trump, who on the eve of the visit announced tariffs, said
 * India had been unfair`: the main verb reports); else null.
 */
function relativeAside(tokens: TokenList, c: number, b: number, e: number, lexicon: Lexicon): { pronoun: number; close: number } | null {
  let k = c - 1;
  while (k > b && c - k < RELATIVE_ASIDE_REACH && tokens.textAt(k) !== "," && !(RELATIVE_PRONOUNS.has(tokens.lowerAt(k) ?? "") && tokens.textAt(k - 1) === ",")) k--;
  if (!RELATIVE_PRONOUNS.has(tokens.lowerAt(k) ?? "") || tokens.textAt(k - 1) !== ",") return null;
  // (The main clause resumes after the aside's comma: with its own verb of saying, or another verb, `Ishiba, who has
  // announced his resignation, is expected to step down`; not the reported words going on, `…, in emergencies`.)
  for (let j = c + 1; j < e && j - c < RELATIVE_ASIDE_REACH; j++) {
    if (tokens.textAt(j) !== ",") continue;
    // (A verb after the comma shows it: an auxiliary or a modal, or a regular past, `is expected`, `will`, `arrived`.)
    const next = tokens.lowerAt(j + 1) ?? "";
    const resumes = MAIN_CLAUSE_VERBS.has(next) || (next.length > 4 && next.endsWith("ed"));
    return cueAt(tokens, j + 1, lexicon) > 0 || resumes ? { pronoun: k, close: j } : null;
  }
  return null;
}

/** Prepositions of time that may stand between a cue and its `that` (`said before the meeting that …`), though no clause starts after them. */
const BEFORE_THAT = new Set(["before", "ahead"]);

/** Index of a `that` within the next few adverbial words, or -1. */
function thatAhead(tokens: TokenList, k: number, e: number): number {
  let marks = 0;
  for (let j = k; j < Math.min(e, k + MAX_ADVERBIALS); j++) {
    const t = tokens.get(j);
    if (t === undefined) return -1;
    // `said the press conference that was scheduled … had been canceled`: a relative `that`, not the clause's.
    // (Nor one a quotation opens: `saying during the debate last week, "That makes me smart"`.)
    if (t.lower === "that") return RELATIVE_THAT_FOLLOWERS.has(tokens.lowerAt(j + 1) ?? "") || marks % 2 === 1 ? -1 : j;
    // A name in quotation marks may stand before `that` (`told the newspaper "Kommersant" that …`).
    if (t.kind === "punct") {
      if (DOUBLE_QUOTE_MARKS.has(t.text)) marks++;
      if (t.text === "," || DOUBLE_QUOTE_MARKS.has(t.text)) continue;
      return -1;
    }
    // A hearer named by a number or an audience noun may stand there too (`told France 2 television that`), and a word
    // before such a noun (`said on social media that`, `on state television that`).
    const qualifiesAudience = AUDIENCE_NOUNS.has(tokens.lowerAt(j + 1) ?? "") || MEDIUM_NOUNS.has(tokens.lowerAt(j + 1) ?? "");
    if (!ADVERBIALS.has(t.lower) && !BEFORE_THAT.has(t.lower) && !AUDIENCE_NOUNS.has(t.lower) && !qualifiesAudience && !PATTERNS.startsWithDigit.test(t.lower) && t.text[0] === t.lower[0]) return -1;
  }
  return -1;
}

/** Longest aside between commas before a `that` clause (`said, among other things, that`), in tokens. */
const MAX_ASIDE_TOKENS = 6;

/** The `that` right after the comma closing a short aside from `k` (`among other things, that`, `citing sources, that`), or -1. */
function commaThatAt(tokens: TokenList, k: number, e: number): number {
  for (let j = k; j < Math.min(e, k + MAX_ASIDE_TOKENS); j++) {
    const t = tokens.get(j);
    if (t === undefined) return -1;
    if (t.text === ",") return tokens.lowerAt(j + 1) === "that" ? j + 1 : -1;
    if (t.kind === "punct") return -1;
  }
  return -1;
}

/** The `that` after an aside that a comma closes, unless a relative one, or else what {@link thatAhead} finds. */
function thatAfterAside(tokens: TokenList, k: number, e: number): number {
  const that = commaThatAt(tokens, k, e);
  return that >= 0 && !RELATIVE_THAT_FOLLOWERS.has(tokens.lowerAt(that + 1) ?? "") ? that : thatAhead(tokens, k, e);
}

/** Skips a short time phrase (`on Friday`, `earlier this week`) after a reporting verb. */
function skipAdverbials(tokens: TokenList, k: number, e: number): number {
  let j = k;
  const first = tokens.lowerAt(j) ?? "";
  if (!ADVERBIAL_STARTS.has(first) && !WEEKDAY_WORDS.has(first)) return k;
  // `on`, `this` and `last` open a time only with a time word after them (`said this was …` is no time).
  let timed = !UNFINISHED_ADVERBIAL.has(first);
  let named = false;
  // Where the run could end: not inside a phrase (`said Friday at a convention …` ends after `Friday`).
  let settled = k;
  while (j < e && j - k < 4 && (ADVERBIALS.has(tokens.lowerAt(j) ?? "") || (tokens.textAt(j)?.[0] ?? "a") !== (tokens.lowerAt(j)?.[0] ?? "a") || isClockWord(tokens.lowerAt(j) ?? ""))) {
    const w = tokens.lowerAt(j) ?? "";
    // `said on Friday the talks …`: after the time, an article opens what was said.
    if (named && (w === "the" || w === "a" || w === "an")) break;
    // (`told reporters shortly after 3am.`: a clock time with its meridiem is a time too.)
    named = TIME_NOUNS.has(w) || WEEKDAY_WORDS.has(w) || isClockWord(w);
    timed ||= named;
    j++;
    if (!UNFINISHED_ADVERBIAL.has(w)) settled = j;
  }
  // `agree on a common plan`: `on` opens a time (`on Friday`), not any object.
  if (!timed) return k;
  j = settled;
  if (tokens.textAt(j) === ",") j++;
  return j;
}

/** True for a clock time written as one word with its meridiem (`3am`, `10.05pm`), which no count of things is. */
function isClockWord(w: string): boolean {
  return PATTERNS.clockWord.exec(w)?.[3] !== undefined;
}

/** Words that open a run of adverbials between a reporting verb and its clause (`said late Friday the bill …`). */
const ADVERBIAL_STARTS = new Set(["on", "earlier", "last", "this", "yesterday", "today", "late", "early", "shortly", "soon", "just"]);
/** Words an adverbial of time or place cannot end on: a preposition, an article, or a determiner of time. */
const UNFINISHED_ADVERBIAL = new Set(["on", "at", "in", "of", "during", "after", "following", "a", "an", "the", "this", "last", "late", "early", "shortly", "soon", "just"]);

/** Nouns that make `on …` a time. */
const TIME_NOUNS = new Set(["morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year"]);
