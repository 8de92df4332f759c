import { ABBREVIATIONS } from "../../lexicon/abbreviations.js";
import type { Lexicon } from "../../lexicon/compile.js";
import { HONORIFICS, PARTY_GROUPS, STYLES } from "../../lexicon/roles.js";
import { FUNCTION_WORDS_AS_FAMILY_NAMES, NAME_INNER_TITLES, NAME_PARTICLES, PATRONYMIC_STYLES, TITLES_AS_FAMILY_NAMES } from "../../lexicon/first-names.js";
import { MONTHS, PUBLICATION_WORDS, WEEKDAYS } from "../../lexicon/time-words.js";
import { PATTERNS } from "../../text/patterns.js";
import { HEADLINE_VERBS } from "../../lexicon/function-words.js";
import { SOCIAL_PLATFORMS } from "../../lexicon/reporting-cues.js";
import { hyphenatedParticleName } from "../../text/names.js";
import { foldName } from "../../text/fold.js";
import { givenNameStop, isCapitalized, isGluedPeriod, opensSentence, type Token, type TokenList } from "../../text/tokens.js";
import { MAX_COUNTRY_WORDS } from "../../lexicon/places.js";
import { matchPhrase } from "../../text/phrases.js";

/**
 * The country whose name ends right before token `end` (`Sierra Leone` of `Sierra Leone's`, `Trinidad and Tobago`)
 * and the token where the name starts, the longest name first; or null.
 */
export function countryEndingAt(tokens: TokenList, end: number, lexicon: Lexicon): { country: string; start: number } | null {
  let name = "";
  let found: { country: string; start: number } | null = null;
  // (Read without accents, as the gazetteer may write it: `São Tomé and Príncipe's Prime Minister`.)
  for (let k = end - 1; k >= 0 && end - k <= MAX_COUNTRY_WORDS; k--) {
    name = name === "" ? (tokens.foldedAt(k) ?? "") : `${tokens.foldedAt(k) ?? ""} ${name}`;
    const country = lexicon.countryByName.get(name);
    if (country !== undefined) found = { country, start: k };
  }
  return found;
}

/**
 * The country whose name or demonym opens at token `i` (`Spanish`, `New Zealand`, `North Korean`, `Trinidad and
 * Tobago`) and how many words it has, the longest name first; or null.
 */
export function countryAt(tokens: TokenList, i: number, lexicon: Lexicon): { country: string; words: number } | null {
  // (Asked of most words after an article: only a capital opens a country's name, so the others cost one look.)
  if (tokens.capitalizedAt(i) !== true) return null;
  let name = "";
  let found: { country: string; words: number } | null = null;
  for (let k = i; k < i + MAX_COUNTRY_WORDS && tokens.kindAt(k) === "word"; k++) {
    name = name === "" ? (tokens.foldedAt(k) ?? "") : `${name} ${tokens.foldedAt(k) ?? ""}`;
    const country = lexicon.countryByName.get(name) ?? lexicon.countryByDemonym.get(name);
    if (country !== undefined) found = { country, words: k + 1 - i };
  }
  return found;
}

/**
 * The tokens of the peoples' words that end right before token `noun`, joined by `and` or commas, in text order (`Iranian,
 * Turkish and Azerbaijani` before `counterparts`, `Belarusian and Kazakh` before `leaders`); at most `max` of them.
 */
export function demonymsBefore(tokens: TokenList, noun: number, lexicon: Lexicon, max: number): number[] {
  const out: number[] = [];
  for (let k = noun - 1; out.length < max && lexicon.countryByDemonym.has(tokens.lowerAt(k) ?? ""); k -= 2) {
    out.push(k);
    const join = tokens.lowerAt(k - 1);
    if (join !== "and" && join !== ",") break;
  }
  return out.reverse();
}

/** Most words in a personal name (`Luiz Inacio Lula da Silva` aside, names are short). */
const MAX_NAME_WORDS = 4;

/** True for a capitalised word that can be part of a personal name. */
export function isNameWord(token: Token | undefined, lexicon: Lexicon): boolean {
  return token !== undefined && isCapitalized(token) && nameable(token.lower, lexicon);
}

/** True when token `i` may be part of a person's name, as {@link isNameWord}, read without making the token. */
export function isNameWordAt(tokens: TokenList, i: number, lexicon: Lexicon): boolean {
  return tokens.capitalizedAt(i) === true && nameable(tokens.lowerAt(i) ?? "", lexicon);
}

/** True when a capitalised word of this lower case may be part of a name. */
function nameable(lower: string, lexicon: Lexicon): boolean {
  // Asked of every word and its neighbours in several stages, the answer per word is kept (see `nameableWords`).
  const known = nameableWords(lexicon);
  let answer = known.get(lower);
  if (answer === undefined) {
    answer = canBeName(lower, lexicon);
    if (known.size >= MAX_REMEMBERED_WORDS) known.clear();
    known.set(lower, answer);
  }
  return answer;
}

function canBeName(w: string, lexicon: Lexicon): boolean {
  // Full month and weekday names are not names; three-letter abbreviations of months can be, when given names (`Ai
  // Jun`, `Jan Kowalski`; not `Nov` in a caption's `Wednesday, Nov, 15, 2023`).
  // (Of the weekdays' abbreviations, only `Sun` and `Mon` are names too: `Sun Weidong`.)
  if ((w in MONTHS && (w.length > 3 || w === "may" || !lexicon.firstNames.has(w))) || (w in WEEKDAYS && (w.length > 3 || (w !== "sun" && w !== "mon")))) return false;
  // (`Speaking to Kurdistan24`: no one's name ends in a digit; `on his official Facebook page`: nor is a platform's.)
  if (PATTERNS.endsWithDigit.test(w) || SOCIAL_PLATFORMS.has(w)) return false;
  // `Posted Tue 15 Jul 2025`: a word of publication opens a date line, not a name.
  if (PUBLICATION_WORDS.has(w)) return false;
  // `Democrats said`, `Virginia Democrats`: a party's members, no one's name.
  if (PARTY_GROUPS.has(w)) return false;
  // `We’re encouraged by the results`: a pronoun with its verb contracted onto it.
  if (PATTERNS.contractedVerb.test(w)) return false;
  // (A word of office that is also a given name may still open a name: `Amir Peretz`, the Gulf's `the Amir` aside.)
  if (HONORIFICS.has(w) || STYLES.has(w) || (lexicon.roleClasses.has(w) && !lexicon.firstNames.has(w))) return false;
  // (Nor holders of an office, many: `the Special Representatives, National Security Adviser Ajit Doval and …`.)
  if (w.length > 4 && w.endsWith("s") && lexicon.roleClasses.has(w.slice(0, -1)) && !lexicon.personByName.has(w)) return false;
  // A country or city that is also a given name (`Chad Bown`, `Jordan Peterson`, `Santiago Peña`) may start a name.
  const given = lexicon.firstNames.has(w);
  if ((lexicon.countryByName.has(w) && !given) || lexicon.countryByDemonym.has(w) || (lexicon.cities.has(w) && !given)) return false;
  // (Nor a pair of countries: `Xi tells Albanese China-Australia ties are …`.)
  if (w.includes("-") && w.split("-").every((part) => lexicon.countryByName.has(part) || lexicon.countryByDemonym.has(part))) return false;
  // (Read without accents too, as the text may write them otherwise: `the Elysée said` for the Élysée.)
  const body = lexicon.organizationPhrases.has(w) || lexicon.organizationPhrases.has(foldName(w));
  if (body && !lexicon.personByName.has(w) && !lexicon.firstNames.has(w)) return false;
  // `Megyn Kelly Is`, `Lindsey Graham Says`: a verb of a title-case headline ends the name before it.
  // (So does another verb of the news: `Zelensky Meets Nordic-Baltic Leaders`, `Secures Air Defense Pledges`.)
  if (w.length > 3 && w.endsWith("s") && (lexicon.cueWords.has(w) || HEADLINE_VERBS.has(w))) return false;
  // `Interestingly Blocher, a wealthy industrialist, …`: an adverb opening the sentence (no surname ends so).
  if (w.length > MIN_ADVERB_LENGTH && ADVERB_ENDINGS.some((ending) => w.endsWith(ending)) && !given && !lexicon.personByName.has(w)) return false;
  return !STOP_CAPITALS.has(w);
}

/** True when a role phrase of the lexicon ends right before token `k` (`chief of staff`). */
export function rolePhraseEndsAt(tokens: TokenList, k: number, lexicon: Lexicon): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) if (j + matchPhrase(tokens, j, lexicon.rolePhrases) === k) return true;
  return false;
}

/** True for a verb of the news in any of its present forms (`Meets`, `Meet`, `Tries`, `Try`; see HEADLINE_VERBS). */
export function isHeadlineVerb(w: string): boolean {
  return HEADLINE_VERBS.has(w) || HEADLINE_VERBS.has(`${w}s`) || HEADLINE_VERBS.has(`${w}es`) || (w.endsWith("y") && HEADLINE_VERBS.has(`${w.slice(0, -1)}ies`));
}

/** Endings of adverbs no name has (`Interestingly`, `Previously`, `Reportedly`, `Historically`). */
const ADVERB_ENDINGS = ["ingly", "ously", "ively", "fully", "ently", "antly", "ically", "edly"];
/** Shortest adverb read by its ending, in letters (`Finally`, not `Ely`). */
const MIN_ADVERB_LENGTH = 6;

/** Bound on the remembered answers, so a corpus of many documents cannot grow the memory without end. */
const MAX_REMEMBERED_WORDS = 50_000;
let rememberedFor: Lexicon | null = null;
let remembered = new Map<string, boolean>();

/** The answers of `canBeName` for one lexicon (a pure function of the word and the lexicon, so safe to keep). */
function nameableWords(lexicon: Lexicon): Map<string, boolean> {
  if (rememberedFor !== lexicon) {
    rememberedFor = lexicon;
    remembered = new Map();
  }
  return remembered;
}

/** Capitalised words that start sentences or headings and are never names. */
const STOP_CAPITALS = new Set([
  "nobody", "everybody", "somebody", "anybody", "everyone", "someone", "anyone", "none", "nothing", "everything", "something",
  "the", "a", "an", "and", "but", "or", "in", "on", "at", "of", "for", "to", "with", "by", "from", "as", "after", "over", "amid",
  "before", "during", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her",
  "their", "our", "my", "your", "there", "here", "then", "so", "if", "when", "while", "according", "among", "however",
  "also", "both", "all", "some", "many", "most", "such", "other", "another", "each", "every", "no", "not", "nothing",
  "yes", "thank", "thanks", "well", "now", "today", "yesterday", "tomorrow", "mr", "mrs", "ms", "dr", "let", "let's",
  // Numbers that stand for one of a group named before (`Labour MPs have warned … One said: "…"`).
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  // Greetings, capitalised as what is said (`say Hello`, `said Goodbye`).
  "hello", "goodbye", "hi", "bye", "welcome", "congratulations", "sorry",
  "special", "information", "relations", "negotiations", "listen", "decisions", "including", "question", "answer",
  "union", "state", "states", "council", "ministry", "republic", "federation", "government", "western", "eastern",
  // Sentence adverbs: capitalised only because they open a sentence (`Later, the leader said`).
  "later", "earlier", "meanwhile", "separately", "moreover", "furthermore", "nevertheless", "instead", "afterwards",
  "previously", "recently", "currently", "finally", "still", "again", "indeed", "overall", "similarly", "likewise",
  "never", "always", "just", "only", "perhaps", "maybe", "please", "sometimes", "often", "ever", "even", "why", "what",
  "how", "where", "who", "although", "though", "because", "unlike", "certainly", "former", "see", "is", "are", "was", "were", "has", "have", "had",
  // A headline's question opens on its auxiliary (`Fact check: Did Trump say …`; not `Will` nor `Can`, given names too).
  "did", "does", "do", "would", "could", "should", "shall", "might", "must",
  // Official statements capitalise the parties to them (`The Sides stressed …`, `The Leaders noted …`), and the parts
  // of a ceremony (`as the Chief Guest at the Republic Day celebrations`).
  "sides", "parties", "leaders", "delegations", "participants", "guest", "guests", "host", "hosts",
  // A company's legal form ends its name (`Crazy Eddie Inc`).
  "inc", "corp", "ltd", "llc", "plc",
]);

/** Most particles before a family name (`van der`). */
const MAX_PARTICLES = 2;

/** True when token `k` follows the one before it after one space, on the same line. */
function gluedBySpace(tokens: TokenList, k: number): boolean {
  const start = tokens.startAt(k);
  const prevEnd = tokens.endAt(k - 1);
  return start !== undefined && prevEnd !== undefined && start - prevEnd <= 1 && tokens.newLineAt(k) !== true;
}

/** True when tokens `[i, j)` are all given names the lexicon knows. */
function givenNamesOnly(tokens: TokenList, i: number, j: number, lexicon: Lexicon): boolean {
  for (let k = i; k < j; k++) if (!lexicon.firstNames.has(tokens.lowerAt(k) ?? "")) return false;
  return true;
}

/** A run of name words starting at `i` (initials with their period included); returns the index after it. */
export function nameRunEnd(tokens: TokenList, i: number, lexicon: Lexicon): number {
  let j = i;
  let words = 0;
  while (j < tokens.length && words < MAX_NAME_WORDS) {
    const t = tokens.get(j);
    if (t === undefined) break;
    if (j > i && !gluedBySpace(tokens, j)) break;
    // Particles inside a name, in either case, go with the family name after them (`Alexander Van der Bellen`).
    if (j > i && NAME_PARTICLES.has(t.lower)) {
      let k = j;
      while (k < tokens.length && k - j < MAX_PARTICLES && NAME_PARTICLES.has(tokens.lowerAt(k) ?? "") && gluedBySpace(tokens, k)) k++;
      // (A pilgrim's style of the father's: `Mohamad bin Haji Hasan`.)
      if (k > j && PATRONYMIC_STYLES.has(tokens.lowerAt(k) ?? "") && gluedBySpace(tokens, k) && isNameWordAt(tokens, k + 1, lexicon)) k++;
      if (k === j || !gluedBySpace(tokens, k) || !isNameWordAt(tokens, k, lexicon) || NAME_PARTICLES.has(tokens.lowerAt(k) ?? "")) break;
      j = k;
      continue;
    }
    // `al-Sharaa`, `el-Sisi`: a particle joined to a capitalised family name by a hyphen.
    if (j > i && hyphenatedParticleName(t.text)) {
      j++;
      words++;
      continue;
    }
    // `Hassan Sheikh Mohamud`: a title between name words belongs to the name.
    if (j > i && NAME_INNER_TITLES.has(t.lower) && t.capitalized && gluedBySpace(tokens, j + 1) && isNameWordAt(tokens, j + 1, lexicon)) {
      j++;
      words++;
      continue;
    }
    // `Charlie King`, `Angus King`: a word of office after a given name, ending the name, is its family name.
    // (After given names only: `Billie Jean King`.)
    if (j > i && t.capitalized && TITLES_AS_FAMILY_NAMES.has(t.lower) && givenNamesOnly(tokens, i, j, lexicon) && !isNameWordAt(tokens, j + 1, lexicon)) return j + 1;
    // (So may a function word be, capitalised inside a sentence and closing the name: `Political scientist Kerim Has,
    // in a conversation with RT, noted`; not a title-case headline's verb, `Kerim Has Talks`.)
    if (j > i && t.capitalized && FUNCTION_WORDS_AS_FAMILY_NAMES.has(t.lower) && givenNamesOnly(tokens, i, j, lexicon) && tokens.capitalizedAt(j + 1) !== true) return j + 1;
    // (So may a country's or a city's name, after a given name inside a sentence: `Reporting by Steve Holland and …`;
    // not at its opening, where a question's auxiliary may stand, `Will Washington respond?`.)
    if (j > i && t.capitalized && (lexicon.countryByName.has(t.lower) || lexicon.cities.has(t.lower)) && givenNamesOnly(tokens, i, j, lexicon) && !opensSentence(tokens, i) && tokens.capitalizedAt(j + 1) !== true) return j + 1;
    // (A title-case headline's verb in its plain form ends the name before it, after a plural subject: `Muttaqi, Dar
    // Discuss Transit, Refugees in Kabul`, `Takaichi, Lee Agree to Continue …`; not a name's own word, `Ne Win`.)
    if (j > i && t.capitalized && isHeadlineVerb(t.lower) && !lexicon.firstNames.has(t.lower) && !lexicon.personByName.has(t.lower) && (tokens.capitalizedAt(j + 1) === true || tokens.lowerAt(j + 1) === "to")) break;
    if (isNameWord(t, lexicon)) {
      // An initial (`R.`, `G.K.`) takes its period along.
      // (So does an abbreviated given name: `Ma. Theresa Lazaro`.)
      if ((t.text.length === 1 || isDottedInitials(t) || (j === i && givenNameStop(tokens, j + 1))) && isGluedPeriod(tokens, j + 1)) j++;
      j++;
      words++;
      continue;
    }
    break;
  }
  return j;
}

/** True for initials joined by stops, their last stop apart (`G.K`, `K.P`); not a place's abbreviation (`N.J`, `U.S`). */
export function isDottedInitials(token: Token): boolean {
  return PATTERNS.dottedInitials.test(token.text) && !ABBREVIATIONS.has(token.lower);
}

/** True when two surnames are the same or transliteration variants (Lukashenko/Lukashenka, Zelensky/Zelenskyy). */
export function isVariant(a: string, b: string): boolean {
  const x = foldName(a);
  const y = foldName(b);
  if (x === y) return true;
  if (x.length < 5 || y.length < 5) return false;
  if (x.length === y.length && x.slice(0, -1) === y.slice(0, -1)) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return long.length === short.length + 1 && long.startsWith(short) && "yi".includes(long.at(-1) ?? "");
}

/**
 * True for two spellings of one given name by transliteration (`Aleksandr`/`Alexander`, `Dmitry`/`Dmitri`,
 * `Yevgeny`/`Evgeny`): the same consonants once `ks` is `x` and `kh` is `h`.
 */
export function givenNameVariant(a: string, b: string): boolean {
  const x = consonants(foldName(a));
  return x.length >= 3 && x === consonants(foldName(b));
}

function consonants(name: string): string {
  let out = "";
  const spelled = name.replaceAll("ks", "x").replaceAll("kh", "h");
  for (const c of spelled) if (!"aeiouyjw".includes(c) && c !== out.at(-1)) out += c;
  return out;
}

/** True when every word token in `[i, j)` is capitalised. */
export function allCapitalized(tokens: TokenList, i: number, j: number): boolean {
  for (let k = i; k < j; k++) {
    const t = tokens.get(k);
    if (t === undefined) return false;
    // Particles stay lower case inside a name (`da Silva`, `von der Leyen`, `al-Sisi`, `bin Salman`).
    const particle = CONNECTORS.has(t.lower) || CONNECTORS.has(t.lower.split("-")[0] ?? "");
    if (t.kind === "word" && !PATTERNS.upper.test(t.text[0] ?? "") && !particle) return false;
  }
  return true;
}

const CONNECTORS = new Set(["of", "the", "and", "for", "de", "da", "von", "der", "van", "bin", "al", "el", "jr", "la", "es", "del", "do", "dos", "das", "du", "des", "di", "le"]);
