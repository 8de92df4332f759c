import { NOUN_LIKE_CUES } from "../../lexicon/reporting-cues.js";
import { isAbbreviationStop, isAllCaps, isGluedPeriod, isPossessiveAt, opensSentence, pluralPossessiveAt } from "../../text/tokens.js";
import { NUMBER_WORDS } from "../../lexicon/time-words.js";
import { POSSESSIVE_DETERMINERS } from "../../lexicon/function-words.js";
import { PATTERNS } from "../../text/patterns.js";
import type { Lexicon } from "../../lexicon/compile.js";
import { ADJECTIVE_CUES, BROADCASTERS, CUE_COMPOUND_HEADS, MEDIUM_NOUNS, MEDIUM_OPENERS, NOUN_COMPOUND_HEADS, ON_MEDIUM_NOUNS, SOCIAL_PLATFORMS, STATE_NOUN_MODIFIERS, CALL_NOUN_MODIFIERS } from "../../lexicon/reporting-cues.js";
import type { Span } from "../../model/span.js";
import { matchPhrase } from "../../text/phrases.js";
import type { TokenList } from "../../text/tokens.js";

/** Tokens of the reporting cue at `i` (a phrase or a single verb), or 0. */
export function cueAt(tokens: TokenList, i: number, lexicon: Lexicon): number {
  const phrase = matchPhrase(tokens, i, lexicon.cuePhrases);
  if (phrase > 0) return phrase;
  // (Most words are no cue: ask before making the token.)
  if (!lexicon.cueWords.has(tokens.lowerAt(i) ?? "")) return 0;
  const t = tokens.get(i);
  if (t === undefined || t.kind !== "word") return 0;
  // A capitalised verb form mid-sentence is a name or a noun (`Moscow State Institute`); one that opens a sentence
  // is the verb (`Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”`).
  if (t.text[0] !== t.lower[0] && !isAllCaps(t.text) && !(INVERTED_OPENERS.has(t.lower) && opensSentence(tokens, i))) return 0;
  // `state`, `post`, `note`, `point`, `report` are nouns after a determiner, and after `of` (`heads of state`).
  const prev = tokens.lowerAt(i - 1);
  // (`state` after a possessive too: `the Head of our state cordially welcomed …`; a possessive's `call` or `claim`
  // is a cue of its own.)
  if (prev === "the" || prev === "a" || prev === "an" || prev === "this" || prev === "that" || prev === "its" || prev === "union") return 0;
  // (And after a possessive noun: `in support of Sudan's state institutions, … spokesman … said`.)
  if ((t.lower === "state" || t.lower === "states") && (POSSESSIVE_DETERMINERS.has(prev ?? "") || isPossessiveAt(tokens, i - 1))) return 0;
  // (… and a participle after `of` qualifies a noun: `the number of reported cases`, `a list of confirmed deaths`.)
  if (prev === "of" && (NOUN_LIKE_CUES.has(t.lower) || t.lower.endsWith("ed"))) return 0;
  // … and after a number or a quantifier (`the leaders of 35 states signed`, `both reports`, `many claims`).
  if (NOUN_LIKE_CUES.has(t.lower) && prev !== undefined && (PATTERNS.startsWithDigit.test(prev) || QUANTIFIERS.has(prev) || prev in NUMBER_WORDS)) return 0;
  // (`the head of the Turkish state stressed`: a demonym makes `state` the country; not a people, `the Saudis state`.)
  // (Nor a bloc's acronym, alone or in brackets after its name: `Gulf Cooperation Council (GCC) states concluded`.)
  const bloc = prev === ")" || isAllCaps(tokens.textAt(i - 1) ?? "");
  if ((t.lower === "states" || t.lower === "state") && (STATE_NOUN_MODIFIERS.has(prev ?? "") || adjectivalDemonym(prev ?? "", lexicon) || bloc)) return 0;
  // (Nor a region's, a word or two after a determiner or a number, when no `that` or colon follows: `gave the three
  // military-led Sahel states a six-month transition period`; not `the Constitution states that …`.)
  // (A people in the plural is a subject: `the Saudis state in the white paper`.)
  // (The region's word may be an abbreviation with its stop: `electricity exports to three U.S. states`.)
  const region = prev === "." && isGluedPeriod(tokens, i - 1) ? i - 2 : i - 1;
  // (A count before the region makes the plural noun even so: `to bring back the three Sahel states that left ECOWAS`.)
  if ((t.lower === "states" || t.lower === "state") && tokens.capitalizedAt(region) === true && (region < i - 1 || !(prev ?? "").endsWith("s")) && (!SAYING_NEXT.has(tokens.lowerAt(i + 1) ?? "") || countedBefore(tokens, region)) && determinedBefore(tokens, region)) return 0;
  if ((t.lower === "call" || t.lower === "calls") && CALL_NOUN_MODIFIERS.has(prev ?? "")) return 0;
  // (A singular one after a name a determiner opens is that name's thing: `said in a Facebook post that …`; a verb
  // in its plain form takes a plural subject, `the Saudis state`.)
  if (NOUN_LIKE_CUES.has(t.lower) && !t.lower.endsWith("s") && tokens.capitalizedAt(i - 1) === true && !(prev ?? "").endsWith("s") && determinedBefore(tokens, i - 1)) return 0;
  // (A verb that is also an adjective is one after a linking verb: `remained calm and told Trump`, `was calm`.)
  if (ADJECTIVE_CUES.has(t.lower) && LINKING_VERBS.has(prev ?? "")) return 0;
  // (A plural's bare apostrophe makes it a possessor: `Turkic states' leaders`, `the reports' authors`.)
  if (NOUN_LIKE_CUES.has(t.lower) && pluralPossessiveAt(tokens, i + 1)) return 0;
  // (A compound a verb opens is a noun: `the Future Forum think tank, told RFA`.)
  if (CUE_COMPOUND_HEADS[t.lower]?.has(tokens.lowerAt(i + 1) ?? "") === true) return 0;
  // … and before the noun they qualify (`a three-day state visit`, `state media`).
  if (NOUN_LIKE_CUES.has(t.lower) && NOUN_COMPOUND_HEADS.has(tokens.lowerAt(i + 1) ?? "")) return 0;
  // … and as a subject before its verb (`that New York state is shortchanging`, `a fourth state will play`).
  if (NOUN_LIKE_CUES.has(t.lower) && SUBJECT_VERBS.has(tokens.lowerAt(i + 1) ?? "")) return 0;
  return 1;
}


/** Most words between a determiner and the noun it opens, read back from the word before the noun. */
const MAX_NOUN_MODIFIERS = 3;
/** Tokens after a verb of saying that open what is said (`states that`, `states:`). */
const SAYING_NEXT = new Set(["that", ":", ",", "\"", "“"]);

/** True when a word passing `test` stands at most a few words before token `i`, only words between. */
function modifierBefore(tokens: TokenList, i: number, test: (w: string) => boolean): boolean {
  for (let k = i - 1; k >= Math.max(0, i - MAX_NOUN_MODIFIERS); k--) {
    if (test(tokens.lowerAt(k) ?? "")) return true;
    if (tokens.kindAt(k) !== "word") return false;
  }
  return false;
}

/** True when a determiner or a number stands at most a few words before token `i`, only words between. */
function determinedBefore(tokens: TokenList, i: number): boolean {
  return modifierBefore(tokens, i, (w) => DETERMINERS.has(w) || QUANTIFIERS.has(w) || w in NUMBER_WORDS || PATTERNS.startsWithDigit.test(w));
}

/** True when a number (not a year) or a quantifier stands at most a few words before token `i`, only words between. */
function countedBefore(tokens: TokenList, i: number): boolean {
  return modifierBefore(tokens, i, (w) => QUANTIFIERS.has(w) || (w in NUMBER_WORDS && w !== "one") || (PATTERNS.startsWithDigit.test(w) && !PATTERNS.year.test(w)));
}

/** Verbs that open a sentence before their speaker, the words after it (`Said Dorothy Poynter, …, “…”`); not participles (`Asked whether …, she said`). */
const INVERTED_OPENERS = new Set(["said", "says", "added", "adds", "wrote", "writes"]);

/** True for a demonym used as an adjective (`Turkish`, `Swiss`), not the plural noun of a people (`Saudis`). */
function adjectivalDemonym(w: string, lexicon: Lexicon): boolean {
  return lexicon.countryByDemonym.has(w) && !(w.endsWith("s") && lexicon.countryByDemonym.has(w.slice(0, -1)));
}

/** Auxiliaries that follow a noun as its subject's verb; no verb of saying takes one as its object. */
const SUBJECT_VERBS = new Set(["is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could", "should", "must"]);

/** Verbs that link a subject to an adjective (`remained calm`). */
const LINKING_VERBS = new Set(["is", "are", "was", "were", "remain", "remains", "remained", "stay", "stays", "stayed", "keep", "keeps", "kept", "seem", "seems", "seemed", "appear", "appears", "appeared", "look", "looks", "looked", "become", "becomes", "became"]);

/** Words of number before a noun (`many claims`, `these reports`); not possessives: `his comment that …` reports. */
const QUANTIFIERS = new Set(["many", "several", "both", "all", "some", "few", "these", "those", "various", "numerous", "multiple"]);

const DETERMINERS = new Set(["a", "an", "the", "his", "her", "their", "its", "this", "that", "one", "another"]);
const LINKS = new Set(["with", "to", "on", "for", "of", "at", "in", "by"]);
const MAX_MEDIUM_TOKENS = 14;

/**
 * The medium phrase at `i`, if one starts there: `in an interview with RT`,
 * `on the air of the TV channel "Belarus 1"`, `in a post on X`,
 * `in his welcoming speech`.
 */
export function mediumAt(tokens: TokenList, i: number, stop: number): Span | null {
  const opener = tokens.get(i);
  if (opener === undefined || !MEDIUM_OPENERS.has(opener.lower)) return null;
  let j = i + 1;
  // `on Telegram`, `via Twitter`, `on Fox News`: a platform or broadcaster named with its capital.
  const platform = opener.lower === "on" || opener.lower === "via" ? platformAt(tokens, j) : 0;
  if (platform > 0) return { start: opener.start, end: tokens.endAt(programmeEnd(tokens, j + platform, stop) - 1) ?? opener.end };
  if (DETERMINERS.has(tokens.lowerAt(j) ?? "")) j++;
  // Up to two modifiers before the medium noun (`welcoming speech`, `televised address`).
  let noun = -1;
  for (let k = j; k < Math.min(stop, j + 3); k++) {
    const t = tokens.get(k);
    if (t === undefined || t.kind !== "word") break;
    // (`on air`, not `on Air Force One`, a name.)
    if (MEDIUM_NOUNS.has(t.lower) || (t.lower === "air" && !(t.capitalized && tokens.capitalizedAt(k + 1) === true))) {
      noun = k;
      break;
    }
  }
  if (noun < 0) return null;
  let end = noun + 1;
  // The whole compound (`a conference call`) decides whether `on` takes it.
  while (MEDIUM_NOUNS.has(tokens.lowerAt(end) ?? "")) end++;
  if (opener.lower === "on" && !ON_MEDIUM_NOUNS.has(tokens.lowerAt(end - 1) ?? "")) return null;
  // A link and its object: `with RT`, `of the TV channel "Belarus 1"`, `on X`.
  if (LINKS.has(tokens.lowerAt(end) ?? "")) {
    let k = end + 1;
    let inQuote = false;
    while (k < stop && k - end < MAX_MEDIUM_TOKENS) {
      const t = tokens.get(k);
      if (t === undefined) break;
      if (t.text === '"' || t.text === "“" || t.text === "”" || t.text === "«" || t.text === "»") {
        inQuote = !inQuote;
        k++;
        if (!inQuote) break;
        continue;
      }
      // (An abbreviation's period and a hyphen inside a word go on: `the U.S.-Africa Leaders Summit`.)
      // (Not a full stop glued to a word: `in a post on X. French President …`.)
      const abbreviation = isAbbreviationStop(tokens, k);
      const inWord = t.kind === "punct" && (abbreviation || (t.text === "-" && tokens.endAt(k - 1) === t.start && tokens.startAt(k + 1) === t.end));
      if (!inQuote && ((t.kind === "punct" && !inWord) || t.lower === "that" || t.lower === "said" || t.lower === "told")) break;
      k++;
    }
    if (k > end + 1) end = k;
  }
  const last = tokens.get(end - 1);
  if (last === undefined) return null;
  return { start: opener.start, end: last.end };
}

/** Quotation marks that may enclose a programme's name, as tokens (`''Meet the Press''` is two apostrophes a side). */
const PROGRAMME_MARKS = new Set(['"', "“", "”", "'", "‘", "’", "`"]);

/**
 * After a broadcaster ending before `end`, past its programme (`on NBC's "Meet the Press"`, `on ABC's This Week`):
 * a possessive, then a name in quotation marks or in capitals; `end` itself when none follows.
 */
function programmeEnd(tokens: TokenList, end: number, stop: number): number {
  if (!isPossessiveAt(tokens, end)) return end;
  let k = end + 1;
  const limit = Math.min(stop, k + MAX_MEDIUM_TOKENS);
  if (PROGRAMME_MARKS.has(tokens.textAt(k) ?? "")) {
    while (k < limit && PROGRAMME_MARKS.has(tokens.textAt(k) ?? "")) k++;
    while (k < limit && !PROGRAMME_MARKS.has(tokens.textAt(k) ?? "")) k++;
    // The closing marks only, glued together: the next quotation's opening marks stand apart.
    if (k < limit && PROGRAMME_MARKS.has(tokens.textAt(k) ?? "")) k++;
    while (k < limit && PROGRAMME_MARKS.has(tokens.textAt(k) ?? "") && tokens.startAt(k) === tokens.endAt(k - 1)) k++;
    return k;
  }
  while (k < limit && tokens.kindAt(k) === "word" && tokens.textAt(k)?.[0] !== tokens.lowerAt(k)?.[0]) k++;
  return k > end + 1 ? k : end;
}

/** Tokens of a social platform's or broadcaster's name at `i` (`Telegram`, `Truth Social`, `Fox News`), capitalised as names are, or 0. */
function platformAt(tokens: TokenList, i: number): number {
  const t = tokens.get(i);
  if (t === undefined || t.kind !== "word" || t.text[0] === t.lower[0]) return 0;
  const two = `${t.lower} ${tokens.lowerAt(i + 1) ?? ""}`;
  if (SOCIAL_PLATFORMS.has(two) || BROADCASTERS.has(two)) return 2;
  return SOCIAL_PLATFORMS.has(t.lower) || BROADCASTERS.has(t.lower) ? 1 : 0;
}
