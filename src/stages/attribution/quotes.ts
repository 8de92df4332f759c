import { ABBREVIATIONS } from "../../lexicon/abbreviations.js";
import { STATE_BODY_HEADS } from "../../lexicon/organizations.js";
import { ADVERBS_BEFORE_VERB, APPOSITIVE_ARTICLES, DETERMINERS, MAIN_CLAUSE_VERBS, PASSIVE_AUXILIARIES, PERFECT_AUXILIARIES, PREPOSITIONS, SUBORDINATORS, opensConnective } from "../../lexicon/function-words.js";
import type { Lexicon } from "../../lexicon/compile.js";
import { CLOSING_QUOTE_MARKS, DOUBLE_QUOTE_MARKS } from "../../lexicon/quote-marks.js";
import { GENERIC_SOURCE_MEMBERS, MEDIUM_NOUNS, NOUN_LIKE_CUES, PARTIAL_ONLY_VERBS, POINTING_BACK, SOURCE_PARTICIPLES, TELL_VERBS, UTTERANCE_NOUNS, VERDICT_VERBS } from "../../lexicon/reporting-cues.js";
import type { Quote, Sentence, SpeakerRef } from "../../model/index.js";
import type { Span } from "../../model/span.js";
import { PATTERNS } from "../../text/patterns.js";
import { apposedNameClose, isCapitalized, isCapitalizedAt, isGluedPeriod, isPossessiveAt, opensSentence, relativeClauseClose, SENTENCE_TERMINALS, tokenIndexAt, type TokenList } from "../../text/tokens.js";
import { cueAt, mediumAt } from "./cues.js";
import type { SpeakerResolver } from "./speakers.js";
import { documentEndingAt, unnamedAsWritten } from "./unnamed.js";

/** Furthest a quote's attribution before it may reach back in its sentence, in tokens. */
const BEFORE_WINDOW = 60;
/** Longest attribution after a quote, in tokens (`Kirill Koktysh, assistant professor at …, said in …`). */
const AFTER_WINDOW = 40;
const STOPS = new Set([".", "!", "?", ";"]);
/** Verbs after which a noun phrase can be the speaker (`said an Iowa Democrat`). */
const SAY_BEFORE_SPEAKER = new Set([
  "said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "replied", "replies", "continued", "explained",
  "noted", "observed", "remarked", "recalled", "concluded", "argued", "insisted", "warned", "quipped", "joked", "declared",
  "countered", "responded", "answered", "tweeted", "posted", "states", "stated", "reads", "read", "remembered", "recalls",
  "chanted", "shouted", "wrote", "emailed", "texted",
]);

/** True when the window starts a new sentence: the quote closed on a full stop and a capitalised word follows. */
function opensNewSentence(tokens: TokenList, begin: number): boolean {
  const first = tokens.get(begin);
  let k = begin - 1;
  while (k >= 0 && DOUBLE_QUOTE_MARKS.has(tokens.textAt(k) ?? "")) k--;
  return tokens.textAt(k) === "." && first !== undefined && first.text[0] !== first.lower[0];
}

/** Words between `from` and `stop`, a medium or time phrase aside. */
function wordsAfter(tokens: TokenList, from: number, stop: number): number {
  let n = 0;
  for (let k = from; k < stop; k++) {
    const t = tokens.get(k);
    if (t === undefined) break;
    if (mediumAt(tokens, k, stop) !== null) break;
    if (t.kind === "word") n++;
  }
  return n;
}

/** Longest unnamed speaker, in words (`the independent Vermont senator and Democratic presidential candidate`). */
const MAX_UNNAMED = 9;
const UNNAMED_OPENERS = new Set(["a", "an", "the", "one", "another", "two", "three", "some", "several"]);
/** Words that end a noun phrase: an unnamed speaker (`the gambling tycoon`) contains none of them. */
const NOT_IN_NOUN_PHRASE = new Set([
  "to", "then", "that", "who", "which", "also", "not", "had", "has", "have", "was", "were", "is", "are", "be", "been", "did",
  "does", "would", "could", "should", "will", "can", "may", "might", "must", "or", "but", "there", "so", "as",
  "at", "by", "for", "with", "from", "refused", "on", "said", "says", "told", "added", "during", "after", "before", "while", "later", "once", "again", "he", "she", "they", "it", "we", "i",
]);

/** What was found next to a quote. */
export interface QuoteAttribution {
  speaker: SpeakerRef | null;
  cue: Span | null;
  medium: Span | null;
  /** Where the attribution words end, to tell whether the next quote follows straight on. */
  end: number;
}

/** Reads the attribution after a quote: `," said X.`, `," X, role, told reporters.`, `"- as X described …`. */
export function attributionAfter(q: Quote, tokens: TokenList, nextQuoteStart: number, blockEnd: number, resolver: SpeakerResolver, lexicon: Lexicon): QuoteAttribution | null {
  const from = q.closeMark?.end ?? q.end;
  let i = tokenIndexAt(tokens, from);
  // (A translation set off after the words is no attribution: `„Wir sind uns einig" – we agree – Mr Scholz told`,
  // `"Nous sommes d'accord" (we agree), Macron said`.)
  i = afterGloss(tokens, i, blockEnd);
  while (tokens.startAt(i) !== undefined && (tokens.kindAt(i) === "punct") && !DOUBLE_QUOTE_MARKS.has(tokens.textAt(i) ?? "") && (tokens.startAt(i) ?? 0) < blockEnd) i++;
  // (`footage of Trump saying, "That makes me smart," when Clinton blasted him`: a clause of time or cause after the
  // quote tells when it was said, not who said it; the attribution may follow its comma, `"People were celebrating"
  // before the incident, she said`. `as` may name the speaker itself: `as Putin put it`.)
  if (SUBORDINATORS.has(tokens.lowerAt(i) ?? "") && tokens.lowerAt(i) !== "as") {
    let comma = i + 1;
    while (comma < i + AFTER_WINDOW && tokens.startAt(comma) !== undefined && (tokens.startAt(comma) ?? 0) < blockEnd && tokens.textAt(comma) !== "," && !STOPS.has(tokens.textAt(comma) ?? "")) comma++;
    if (tokens.textAt(comma) !== ",") return null;
    i = comma + 1;
  }
  const begin = i;
  const limit = Math.min(tokens.length, begin + AFTER_WINDOW);
  let stop = begin;
  let depth = 0;
  for (; stop < limit; stop++) {
    const t = tokens.get(stop);
    if (t === undefined || t.start >= blockEnd || t.start >= nextQuoteStart) break;
    if (t.text === "(") depth++;
    else if (t.text === ")") depth--;
    else if (depth <= 0 && (STOPS.has(t.text) || DOUBLE_QUOTE_MARKS.has(t.text)) && !isAbbreviationDot(tokens, stop)) break;
    else if (depth <= 0 && t.text === "," && opensOtherClause(tokens, stop + 1)) break;
  }
  return findCueAndSpeaker(tokens, begin, stop, resolver, lexicon, false);
}

/** Most words of a translation set off after quoted words (`– we agree –`, `(we agree)`). */
const MAX_GLOSS_WORDS = 8;
/** Marks that open a gloss, with the mark that closes it (dashes are folded to `-` in the view). */
const GLOSS_MARKS: ReadonlyMap<string, string> = new Map([["-", "-"], ["(", ")"]]);

/**
 * The token after a gloss that opens at token `i` and closes within a few words in lower case, before a word (`– we
 * agree – Mr Scholz told`): the attribution is read there; else `i`. (Not a name between dashes, which is the
 * attribution: `"We will win," – Zelensky said – "and …"`.)
 */
function afterGloss(tokens: TokenList, i: number, blockEnd: number): number {
  const close = GLOSS_MARKS.get(tokens.textAt(i) ?? "");
  if (close === undefined) return i;
  for (let k = i + 1; k <= i + 1 + MAX_GLOSS_WORDS && (tokens.startAt(k) ?? Infinity) < blockEnd; k++) {
    const t = tokens.textAt(k) ?? "";
    if (t === close) return k > i + 1 && (tokens.kindAt(k + 1) === "word" || (tokens.textAt(k + 1) === "," && tokens.kindAt(k + 2) === "word")) ? k + 1 : i;
    if ((tokens.kindAt(k) === "punct" && t !== "," && t !== "'" && t !== "’") || tokens.capitalizedAt(k) === true) return i;
  }
  return i;
}

/** Conjunctions that, after a comma, join a clause of its own to an attribution. */
const CLAUSE_CONJUNCTIONS = new Set(["while", "whereas", "but", "although", "though"]);

/**
 * True when a conjunction at token `i` opens a clause with a subject of its own (`"It's a historic step," Macron told
 * reporters, while Biden said the deal sent "…"`): the attribution ends before it, and a quote in that clause is no
 * second part of the first. (Not a verb the first speaker goes on with: `, and added that …`.)
 */
function opensOtherClause(tokens: TokenList, i: number): boolean {
  if (!CLAUSE_CONJUNCTIONS.has(tokens.lowerAt(i) ?? "")) return false;
  const next = tokens.get(i + 1);
  return next !== undefined && next.kind === "word" && (isCapitalized(next) || UNNAMED_OPENERS.has(next.lower));
}

/** Most tokens from `That was` to the noun of words (`That was the stark message`). */
const MAX_POINTING_PHRASE = 6;
/** Most words between `from`/`of` and the speaker's name (`from Prime Minister Anthony`, `of a defiant`). */
const MAX_TITLE_BEFORE_NAME = 4;

/**
 * A sentence right after a quotation that names whose words they were (`"…" ¶ That was the message from Prime
 * Minister Anthony Albanese as he arrived …`, `Those were the words of X`, `"No," was the curt reply from X`): the
 * person after `from`/`of`.
 */
export function pointedBackAt(q: Quote, tokens: TokenList, resolver: SpeakerResolver): QuoteAttribution | null {
  let i = tokenIndexAt(tokens, q.closeMark?.end ?? q.end);
  while (tokens.kindAt(i) === "punct" && !DOUBLE_QUOTE_MARKS.has(tokens.textAt(i) ?? "")) i++;
  // (`"No," was the curt reply from Kremlin spokesman Dmitry Peskov`: the quotation itself the subject.)
  if (POINTING_BACK.has(tokens.lowerAt(i) ?? "")) i++;
  const be = tokens.lowerAt(i) ?? "";
  if (be !== "was" && be !== "were" && be !== "is" && be !== "are" && be !== "came") return null;
  for (let k = i + 1; k < i + 1 + MAX_POINTING_PHRASE; k++) {
    const w = tokens.lowerAt(k) ?? "";
    if (tokens.kindAt(k) !== "word") return null;
    if (!UTTERANCE_NOUNS.has(w) || (tokens.lowerAt(k + 1) !== "from" && tokens.lowerAt(k + 1) !== "of")) continue;
    // The first person named there; a body only when no person follows it (`from Kremlin spokesman Dmitry Peskov`).
    let body: { ref: SpeakerRef; next: number } | null = null;
    for (let j = k + 2; j < k + 2 + MAX_TITLE_BEFORE_NAME; j++) {
      const who = resolver.speakerAt(j);
      if (who !== null && who.ref.personId === null && who.ref.resolvedVia === "pronoun") return null;
      if (who !== null && who.ref.personId !== null) return pointed(who, tokens, k);
      if (who !== null) {
        body ??= who;
        j = who.next - 1;
      } else if (tokens.kindAt(j) !== "word") break;
    }
    return body === null ? null : pointed(body, tokens, k);
  }
  return null;
}

/** Most tokens of the one quoted between `quoted` and `as` (`quoted the two leaders as agreeing`). */
const MAX_QUOTED_OBJECT = 5;

/**
 * `"…," Misri quoted Modi as saying`: the one the cue's subject quotes is the speaker. The object after `quoted`
 * (a person, or a noun phrase as written) when `as` and a participle follow it; else the attribution as found.
 */
export function quotedAs(found: QuoteAttribution, tokens: TokenList, resolver: SpeakerResolver): QuoteAttribution {
  if (found.cue === null) return found;
  let c = tokenIndexAt(tokens, found.cue.start);
  // (The cue found may be the participle: `Misri quoted Modi as saying: "…"`.)
  if (tokens.lowerAt(c - 1) === "as" && (tokens.lowerAt(c)?.endsWith("ing") ?? false)) {
    let q = c - 2;
    while (q > c - 2 - MAX_QUOTED_OBJECT && q >= 0 && tokens.lowerAt(q) !== "quoted") q--;
    if (tokens.lowerAt(q) !== "quoted") return found;
    c = q;
  }
  if (tokens.lowerAt(c) !== "quoted" || tokens.lowerAt(c + 1) === "as") return found;
  // `Lavrov was quoted by TASS as saying`: in the passive, the subject is the one quoted; the agent only reports.
  if (tokens.lowerAt(c + 1) === "by" && PASSIVE_AUXILIARIES.has(tokens.lowerAt(c - 1) ?? "")) {
    const subject = speakerEndingAt(tokens, Math.max(0, c - 1 - MAX_QUOTED_OBJECT), c - 1, resolver);
    return subject === null ? found : { ...found, speaker: subject };
  }
  for (let k = c + 2; k <= c + 1 + MAX_QUOTED_OBJECT; k++) {
    if (tokens.kindAt(k) !== "word") return found;
    if (tokens.lowerAt(k) !== "as" || !(tokens.lowerAt(k + 1)?.endsWith("ing") ?? false)) continue;
    const who = resolver.speakerAt(c + 1);
    const speaker = who !== null && who.next === k ? who.ref : unnamedAsWritten(tokens, c + 1, k);
    return speaker === null ? found : { ...found, speaker };
  }
  return found;
}

/** The attribution a sentence pointing back at a quotation gives, its noun of words (token `k`) the cue. */
function pointed(who: { ref: SpeakerRef; next: number }, tokens: TokenList, k: number): QuoteAttribution {
  return { speaker: who.ref, cue: { start: tokens.startAt(k) ?? 0, end: tokens.endAt(k) ?? 0 }, medium: null, end: tokens.endAt(who.next - 1) ?? 0 };
}

/** Reads the attribution before a quote in its sentence: `X said: "…"`, `X invited Y to "…"`. */
export function attributionBefore(q: Quote, tokens: TokenList, sentence: Sentence | undefined, resolver: SpeakerResolver, lexicon: Lexicon, partial: boolean): QuoteAttribution | null {
  const openAt = q.openMark?.start ?? q.start;
  const from = sentence === undefined ? openAt : Math.min(sentence.start, openAt);
  const stop = tokenIndexAt(tokens, openAt);
  // A bounded look back, so that a sentence of a thousand quotes costs no more per quote than a short one.
  const begin = Math.max(tokenIndexAt(tokens, from), stop - BEFORE_WINDOW);
  if (stop <= begin) return null;
  const nearest = cueBefore(tokens, begin, stop, resolver, lexicon, partial);
  // `According to a readout from the White House, the two leaders agreed to launch a "strategic stability dialogue."`:
  // the source that frames the sentence speaks what it quotes, unless a person speaks it in the sentence (`According
  // to GMA News, Salceda said "…"`).
  const framed = accordingToFrame(tokens, begin, stop, resolver);
  const named = nearest !== null && (nearest.speaker.personId !== null || nearest.speaker.resolvedVia === "name");
  if (framed !== null && (!named || nearest.cue.start === framed.cue.start)) return { ...framed, medium: null, end: openAt };
  return nearest === null ? null : { ...nearest, medium: findMedium(tokens, begin, stop, nearest.cue), end: openAt };
}

/** True when token `k` is a verb of saying in the past (`urged`, `called`, `told`) whose object may follow. */
function objectOfVerbAt(tokens: TokenList, k: number, lexicon: Lexicon): boolean {
  const w = tokens.lowerAt(k) ?? "";
  return (w.endsWith("ed") || w === "told") && cueAt(tokens, k, lexicon) > 0;
}

/** The cue nearest before the quote (tokens `[begin, stop)`) and the speaker it governs. */
function cueBefore(tokens: TokenList, begin: number, stop: number, resolver: SpeakerResolver, lexicon: Lexicon, partial: boolean): { speaker: SpeakerRef; cue: Span } | null {
  // (A word quoted before is what someone said, no cue: `he had been "reassured" by the discussion but that "we are
  // not there yet."`. Going back from outside the quote, every double mark opens or closes one.)
  let quoted = false;
  // Past a clause of reported speech joined on by `and that`, a verb inside the clause before it does not count: the one
  // that reports both does (`KCNA reported that Kim had invited Putin … and that Putin had "readily accepted"`).
  let joinedClause = false;
  for (let c = stop - 1; c >= begin; c--) {
    if (DOUBLE_QUOTE_MARKS.has(tokens.textAt(c) ?? "")) quoted = !quoted;
    if (quoted) continue;
    if (tokens.lowerAt(c) === "that" && tokens.lowerAt(c - 1) === "and") joinedClause = true;
    const n = cueAt(tokens, c, lexicon);
    if (n === 0) continue;
    if (joinedClause && cueInThatClause(tokens, begin, c, lexicon)) continue;
    const t = tokens.get(c);
    if (!partial && t !== undefined && PARTIAL_ONLY_VERBS.has(t.lower)) continue;
    // (Nor a participle's in an aside closed before the quote: `told his fellow leaders the deal, concluded by von der
    // Leyen in Montevideo, was "unacceptable"`.)
    if (t !== undefined && t.lower.endsWith("ed") && tokens.textAt(c - 1) === "," && tokens.lowerAt(c + 1) === "by" && asideClosesBefore(tokens, c + 2, stop)) continue;
    // (Nor an infinitive after another cue: `agreed Thursday to continue "shuttle diplomacy"` is agreed.)
    if (tokens.lowerAt(c - 1) === "to" && infinitiveOfCue(tokens, c - 1, begin, lexicon)) continue;
    // (`said, quote, "…"`: a spoken quotation mark, no verb of its own.)
    if (t?.lower === "quote" && tokens.textAt(c - 1) === "," && tokens.textAt(c + 1) === ",") continue;
    // (A participle after a medium's noun, before its preposition, describes the medium: `said in a video posted on
    // Facebook that …`; not the verb of `in his speech mentioned the …`.)
    if (t !== undefined && t.lower.endsWith("ed") && MEDIUM_NOUNS.has(tokens.lowerAt(c - 1) ?? "") && PREPOSITIONS.has(tokens.lowerAt(c + n) ?? "") && opensMediumBefore(tokens, c - 1)) continue;
    // (A plural noun that is a cue's form too is the object of a verb of saying before it: `urged states to "…"`,
    // `called on states to "…"`.)
    if (c > begin && t !== undefined && t.lower.endsWith("s") && objectOfVerbAt(tokens, tokens.lowerAt(c - 1) === "on" ? c - 2 : c - 1, lexicon)) continue;
    // (A noun after `in` is no verb: `said in remarks carried by Xinhua that …`.)
    if (t !== undefined && NOUN_LIKE_CUES.has(t.lower) && tokens.lowerAt(c - 1) === "in") continue;
    // (So is another's words named by a noun: `called Biden's remark about Xi "extremely wrong"`.)
    if (t !== undefined && NOUN_LIKE_CUES.has(t.lower) && VERDICT_VERBS.has(tokens.lowerAt(possessorStart(tokens, c) - 1) ?? "")) continue;
    const cue: Span = { start: t?.start ?? 0, end: tokens.endAt(c + n - 1) ?? 0 };
    // (`The summit adopted the Kazan Declaration, which states that …`: after `, which` the document before the comma
    // speaks, or no one the text names; never the clause the relative one hangs on.)
    // (A body that the document's name holds speaks for it: `the Associated Press report, which notes, "…"`.)
    if (tokens.lowerAt(c - 1) === "which" && tokens.textAt(c - 2) === ",") {
      const document = documentEndingAt(tokens, c - 2);
      const at = document?.mention == null ? -1 : tokenIndexAt(tokens, document.mention.start);
      const body = at < 0 ? null : subjectBefore(tokens, at, c - 2, resolver);
      return document === null ? null : { speaker: body !== null && isOrganization(body) ? body : document, cue };
    }
    // (`Xi and Putin hailed a "new era", as the West accused Beijing of providing "cover"`: a cue inside a clause
    // that a conjunction opens after a comma has that clause's subject.)
    begin = subordinateClauseStart(tokens, begin, c);
    // (In the passive the subject is what was described, never the speaker: `The meeting … was described by both
    // governments as "cordial"`, `a visit described by officials as "historic"`.)
    const agent = passiveBy(tokens, c, n) ? passiveAgent(tokens, c, n, stop, resolver) : null;
    if (agent === undefined) return null;
    // (`according to` names its source after it, never a subject before: `…, and the mood, according to two diplomats
    // who were in the room, was "tense but civil."` is theirs.)
    if (t?.lower === "according" && tokens.lowerAt(c + 1) === "to") {
      // (Else the phrase as written up to its comma: `a man whose book, according to its Amazon summary, "draws …"`.)
      const comma = frameComma(tokens, c + n, stop);
      const source = speakerAfterCue(tokens, c + n, stop, resolver) ?? (comma >= 0 ? unnamedAsWritten(tokens, c + n, comma) : null);
      return source === null ? null : { speaker: source, cue };
    }
    const subject = subjectBefore(tokens, begin, c, resolver);
    const speaker =
      agent ??
      (t?.lower.endsWith("ing") === true ? participleClauseSubject(tokens, begin, c - 1, resolver) : null) ??
      speakerNextToCue(tokens, begin, c, resolver, lexicon) ??
      (subject !== null && isOrganization(subject) ? widerThan(unnamedSubject(tokens, begin, c), subject) : null) ??
      (subject !== null ? holderOf(tokens, begin, c, subject) : null) ??
      subject ??
      // Who comes after `told` or `dismissed` is its object (`dismissed NATO member Estonia as "…"`), not its speaker.
      // (Nor one after a preposition, whom the words are about or addressed to: `says of Clinton, "If she …"`.)
      (TELL_VERBS.has(t?.lower ?? "") || PARTIAL_ONLY_VERBS.has(t?.lower ?? "") || PREPOSITIONS.has(tokens.lowerAt(c + n) ?? "") ? null : speakerAfterCue(tokens, c + n, stop, resolver)) ??
      unnamedSubject(tokens, begin, c);
    return speaker === null ? null : { speaker, cue };
  }
  return null;
}

/** Most tokens from an appositive's article to the verb of its relative clause (`a claim Donald Trump rejected`). */
const REDUCED_RELATIVE_REACH = 6;
/** Most tokens of such an appositive or joined clause, up to the comma after it (`a claim Trump rejected on social media`). */
const MAX_APPOSITIVE = 14;

/**
 * The subject of the clause nearest before the comma at token `comma` that sets off a participle cue, when that clause
 * is not the sentence's first: a relative clause without its pronoun that an appositive ends with (`…, a claim Trump
 * rejected on social media, writing that …`), or a clause joined by `and`. Null when the phrase before the comma is
 * neither.
 */
/** Most tokens between a cue and the `to` of its infinitive (`agreed Thursday to`, `pledged on Monday to`). */
const CUE_TO_INFINITIVE = 3;

/** True when a cue stands within a few words before the `to` at `to` (`agreed Thursday to continue`). */
function infinitiveOfCue(tokens: TokenList, to: number, begin: number, lexicon: Lexicon): boolean {
  for (let k = to - 1; k >= Math.max(begin, to - CUE_TO_INFINITIVE); k--) {
    if (tokens.kindAt(k) !== "word") return false;
    if (cueAt(tokens, k, lexicon) > 0) return true;
  }
  return false;
}

function participleClauseSubject(tokens: TokenList, begin: number, comma: number, resolver: SpeakerResolver): SpeakerRef | null {
  if (tokens.textAt(comma) !== ",") return null;
  let open = comma - 1;
  while (open > Math.max(begin, comma - MAX_APPOSITIVE) && tokens.textAt(open) !== ",") {
    // (Or a clause joined by `and` with a subject of its own: `Trump called Modi a "great friend" and Modi praised
    // Trump's "MAGA" slogan, saying …`; not two subjects of one verb, `Yeltsin and Kuchma called for …, saying`.)
    if (tokens.lowerAt(open) === "and" && tokens.capitalizedAt(open - 1) !== true) {
      const found = resolver.speakerAt(open + 1);
      if (found !== null && found.ref.personId !== null && (tokens.lowerAt(found.next) ?? "").endsWith("ed")) return found.ref;
    }
    open--;
  }
  if (tokens.textAt(open) !== "," || !APPOSITIVE_ARTICLES.has(tokens.lowerAt(open + 1) ?? "")) return null;
  for (let j = open + 3; j < Math.min(comma, open + 2 + REDUCED_RELATIVE_REACH); j++) {
    const found = resolver.speakerAt(j);
    if (found === null) continue;
    const verb = tokens.lowerAt(found.next) ?? "";
    return found.ref.personId !== null && verb.endsWith("ed") ? found.ref : null;
  }
  return null;
}


/** True when a comma in `[from, stop)` closes an aside before the quote opens at `stop`. */
function asideClosesBefore(tokens: TokenList, from: number, stop: number): boolean {
  for (let k = from; k < stop; k++) if (tokens.textAt(k) === "," && tokens.kindAt(k + 1) === "word") return true;
  return false;
}

/** Most words between a medium's preposition and its noun (`in his weekly video`). */
const MEDIUM_NOUN_REACH = 4;

/** True when a medium's preposition stands a few words before its noun at `noun` (`in a video`, not `The communique`). */
function opensMediumBefore(tokens: TokenList, noun: number): boolean {
  for (let k = noun - 1; k >= Math.max(0, noun - MEDIUM_NOUN_REACH); k--) {
    const w = tokens.lowerAt(k) ?? "";
    if (w === "in" || w === "on" || w === "via") return true;
    if (tokens.kindAt(k) !== "word") return false;
  }
  return false;
}

/** Most tokens between a verb of saying and the `that` of its clause (`reported Thursday that`). */
const CUE_TO_THAT = 3;

/** True when the cue at `c` stands in a clause that a verb of saying before it opens with `that` (`reported Thursday that Kim had invited`). */
function cueInThatClause(tokens: TokenList, begin: number, c: number, lexicon: Lexicon): boolean {
  for (let k = c - 1; k > begin; k--) {
    if (tokens.lowerAt(k) !== "that") continue;
    for (let j = k - 1; j >= Math.max(begin, k - CUE_TO_THAT); j--) if (cueAt(tokens, j, lexicon) > 0) return true;
  }
  return false;
}

/** Most words of a name that owns a noun (`Joe Biden's remark`). */
const MAX_POSSESSOR_WORDS = 4;

/** Where the name that owns the noun at `c` starts (`Biden` in `Biden's remark`), or `c` when none does. */
function possessorStart(tokens: TokenList, c: number): number {
  if (!isPossessiveAt(tokens, c - 1)) return c;
  let k = c - 1;
  while (k > c - 1 - MAX_POSSESSOR_WORDS && isCapitalizedAt(tokens, k - 1)) k--;
  return k === c - 1 ? c : k;
}

/** Longest source of an `According to …,` frame read for a quote, in tokens. */
const MAX_FRAME_SOURCE = 8;

/** The comma that closes the source after `according to` from token `from`, within reach and before `stop`; or -1. */
function frameComma(tokens: TokenList, from: number, stop: number): number {
  let comma = from;
  while (comma < stop && comma - from <= MAX_FRAME_SOURCE && tokens.textAt(comma) !== ",") comma++;
  return tokens.textAt(comma) === "," && comma < stop ? comma : -1;
}

/** `According to X, …` opening the sentence at `begin`, its comma before `stop`: X and the cue. */
function accordingToFrame(tokens: TokenList, begin: number, stop: number, resolver: SpeakerResolver): { speaker: SpeakerRef; cue: Span } | null {
  const according = tokens.get(begin);
  const to = tokens.get(begin + 1);
  if (according?.lower !== "according" || to?.lower !== "to") return null;
  const comma = frameComma(tokens, begin + 2, stop);
  if (comma < 0) return null;
  // A person opening the phrase (`Paul Sperry of Counter Jihad`) or closing it (`radio host Rush Limbaugh`), a body
  // named whole, else the phrase as written (`a readout from the White House`).
  const who = resolver.speakerAt(begin + 2);
  let speaker = who !== null && (who.next === comma || who.ref.personId !== null) ? who.ref : null;
  for (let k = begin + 3; k < comma && speaker === null; k++) {
    const last = resolver.speakerAt(k);
    if (last !== null && last.next === comma && last.ref.personId !== null) speaker = last.ref;
  }
  const source = speaker ?? unnamedAsWritten(tokens, begin + 2, comma);
  return source === null ? null : { speaker: source, cue: { start: according.start, end: to.end } };
}

/**
 * `Spicer said, adding, "…"`: when another reporting verb stands right before
 * the cue's clause, the speaker of that verb, not the sentence's first name.
 */
function speakerNextToCue(tokens: TokenList, begin: number, cue: number, resolver: SpeakerResolver, lexicon: Lexicon): SpeakerRef | null {
  // `Trump said: "…"`: the speaker right before the cue itself.
  const own = speakerEndingAt(tokens, begin, cue, resolver);
  if (own !== null) return own;
  // `he laughed and said`: the subject of a verb coordinated with the cue.
  if (tokens.lowerAt(cue - 1) === "and" && tokens.kindAt(cue - 2) === "word" && !isCapitalizedAt(tokens, cue - 2)) {
    const coordinated = speakerEndingAt(tokens, begin, cue - 2, resolver);
    if (coordinated !== null) return coordinated;
  }
  // `Spicer said, adding, "…"`: a reporting verb a comma before the cue.
  for (let k = cue - 1; k > begin && k >= cue - 3; k--) {
    if (cueAt(tokens, k, lexicon) > 0) return speakerEndingAt(tokens, begin, k, resolver);
    if (tokens.textAt(k) !== ",") return null;
  }
  return null;
}

/**
 * True for a passive cue with its agent's `by` (`was asked by`); a participle set off by a comma is passive too (`The
 * talks, described by Beijing as "candid" …`), as is one right after a noun (`a visit described by officials as …`).
 * `Xi was quoted by Xinhua as saying` is read elsewhere: the agent of `quoted` reports the words, it does not say them.
 */
function passiveBy(tokens: TokenList, cue: number, cueLen: number): boolean {
  if (tokens.lowerAt(cue) === "quoted" || tokens.lowerAt(cue + cueLen) !== "by") return false;
  const before = tokens.get(cue - 1);
  const afterNoun = before !== undefined && before.kind === "word" && !before.capitalized && !PREPOSITIONS.has(before.lower) && !ADVERBS_BEFORE_VERB.has(before.lower) && (tokens.lowerAt(cue)?.endsWith("ed") ?? false);
  if (!(PASSIVE_AUXILIARIES.has(before?.lower ?? "") || before?.text === "," || afterNoun)) return false;
  // (`Bush, however, interjected by hitting Trump …`: `by` before a gerund tells how, it names no agent.)
  const after = tokens.get(cue + cueLen + 1);
  return !(after !== undefined && !isCapitalized(after) && after.lower.endsWith("ing"));
}

/** Most words of an unnamed agent between `by` and `as` (`by both governments as`). */
const MAX_AGENT_WORDS = 5;

/**
 * `Sanders was asked by host Bill Maher, "…"`: after a passive cue, the agent after `by` is the speaker; one unnamed
 * before `as` is kept as written (`by both governments as`). Undefined when the agent is no speaker the text names.
 */
function passiveAgent(tokens: TokenList, cue: number, cueLen: number, stop: number, resolver: SpeakerResolver): SpeakerRef | undefined {
  const from = cue + cueLen + 1;
  const named = speakerAfterCue(tokens, from, stop, resolver);
  if (named !== null) return named;
  let as = from;
  while (as < from + MAX_AGENT_WORDS && tokens.kindAt(as) === "word" && !NOT_IN_NOUN_PHRASE.has(tokens.lowerAt(as) ?? "")) as++;
  return (tokens.lowerAt(as) === "as" && as > from ? unnamedAsWritten(tokens, from, as) : null) ?? undefined;
}

/** Longest parenthetical between a name and its cue, in tokens (`Rep. Paul Ryan (R-WI) said`). */
const MAX_ASIDE = 8;

/** Index of the `(` that opens the parenthetical closing at token `close - 1`, or `close` when there is none. */
function asideStart(tokens: TokenList, close: number): number {
  if (tokens.textAt(close - 1) !== ")") return close;
  for (let k = close - 2; k >= Math.max(0, close - MAX_ASIDE); k--) {
    const t = tokens.textAt(k);
    if (t === "(") return k;
    if (t === ")" || t === "." || t === "\"") break;
  }
  return close;
}

/** The speaker words that end right before token `at` (allowing an age apposition, `Suu Kyi, 70, said`, or a party tag, `Ryan (R-WI) said`). */
function speakerEndingAt(tokens: TokenList, begin: number, at: number, resolver: SpeakerResolver): SpeakerRef | null {
  let end = at;
  if (tokens.textAt(end - 1) === "," && PATTERNS.startsWithDigit.test(tokens.lowerAt(end - 2) ?? "") && tokens.textAt(end - 3) === ",") end -= 3;
  if (tokens.textAt(end - 1) === "," && tokens.textAt(end - 2) === ")") end--;
  end = Math.max(begin, asideStart(tokens, end));
  // `Mao Ning later called it "…"`: an adverb or two between the name and the verb.
  for (let k = 0; k < 2 && end > begin && ADVERBS_BEFORE_VERB.has(tokens.lowerAt(end - 1) ?? ""); k++) end--;
  for (let j = end - 1; j >= Math.max(begin, end - 4); j--) {
    const found = resolver.speakerAt(j);
    if (found === null || found.next !== end) continue;
    // (The preposition stands before the name's first word, wherever the look back met it: `for Keir Starmer`; and its
    // object is the subject of a participle cue, `with Donald Trump tweeting that …`, `of Abraham Lincoln saying`.)
    const first = found.ref.mention === null ? j : Math.min(j, tokens.indexAt(found.ref.mention.start));
    const participle = (tokens.lowerAt(at)?.endsWith("ing") ?? false) && (tokens.lowerAt(first - 1) === "with" || tokens.lowerAt(first - 1) === "of");
    if (!participle && isPrepositionObject(tokens, begin, first, resolver)) return null;
    // (A body after a person's `of` is theirs, and the person speaks: `Elly Schlein of the centre-left Democratic Party
    // (PD) said …`.)
    const member = found.ref.personId === null ? memberBefore(tokens, begin, first, resolver) : null;
    if (member !== null) return member;
    // (`Prime Minister Shigeru Ishiba and Chinese President Xi Jinping agreed to promote a "…"`: two people joined by
    // `and` speak together, as in reported speech.)
    return jointBefore(tokens, begin, first, found.ref, resolver) ?? found.ref;
  }
  return null;
}

/** Most lower-case words between a person's `of` and the body it names (`of the centre-left Democratic Party`). */
const MEMBER_OF_REACH = 3;

/** The person whose `of` stands before the body at token `first` (`Elly Schlein of the … Democratic Party`), or null. */
function memberBefore(tokens: TokenList, begin: number, first: number, resolver: SpeakerResolver): SpeakerRef | null {
  let k = first - 1;
  while (k > begin && k >= first - 1 - MEMBER_OF_REACH && tokens.kindAt(k) === "word" && !isCapitalizedAt(tokens, k) && tokens.lowerAt(k) !== "of") k--;
  if (tokens.lowerAt(k) !== "of") return null;
  for (let j = k - 1; j >= Math.max(begin, k - 4); j--) {
    const found = resolver.speakerAt(j);
    if (found !== null && found.next === k && found.ref.personId !== null) return found.ref;
  }
  return null;
}

/**
 * `President Biden and President Xi reiterated …`: two people joined by `and` right before the cue speak together; so
 * do two bodies (`The White House and the Kremlin said …`).
 */
export function jointSource(tokens: TokenList, first: { ref: SpeakerRef; next: number }, cue: number, resolver: SpeakerResolver): SpeakerRef | null {
  const body = first.ref.personId === null && isOrganization(first.ref);
  if (tokens.lowerAt(first.next) !== "and" || (first.ref.personId === null && !body)) return null;
  // A title may stand before the second name (`President Xi`); the title is part of the mention or skipped.
  for (let k = first.next + 1; k < Math.min(cue, first.next + 4); k++) {
    const second = resolver.speakerAt(k);
    if (second === null) continue;
    const same = body ? second.ref.personId === null && isOrganization(second.ref) && second.ref.name !== first.ref.name : second.ref.personId !== null && second.ref.personId !== first.ref.personId;
    // (An auxiliary or an adverb may stand before the cue: `Putin and Xi have agreed that …`, `… also said`.)
    let verb = second.next;
    while (verb < cue && (PERFECT_AUXILIARIES.has(tokens.lowerAt(verb) ?? "") || ADVERBS_BEFORE_VERB.has(tokens.lowerAt(verb) ?? ""))) verb++;
    if (!same || verb !== cue) return null;
    const start = first.ref.mention?.start ?? 0;
    const end = second.ref.mention?.end ?? start;
    return { personId: null, name: `${first.ref.name} and ${second.ref.name}`, mention: { start, end }, resolvedVia: "name" };
  }
  return null;
}

/** Tokens looked back from `and` for the first of two people who speak together (`President Lee Jae Myung and …`). */
const JOINT_REACH = 6;
/** Most words of the second person's title between `and` and the name (`and Chinese President Xi Jinping`). */
const MAX_TITLE_BEFORE_JOINED = 3;

/** `A and B` when another person's name ends right before the `and` that opens `second` at token `first`, else null. */
function jointBefore(tokens: TokenList, begin: number, name: number, second: SpeakerRef, resolver: SpeakerResolver): SpeakerRef | null {
  // (Past the second's title in capitals: `and Chinese President Xi Jinping`.)
  let first = name;
  while (first > name - MAX_TITLE_BEFORE_JOINED && tokens.lowerAt(first - 1) !== "and" && tokens.capitalizedAt(first - 1) === true) first--;
  if (tokens.lowerAt(first - 1) !== "and" || second.personId === null) return null;
  for (let k = first - 2; k >= Math.max(begin, first - 1 - JOINT_REACH); k--) {
    const found = resolver.speakerAt(k);
    if (found === null || found.next !== first - 1) continue;
    if (found.ref.personId === null || found.ref.personId === second.personId || found.ref.resolvedVia === "pronoun" || PREPOSITIONS.has(tokens.lowerAt(k - 1) ?? "")) return null;
    const start = found.ref.mention?.start ?? tokens.startAt(k) ?? 0;
    return { personId: null, name: `${found.ref.name} and ${second.name}`, mention: { start, end: second.mention?.end ?? start }, resolvedVia: "name" };
  }
  return null;
}

/**
 * True when the speaker words at `j` are the object of a preposition, alone or joined by `and` to one
 * (`a call between Putin and Erdogan said`): not the subject of the verb after them.
 */
function isPrepositionObject(tokens: TokenList, begin: number, j: number, resolver: SpeakerResolver): boolean {
  if (PREPOSITIONS.has(tokens.lowerAt(j - 1) ?? "")) return true;
  const joiner = tokens.lowerAt(j - 1);
  if (joiner !== "and" && joiner !== "or") return false;
  for (let k = j - 2; k >= Math.max(begin, j - 6); k--) {
    const found = resolver.speakerAt(k);
    if (found !== null && found.next === j - 1) return PREPOSITIONS.has(tokens.lowerAt(k - 1) ?? "");
  }
  return false;
}

/** The subject of the clause: the first speaker words between `begin` and the cue. */
export function subjectBefore(tokens: TokenList, begin: number, cue: number, resolver: SpeakerResolver): SpeakerRef | null {
  // The first named person; else the first speaker words of any kind. A group or an organisation met
  // first is often a modifier or an aside (`Senate leader Harry Reid`, `Before cheering supporters, Suu Kyi said`).
  let first: SpeakerRef | null = null;
  // `Trump’s proposal`, `in response to Trump`: a possessive or a preposition's object is rarely the subject,
  // so it speaks only when nothing else in the clause can (`Powell’s office said`).
  let modifier: SpeakerRef | null = null;
  // Where the last such object ended: `a call between Putin and Erdogan` makes both objects.
  let objectEnd = -1;
  // (An aside may open the main clause after an opening phrase: `During the meeting, attended by Crown Prince Al
  // Hussein, His Majesty warned`.)
  const start = mainClauseStart(tokens, begin, cue);
  const aside = relativeClauseClose(tokens, start - 1, cue);
  for (let i = aside >= 0 ? aside + 1 : start; i < cue; i++) {
    // (`The statement, which Trump signed, said`: who is named in a relative clause set off by commas is not its head.)
    const close = relativeClauseClose(tokens, i, cue);
    if (close >= 0) {
      i = close;
      continue;
    }
    const found = resolver.speakerAt(i);
    if (found === null) continue;
    // `his spokeswoman said`, `His foreign minister, Yván Gil, called …`: a possessive pronoun owns the subject, as
    // `Putin's` does; the phrase speaks, or the name set off after it. (Elsewhere the pronoun's person is the subject:
    // `calmed his supporters, …, saying`.)
    if (found.ref.resolvedVia === "pronoun" && POSSESSIVE_PRONOUNS.has(tokens.lowerAt(i) ?? "") && tokens.kindAt(found.next) === "word") {
      const possessed = pronounPossessed(tokens, i, cue, found.ref, resolver);
      if (possessed !== null) return possessed;
      const apposed = appositionAfterPhrase(tokens, found.next, cue);
      if (apposed > 0) {
        modifier ??= found.ref;
        i = apposed - 1;
        continue;
      }
    }
    // (`Mr Starmer's spokesman said the Prime Minister had "warmly welcomed" …`: the possessed phrase up to the cue
    // speaks, not its possessor, when it ends in a person by office or kind; not `Scott's family has called`, nor a
    // body, for which the possessor speaks, `Weber's office said`.)
    const possessive = isPossessiveAt(tokens, found.next);
    const possessed = possessive && resolver.isPersonNoun(tokens.lowerAt(cue - 1) ?? "") ? possessedBefore(tokens, found.ref, cue, resolver) : null;
    if (possessed !== null) return possessed;
    if (possessive || PREPOSITIONS.has(tokens.lowerAt(i - 1) ?? "") || coordinatedAfter(tokens, objectEnd, i)) {
      modifier ??= found.ref;
      objectEnd = found.next;
      i = found.next - 1;
      continue;
    }
    // (`"…," Ishiba and Xi said`: two people joined by `and` before the cue speak together.)
    if (found.ref.personId !== null) return jointSource(tokens, found, cue, resolver) ?? found.ref;
    first ??= found.ref;
    i = found.next - 1;
  }
  return first ?? modifier;
}

/** Where a name set off by a comma starts after a short lower-case phrase from `from` (`foreign minister, Yván Gil`), or -1. */
function appositionAfterPhrase(tokens: TokenList, from: number, cue: number): number {
  for (let k = from; k < Math.min(cue, from + MAX_POSSESSED_WORDS + 1); k++) {
    const t = tokens.get(k);
    if (t?.text === ",") return k > from && isCapitalizedAt(tokens, k + 1) ? k + 1 : -1;
    if (t === undefined || t.kind !== "word" || isCapitalized(t)) return -1;
  }
  return -1;
}

/** Possessive pronouns that own a noun phrase before a verb (`his foreign minister said`). */
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their"]);

/** True when the tokens between a possessive at `at` and the cue are a short noun phrase in lower case (`spokesman`, `foreign minister`). */
function possessedPhrase(tokens: TokenList, at: number, cue: number): boolean {
  if (cue - at - 1 < 1 || cue - at - 1 > MAX_POSSESSED_WORDS) return false;
  for (let k = at + 1; k < cue; k++) if (tokens.kindAt(k) !== "word" || isCapitalizedAt(tokens, k) || PASSIVE_AUXILIARIES.has(tokens.lowerAt(k) ?? "")) return false;
  return true;
}

/**
 * `His foreign minister called …`: the noun phrase a possessive pronoun at `at` owns, up to the cue; the holder of
 * that office for the person the pronoun stands for, when the report names one, else the phrase as written.
 */
function pronounPossessed(tokens: TokenList, at: number, cue: number, owner: SpeakerRef, resolver: SpeakerResolver): SpeakerRef | null {
  if (!possessedPhrase(tokens, at, cue)) return null;
  // (A person or people by office or kind, not a thing: `his cybersecurity plan and vowed` names no speaker; or a body
  // that speaks for the person: `Her office said`, `his government said`.)
  const head = tokens.lowerAt(cue - 1) ?? "";
  if (!resolver.isPersonNoun(head) && !SPEAKING_BODIES.has(head)) return null;
  const phrase = unnamedAsWritten(tokens, at, cue);
  const holder = owner.personId === null ? undefined : resolver.holderFor(owner.personId, tokens.lowerAt(cue - 1) ?? "");
  return holder === undefined || phrase === null ? phrase : { ...phrase, personId: holder.id, name: holder.name };
}

/** Bodies a possessive pronoun may own that speak for its person (`Her office said`, `his campaign said`). */
const SPEAKING_BODIES: ReadonlySet<string> = new Set(["office", "campaign", "team", ...STATE_BODY_HEADS]);

/** Most words of what a possessor has before the cue (`Putin's spokesman`, `Putin's foreign policy aide`). */
const MAX_POSSESSED_WORDS = 3;

/**
 * `Putin's spokesman said`: the possessed noun phrase from the possessor `owner` up to the cue; the one person of the
 * owner's country who holds that office when the report names one (Dmitry Peskov), else the phrase as written.
 */
function possessedBefore(tokens: TokenList, owner: SpeakerRef, cue: number, resolver: SpeakerResolver): SpeakerRef | null {
  if (owner.mention === null) return null;
  const at = tokenIndexAt(tokens, owner.mention.end);
  if (!isPossessiveAt(tokens, at) || !possessedPhrase(tokens, at, cue)) return null;
  const phrase = unnamedAsWritten(tokens, tokenIndexAt(tokens, owner.mention.start), cue);
  const holder = owner.personId === null ? undefined : resolver.holderFor(owner.personId, tokens.lowerAt(cue - 1) ?? "");
  return holder === undefined || phrase === null ? phrase : { ...phrase, personId: holder.id, name: holder.name };
}

/** True when the words at `i` are joined by `and`/`or` to an object that ended at `objectEnd` (`between Putin and Erdogan`). */
export function coordinatedAfter(tokens: TokenList, objectEnd: number, i: number): boolean {
  const joiner = tokens.lowerAt(i - 1);
  return objectEnd === i - 1 && (joiner === "and" || joiner === "or");
}

/** Shortest word read as a participle opening a sentence, less one, in letters (`Asked`, not `Ted`). */
const MIN_PARTICIPLE_OPENER = 4;

/**
 * Where the main clause starts: after a leading subordinate clause's, prepositional phrase's or participle's comma
 * (`After Brown spoke, Clinton said`, `In a joint statement, the two sides said`, `Asked to comment, a spokesman said`),
 * when that comma comes before the cue.
 */
function mainClauseStart(tokens: TokenList, begin: number, cue: number): number {
  const opens = startsSentence(tokens, begin);
  // (Past a connective set off by its comma: `However, in a statement issued last night, the Prime Minister's Office said`.)
  if (tokens.textAt(begin + 1) === "," && begin + 2 < cue && opensConnective(tokens.lowerAt(begin) ?? "")) begin += 2;
  const opener = tokens.lowerAt(begin) ?? "";
  const preposition = PREPOSITIONS.has(opener);
  // (A participle's clause opening the sentence too: `Asked to comment on Castro's announcement, a Justice Department
  // spokesman said:`.)
  // (Not a name that ends so, `Boreing said`, nor `According to`: a preposition, an article, `to` or a subordinator follows.)
  const next = tokens.lowerAt(begin + 1) ?? "";
  const participle = opens && opener !== "according" && opener.length > MIN_PARTICIPLE_OPENER && (opener.endsWith("ed") || opener.endsWith("ing")) && (PREPOSITIONS.has(next) || DETERMINERS.has(next) || SUBORDINATORS.has(next) || next === "to");
  if (!SUBORDINATORS.has(opener) && !preposition && !participle) return begin;
  for (let k = begin + 1; k < cue; k++) {
    if (tokens.textAt(k) !== ",") continue;
    // (After a quote, a phrase of its own goes on only to a speaker or a cue: `"…" of the Clinton proposals, Mr.
    // Holtz-Eakin said`, not `"apology" to New Yorkers …, then calling Yahoo News`.)
    const speakerNext = k + 1 === cue || isCapitalizedAt(tokens, k + 1);
    // (Past a name set off after the phrase's last noun: `In a statement signed by his adviser, Bayo Onanuga, Tinubu
    // was quoted as telling`.)
    const apposed = preposition ? apposedNameClose(tokens, k, cue) : -1;
    if (apposed > 0) return apposed + 1;
    return !preposition || opens || speakerNext ? k + 1 : begin;
  }
  return begin;
}

/** True when token `i` opens a sentence, one after a quotation that closed the last too (`… colleagues." At the same time, …`). */
function startsSentence(tokens: TokenList, i: number): boolean {
  return opensSentence(tokens, i) || (CLOSING_QUOTE_MARKS.has(tokens.textAt(i - 1) ?? "") && SENTENCE_TERMINALS.has(tokens.textAt(i - 2) ?? ""));
}

/**
 * Where the subordinate clause that holds the cue starts, right after its conjunction (`…, as the West accused`), when
 * a comma opens it and none comes before the cue (`Putin, while in Beijing, said` is the main clause's); else `begin`.
 */
function subordinateClauseStart(tokens: TokenList, begin: number, cue: number): number {
  // (A name set off by commas right before the cue is the clause's subject's: `…, while the UK prime minister, Keir
  // Starmer, told reporters`; it is passed, and the comma before it.)
  const apposed = cue - 1 > begin && tokens.textAt(cue - 1) === "," ? nameSetOffBefore(tokens, begin, cue - 1) : -1;
  for (let k = apposed >= 0 ? apposed - 1 : cue - 1; k > begin; k--) {
    const w = tokens.lowerAt(k) ?? "";
    if (w === ",") return begin;
    if (CLAUSE_BESIDE.has(w) && tokens.textAt(k - 1) === "," && k + 1 < cue && tokens.lowerAt(k + 1) !== "if") return k + 1;
    // (`…, in what both governments described as a "historic" meeting`: a clause of `what` has its own subject.)
    if (w === "what" && (tokens.textAt(k - 1) === "," || (tokens.lowerAt(k - 1) === "in" && tokens.textAt(k - 2) === ",")) && k + 1 < cue) return k + 1;
  }
  return begin;
}

/** Most words of a name set off by commas before a cue. */
const MAX_SET_OFF_NAME = 4;

/** The comma that opens a name set off before the comma at `comma` (`, Keir Starmer,`), or -1. */
function nameSetOffBefore(tokens: TokenList, begin: number, comma: number): number {
  for (let k = comma - 1; k > begin && comma - k <= MAX_SET_OFF_NAME + 1; k--) {
    if (tokens.textAt(k) === ",") return k < comma - 1 ? k : -1;
    if (tokens.capitalizedAt(k) !== true) return -1;
  }
  return -1;
}

/** Conjunctions of a clause that goes on beside the main one (`, as the West accused …`), not `as if to say`. */
const CLAUSE_BESIDE = new Set(["as", "while", "whereas"]);

/** Words that open the clause a cue reports (`said that …`, `asked whether …`). */
const CLAUSE_COMPLEMENTS: ReadonlySet<string> = new Set(["that", "whether"]);

/** Most lower-case words of an office between a body and the person it leads to (`Kremlin spokesman Dmitry Peskov`). */
const MAX_OFFICE_WORDS = 3;

/** How far after a cue its speaker may start (`said former secretary of state Hillary Clinton`). */
const AFTER_CUE_REACH = 8;

function speakerAfterCue(tokens: TokenList, from: number, stop: number, resolver: SpeakerResolver): SpeakerRef | null {
  // (`says the leading researcher of the Institute of World Economy Ivan Petrov`: a body inside the description
  // yields to the person it ends on.)
  let body: SpeakerRef | null = null;
  let limit = from + AFTER_CUE_REACH;
  for (let i = from; i < Math.min(stop, limit); i++) {
    // (A mark glued inside a word goes on with it: `said 9/11 widow Terry Strada`.)
    const glued = tokens.startAt(i - 1) === tokens.endAt(i - 2) && tokens.startAt(i) === tokens.endAt(i - 1);
    if (i > from && tokens.kindAt(i - 1) === "punct" && tokens.textAt(i - 1) !== "." && !glued) break;
    // (What follows `that` or `whether` is the reported clause, and its subject no speaker: `A spokesperson added that
    // the prime minister had discussed "the coming weeks"`.)
    if (CLAUSE_COMPLEMENTS.has(tokens.lowerAt(i) ?? "")) break;
    const found = resolver.speakerAt(i);
    if (found === null) continue;
    // (`said the Russian president's spokesman`: the one the possessive owns speaks.)
    if (isPossessiveAt(tokens, found.next)) {
      let end = found.next + 1;
      while (end < stop && end - found.next <= MAX_POSSESSED_WORDS && tokens.kindAt(end) === "word" && !isCapitalizedAt(tokens, end)) end++;
      // (A person by office or kind: not `Trump's campaign logo`, `Axelrod's memoir`.)
      const head = tokens.lowerAt(end - 1) ?? "";
      const possessed = resolver.isPersonNoun(head) ? possessedBefore(tokens, found.ref, end, resolver) : null;
      if (possessed !== null) return possessed;
    }
    // (A name before a finite verb is the reported clause's subject, its `that` left out: `An official said Biden had
    // raised concerns about "aggressive" behaviour`. A pronoun there mostly is the speaker again: `Butterfield of North
    // Carolina said he was "outraged"`.)
    if (found.ref.resolvedVia !== "pronoun" && MAIN_CLAUSE_VERBS.has(tokens.lowerAt(found.next) ?? "")) break;
    if (!isOrganization(found.ref)) return found.ref;
    body ??= found.ref;
    // (Only a name or title right after the body goes on to its person: `a Republican National Committee member who
    // supports Trump` is the member. The body's own words do not count against the reach.)
    // (Or the person an office's words after the body lead to: `said Kremlin spokesman Dmitry Peskov`.)
    if (!isCapitalizedAt(tokens, found.next)) {
      let k = found.next;
      while (k < Math.min(stop, found.next + MAX_OFFICE_WORDS) && !isCapitalizedAt(tokens, k) && resolver.isPersonNoun(tokens.lowerAt(k) ?? "")) k++;
      const holder = k > found.next ? resolver.speakerAt(k) : null;
      if (holder !== null && holder.ref.personId !== null && holder.ref.resolvedVia !== "pronoun") return holder.ref;
      break;
    }
    limit += found.next - i;
    i = found.next - 1;
  }
  return body;
}

/** Longest look back for the subject of the sentence a quote stands in, in tokens. */
const SUBJECT_REACH = 40;

/** The first person named in the sentence before token `at` (its subject), within a bounded look back. */
function sentenceSubject(tokens: TokenList, at: number, resolver: SpeakerResolver): SpeakerRef | null {
  let start = at;
  while (start > 0 && at - start < SUBJECT_REACH && !SENTENCE_TERMINALS.has(tokens.textAt(start - 1) ?? "")) start--;
  for (let k = start; k < at; k++) {
    const who = resolver.speakerAt(k);
    if (who === null) continue;
    if (who.ref.personId !== null && !PREPOSITIONS.has(tokens.lowerAt(k - 1) ?? "")) return who.ref;
    k = who.next - 1;
  }
  return null;
}

/** Finds a cue and the nearest speaker words in `[begin, stop)`. */
function findCueAndSpeaker(tokens: TokenList, begin: number, stop: number, resolver: SpeakerResolver, lexicon: Lexicon, partial: boolean): QuoteAttribution | null {
  let cue = -1;
  let cueLen = 0;
  for (let i = begin; i < stop; i++) {
    const n = cueAt(tokens, i, lexicon);
    if (n === 0) continue;
    const t = tokens.get(i);
    if (!partial && t !== undefined && PARTIAL_ONLY_VERBS.has(t.lower) && t.lower !== "described") continue;
    cue = i;
    cueLen = n;
    break;
  }
  if (cue < 0) return null;
  // Name before the cue (`X, role, said`); an unnamed speaker before the cue (`the gambling tycoon told …`),
  // which wins over an organisation that only qualifies it (`the Kremlin spokesman said`).
  let speaker: SpeakerRef | null = subjectBefore(tokens, begin, cue, resolver);
  if (speaker === null || isOrganization(speaker)) speaker = widerThan(unnamedSource(tokens, begin, cue), speaker) ?? speaker;
  // `"…," Putin's spokesman said`: the possessor's office or aide speaks, as written; so does one who serves the
  // person named after `for` or `to` (`"…," a spokesperson for Keir Starmer said`).
  else speaker = possessedBefore(tokens, speaker, cue, resolver) ?? holderOf(tokens, begin, cue, speaker) ?? speaker;
  // Cue before the name (`said X`, `said an Iowa Democrat`); after `told` the name is the hearer, not the speaker,
  // and after a verb that takes an object (`stressed the state's importance`) a noun phrase is no speaker.
  // `thanked Türkiye for its "unwavering support" and said the corridor would open`: the verb shares the sentence's
  // subject; what follows it is what was said.
  const coordinated = tokens.lowerAt(cue - 1) === "and" && speaker === null;
  if (coordinated) speaker = sentenceSubject(tokens, begin, resolver);
  else if (speaker === null && !TELL_VERBS.has(tokens.lowerAt(cue) ?? "")) {
    speaker = speakerAfterCue(tokens, cue + cueLen, stop, resolver);
    if (speaker === null && SAY_BEFORE_SPEAKER.has(tokens.lowerAt(cue) ?? "")) {
      speaker = unnamedSource(tokens, cue + cueLen, nounPhraseEnd(tokens, cue + cueLen, stop));
    }
  }
  // `"… the end." Ohio Gov. John Kasich said he would …`: a new sentence that reports more speech is not this quote's attribution.
  if (speaker !== null && opensNewSentence(tokens, begin) && wordsAfter(tokens, cue + cueLen, stop) >= 2 && !TELL_VERBS.has(tokens.lowerAt(cue) ?? "")) return null;
  const cueSpan: Span = { start: tokens.startAt(cue) ?? 0, end: tokens.endAt(cue + cueLen - 1) ?? 0 };
  return { speaker, cue: cueSpan, medium: findMedium(tokens, begin, stop, cueSpan), end: tokens.endAt(stop - 1) ?? cueSpan.end };
}

/** Where a noun phrase starting at `from` ends: at punctuation, a relative pronoun or `stop`. */
function nounPhraseEnd(tokens: TokenList, from: number, stop: number): number {
  let k = from;
  // (Through a postmodifier of the source: `said a Gulf official briefed on the discussions`.)
  while (k < stop && k - from < MAX_UNNAMED && tokens.kindAt(k) === "word" && (!NOT_IN_NOUN_PHRASE.has(tokens.lowerAt(k) ?? "") || opensPostmodifier(tokens, k))) k++;
  return k;
}

/**
 * True when the preposition at `i` goes on a source's postmodifier: `a source close to the talks`, `an official
 * familiar with the matter`, `a diplomat briefed on the discussions`, or whom a member of a group serves (`a
 * spokesperson for Keir Starmer`, `an aide to Zelensky`).
 */
function opensPostmodifier(tokens: TokenList, i: number): boolean {
  const w = tokens.lowerAt(i) ?? "";
  const before = tokens.lowerAt(i - 1) ?? "";
  return (w === "to" && before === "close") || (w === "with" && before === "familiar") || (PREPOSITIONS.has(w) && SOURCE_PARTICIPLES.has(before)) || ((w === "for" || w === "to") && GENERIC_SOURCE_MEMBERS.has(before));
}

/** An organisation named as speaker (not a person, not an unnamed or generic source). */
export function isOrganization(ref: SpeakerRef): boolean {
  return ref.personId === null && ref.resolvedVia === "name";
}

/** `the Kremlin spokesman` over `Kremlin`: the unnamed speaker when its words reach past the organisation's. */
export function widerThan(unnamed: SpeakerRef | null, organization: SpeakerRef | null): SpeakerRef | null {
  if (unnamed === null) return null;
  if (organization === null) return unnamed;
  return (unnamed.mention?.end ?? 0) > (organization.mention?.end ?? 0) ? unnamed : null;
}

/**
 * `a spokesperson for Keir Starmer said`, `an aide to Zelensky said`, `The Prime Minister's Office said`: the unnamed
 * subject whose phrase holds the person served, or owning, as reported speech reads it; null when the person stands
 * otherwise.
 */
function holderOf(tokens: TokenList, begin: number, cue: number, person: SpeakerRef): SpeakerRef | null {
  const at = person.mention === null ? -1 : tokens.indexAt(person.mention.start);
  const serves = (tokens.lowerAt(at - 1) === "for" || tokens.lowerAt(at - 1) === "to") && GENERIC_SOURCE_MEMBERS.has(tokens.lowerAt(at - 2) ?? "");
  // (Or whose office the person, as possessor, owns: `The Prime Minister's Office said in a statement that …`; not a
  // possessive before a noun that is itself the cue, `Trump's call for a "deportation force"`.)
  const mark = person.mention === null ? -1 : tokens.indexAt(person.mention.end);
  const owns = mark >= 0 && isPossessiveAt(tokens, mark) && mark + 1 < cue;
  if (at < 0 || person.personId === null || !(serves || owns)) return null;
  const holder = unnamedSubject(tokens, begin, cue);
  if (holder?.mention == null || person.mention === null) return null;
  const wider = serves ? holder.mention.start < person.mention.start && holder.mention.end >= person.mention.end : holder.mention.start <= person.mention.start && holder.mention.end > person.mention.end;
  return wider ? holder : null;
}

/** `A senior official, who spoke on condition of anonymity, said the talks were "candid"`: the unnamed subject of the clause. */
function unnamedSubject(tokens: TokenList, begin: number, cue: number): SpeakerRef | null {
  let from = mainClauseStart(tokens, begin, cue);
  // `As the Belarusian leader put it, "…"`: the subject of the subordinate clause that holds the cue.
  if (from === begin && SUBORDINATORS.has(tokens.lowerAt(from) ?? "")) from++;
  let end = from;
  while (end < cue && tokens.textAt(end) !== ",") end++;
  // (Only an aside may stand between the source and its verb, not clauses of their own: `For instance, the paper notes
  // the government monitors 20,000 of …, it lists …, and it says`; a relative clause closed right before the verb may
  // run longer, as one of anonymity does: `The official, who requested anonymity because they were not authorized to
  // speak to the media, said`.)
  if (cue - end > MAX_ASIDE_BEFORE_CUE && relativeClauseClose(tokens, end, cue) !== cue - 1) return null;
  return unnamedSource(tokens, from, end);
}

/** Longest aside between an unnamed source and its verb, in tokens (`, speaking on condition of anonymity,`). */
const MAX_ASIDE_BEFORE_CUE = 12;

/** `a source said`, `said an Iowa Democrat`, `the group wrote`: an unnamed speaker, kept as written. */
function unnamedSource(tokens: TokenList, begin: number, cue: number): SpeakerRef | null {
  const first = tokens.get(begin);
  const last = tokens.get(cue - 1);
  if (first === undefined || last === undefined || cue - begin > MAX_UNNAMED || cue - begin < 2) return null;
  if (!UNNAMED_OPENERS.has(first.lower)) return null;
  for (let i = begin; i < cue; i++) {
    const t = tokens.get(i);
    if (t === undefined) return null;
    if ((t.kind !== "word" && !isGluedPeriod(tokens, i)) || (NOT_IN_NOUN_PHRASE.has(t.lower) && !opensPostmodifier(tokens, i))) return null;
  }
  return unnamedAsWritten(tokens, begin, cue);
}

/**
 * The medium between tokens `begin` and `stop`, or null. Not one whose relative clause holds the cue at `cue`: `in a
 * meeting that government sources described as "calm"` describes the meeting, the sources spoke in none.
 */
function findMedium(tokens: TokenList, begin: number, stop: number, cue: Span): Span | null {
  for (let i = begin; i < stop; i++) {
    const m = mediumAt(tokens, i, stop);
    if (m === null) continue;
    const after = tokenIndexAt(tokens, m.end);
    if (m.end <= cue.start && (tokens.lowerAt(after) === "that" || tokens.lowerAt(after) === "which")) continue;
    return m;
  }
  return null;
}

function isAbbreviationDot(tokens: TokenList, i: number): boolean {
  const t = tokens.get(i);
  const prev = tokens.get(i - 1);
  // `Mr.`, `Gov.`, and initials (`Harry M. Reid`) do not end the attribution.
  // (A party and a state too: `Mitch McConnell, R-Ky., said`.)
  return t?.text === "." && prev !== undefined && prev.end === t.start && (ABBREVIATIONS.has(prev.lower) || (prev.text.length === 1 && prev.text !== prev.lower) || PATTERNS.partyState.test(prev.text));
}
