import { ABBREVIATIONS, GIVEN_NAME_ABBREVIATIONS } from "../lexicon/abbreviations.js";
import { OPENING_QUOTE_MARKS } from "../lexicon/quote-marks.js";
import { DETERMINERS, PREPOSITIONS, RELATIVE_PRONOUNS } from "../lexicon/function-words.js";
import { PATTERNS } from "./patterns.js";
import { isSpace } from "./spans.js";
import { foldAccents } from "./fold.js";

/** A word or punctuation token with its offsets. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** The token as it stands in the normalised view. */
  readonly text: string;
  /** Lower-cased text, for lexicon look-ups. */
  readonly lower: string;
  /** Lower-cased text without accents (`brasilia` for `Brasília`), for gazetteer look-ups; `lower` itself when ASCII. */
  readonly folded: string;
  /** `word` for letters and digits, `punct` for anything else. */
  readonly kind: "word" | "punct";
  /** A line break stands between this token and the one before: a name or title does not run on across it. */
  readonly newLine: boolean;
  /** A word whose first character is an upper-case letter; read once here because every stage asks. */
  readonly capitalized: boolean;
}

const WORD = 1;
const NEW_LINE = 2;
const CAPITALIZED = 4;

/**
 * A token read from its list: where it starts, and its spelling, shared with every token of the same word. The list
 * keeps tokens as numbers and makes one of these when asked, so that a big document does not hold a million objects.
 */
class PackedToken implements Token {
  constructor(
    readonly start: number,
    private readonly spelling: Spelling,
  ) {}
  // The text is the view's own slice, so its end need not be stored.
  get end(): number {
    return this.start + this.spelling.text.length;
  }
  get text(): string {
    return this.spelling.text;
  }
  get lower(): string {
    return this.spelling.lower;
  }
  get folded(): string {
    return this.spelling.folded;
  }
  get kind(): "word" | "punct" {
    return (this.spelling.flags & WORD) !== 0 ? "word" : "punct";
  }
  get newLine(): boolean {
    return (this.spelling.flags & NEW_LINE) !== 0;
  }
  get capitalized(): boolean {
    return (this.spelling.flags & CAPITALIZED) !== 0;
  }
}

/**
 * The tokens of a text, in order, as two numbers each: where the token starts and which spelling it has. A 5 MB
 * document has a million tokens, and as objects they were half its peak heap; here they take eight bytes each.
 * `get(i)` reads one as a {@link Token} (undefined outside the list, as an array's index would be); two reads of one
 * token are alike in every field but not one object, so compare starts, not tokens. Loops over every token ask the
 * `…At(i)` readers instead, which make no object.
 */
export class TokenList {
  constructor(
    private readonly starts: Int32Array,
    private readonly spellingIds: Int32Array,
    private readonly spellings: readonly Spelling[],
  ) {}

  get length(): number {
    return this.starts.length;
  }

  /** Token `i`, or undefined when there is none. */
  get(i: number): Token | undefined {
    const start = this.starts[i];
    if (start === undefined) return undefined;
    const spelling = this.spellingAt(i);
    return spelling === undefined ? undefined : new PackedToken(start, spelling);
  }

  // One fact of token `i` without making the token (undefined when there is none): most tokens a stage visits
  // are asked one fact and passed over.
  textAt(i: number): string | undefined {
    return this.spellingAt(i)?.text;
  }
  lowerAt(i: number): string | undefined {
    return this.spellingAt(i)?.lower;
  }
  foldedAt(i: number): string | undefined {
    return this.spellingAt(i)?.folded;
  }
  startAt(i: number): number | undefined {
    return this.starts[i];
  }
  endAt(i: number): number | undefined {
    const start = this.starts[i];
    const spelling = this.spellingAt(i);
    return start === undefined || spelling === undefined ? undefined : start + spelling.text.length;
  }
  kindAt(i: number): "word" | "punct" | undefined {
    const spelling = this.spellingAt(i);
    return spelling === undefined ? undefined : (spelling.flags & WORD) !== 0 ? "word" : "punct";
  }
  capitalizedAt(i: number): boolean | undefined {
    const spelling = this.spellingAt(i);
    return spelling === undefined ? undefined : (spelling.flags & CAPITALIZED) !== 0;
  }
  newLineAt(i: number): boolean | undefined {
    const spelling = this.spellingAt(i);
    return spelling === undefined ? undefined : (spelling.flags & NEW_LINE) !== 0;
  }

  private spellingAt(i: number): Spelling | undefined {
    const id = this.spellingIds[i];
    return id === undefined ? undefined : this.spellings[id];
  }

  /** Index of the first token whose start is at or after `offset` (binary search). */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The tokens for which `keep` holds, as an array. */
  filter(keep: (t: Token) => boolean): Token[] {
    const out: Token[] = [];
    for (let i = 0; i < this.length; i++) {
      const t = this.get(i);
      if (t !== undefined && keep(t)) out.push(t);
    }
    return out;
  }

  /** `f` of each token, as an array. */
  map<T>(f: (t: Token) => T): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.length; i++) {
      const t = this.get(i);
      if (t !== undefined) out.push(f(t));
    }
    return out;
  }

  /** Tokens `[from, to)` as an array, read as an array's `slice` reads them (a negative index counts from the end). */
  slice(from = 0, to = this.length): Token[] {
    const out: Token[] = [];
    const begin = from < 0 ? Math.max(0, this.length + from) : from;
    const end = to < 0 ? this.length + to : Math.min(to, this.length);
    for (let i = begin; i < end; i++) {
      const t = this.get(i);
      if (t !== undefined) out.push(t);
    }
    return out;
  }
}

/** The facts a spelling tells of itself: a word (the split-off `'s` is one), capitalised (`'S` too). */
function flagsOf(text: string): number {
  if (text.length === 2 && (text[0] === "'" || text[0] === "’") && (text[1] === "s" || text[1] === "S")) return WORD | (text[1] === "S" ? CAPITALIZED : 0);
  return wordCharWidth(text, 0) > 0 ? WORD | (startsUpper(text) ? CAPITALIZED : 0) : 0;
}

/**
 * Splits the view into tokens in one left-to-right pass: a word is a run of
 * letters and digits, joined across an inner apostrophe, hyphen or dot
 * (`O’Malley`, `U.S`, `three-day`); any other non-space character is a token
 * of its own. A hand-written scanner rather than a regular expression,
 * because every stage waits on it and it allocates little beyond the tokens.
 */
export function tokenize(view: string): TokenList {
  // One spelling per distinct word, lower-cased once: a long text repeats its words, and tokens
  // holding their own copies of `the` and `said` were most of a big document's memory.
  const spellings: Spelling[] = [];
  const vocabulary = new Map<string, number>();
  const add = (spelling: Spelling): number => spellings.push(spelling) - 1;
  const spell = (raw: string): number => {
    let known = vocabulary.get(raw);
    if (known === undefined) {
      const lower = raw.toLowerCase();
      let lowerId = vocabulary.get(lower);
      if (lowerId === undefined) {
        lowerId = add({ text: lower, lower, folded: foldAccents(lower), flags: flagsOf(lower), afterLineBreak: -1 });
        vocabulary.set(lower, lowerId);
      }
      const lowerForm = spellings[lowerId] as Spelling;
      known = raw === lower ? lowerId : add({ text: raw, lower: lowerForm.text, folded: lowerForm.folded, flags: flagsOf(raw), afterLineBreak: -1 });
      vocabulary.set(raw, known);
    }
    return known;
  };
  // A token after a line break takes its spelling's line-break twin, made when first needed.
  const afterBreak = (id: number): number => {
    const spelling = spellings[id] as Spelling;
    if (spelling.afterLineBreak < 0) spelling.afterLineBreak = add({ ...spelling, flags: spelling.flags | NEW_LINE, afterLineBreak: -1 });
    return spelling.afterLineBreak;
  };
  // A one-character mark is looked up by its code, without cutting a string to look it up by.
  const marks = new Map<number, number>();
  const spellMark = (code: number, at: number): number => {
    let known = marks.get(code);
    if (known === undefined) {
      known = spell(view.slice(at, at + 1));
      marks.set(code, known);
    }
    return known;
  };
  // Room for the tokens, grown by doubling: a text has at most one token per character.
  let starts = new Int32Array(Math.min(view.length, 1024));
  let ids = new Int32Array(starts.length);
  let count = 0;
  const push = (start: number, id: number): void => {
    if (count === starts.length) {
      const grownStarts = new Int32Array(Math.max(16, count * 2));
      const grownIds = new Int32Array(grownStarts.length);
      grownStarts.set(starts);
      grownIds.set(ids);
      starts = grownStarts;
      ids = grownIds;
    }
    starts[count] = start;
    ids[count++] = id;
  };
  const n = view.length;
  let sawNewLine = false;
  let p = 0;
  while (p < n) {
    const code = view.charCodeAt(p);
    if (isSpace(code)) {
      if (code === 10) sawNewLine = true;
      p++;
      continue;
    }
    const start = p;
    const word = wordCharWidth(view, p) > 0;
    p = word ? wordEnd(view, p) : p + (isSurrogatePair(view, p) ? 2 : 1);
    const id = !word && p === start + 1 ? spellMark(code, start) : spell(view.slice(start, p));
    const { text } = spellings[id] as Spelling;
    const afterLineBreak = sawNewLine && count > 0;
    sawNewLine = false;
    // A possessive or contracted `'s` is a token of its own, so `Trump’s` names Trump.
    const cut = text.length - 2;
    if (cut > 0 && (text[cut] === "'" || text[cut] === "’") && (text[cut + 1] === "s" || text[cut + 1] === "S")) {
      const head = spell(text.slice(0, cut));
      push(start, afterLineBreak ? afterBreak(head) : head);
      push(start + cut, spell(text.slice(cut)));
      continue;
    }
    push(start, afterLineBreak ? afterBreak(id) : id);
  }
  // Copies hold exactly the tokens: the grown arrays kept up to as many slots again, unused.
  return new TokenList(starts.slice(0, count), ids.slice(0, count), spellings);
}

/**
 * Where the word that starts at `p` (a letter or digit) ends: a run of letters and digits, joined across an inner
 * apostrophe, hyphen or dot (`O’Malley`, `U.S`, `three-day`).
 */
function wordEnd(view: string, p: number): number {
  const n = view.length;
  for (;;) {
    for (let width = wordCharWidth(view, p); p < n && width > 0; width = wordCharWidth(view, p)) p += width;
    const joiner = view.charCodeAt(p);
    if ((joiner === 39 || joiner === 0x2019 || joiner === 45 || joiner === 46) && wordCharWidth(view, p + 1) > 0) p++;
    else return p;
  }
}

/**
 * How many word tokens {@link tokenize} would make of the text (a split-off `'s` counting as one), without making
 * them: the segmenter asks of every short block whether it is short enough to be a heading.
 */
export function countWords(view: string): number {
  let words = 0;
  const n = view.length;
  let p = 0;
  while (p < n) {
    if (wordCharWidth(view, p) === 0) {
      p += isSurrogatePair(view, p) ? 2 : 1;
      continue;
    }
    const start = p;
    p = wordEnd(view, p);
    words++;
    // (`Trump’s` is two words, as the tokenizer splits it.)
    const cut = p - 2;
    const mark = view.charCodeAt(cut);
    const s = view.charCodeAt(cut + 1);
    if (cut > start && (mark === 39 || mark === 0x2019) && (s === 115 || s === 83)) words++;
  }
  return words;
}

/** A word's spelling, its lower-case form and its facts, shared by every token of that word. */
interface Spelling {
  readonly text: string;
  readonly lower: string;
  readonly folded: string;
  /** WORD and CAPITALIZED, from the spelling; NEW_LINE on the line-break twin only. */
  readonly flags: number;
  /** Where the same spelling for tokens after a line break is kept, once made; -1 before. */
  afterLineBreak: number;
}

/** Code units of the letter or digit at `p` (1, or 2 for a surrogate pair), or 0 when there is none. */
export function wordCharWidth(view: string, p: number): number {
  const code = view.charCodeAt(p);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) ? 1 : 0;
  if (Number.isNaN(code)) return 0;
  const pair = isSurrogatePair(view, p);
  // ASCII answers without a regular expression; the Unicode pattern decides the rest.
  return PATTERNS.wordChar.test(view.slice(p, pair ? p + 2 : p + 1)) ? (pair ? 2 : 1) : 0;
}

function isSurrogatePair(view: string, p: number): boolean {
  const high = view.charCodeAt(p);
  const low = view.charCodeAt(p + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return PATTERNS.upper.test(String.fromCodePoint(text.codePointAt(0) ?? 0));
}

/** Marks that end a sentence. */
export const SENTENCE_TERMINALS: ReadonlySet<string> = new Set([".", "!", "?"]);

/** True when token `i` opens the text, a line or a sentence: nothing, a line break or a terminal comes before it. */
export function opensSentence(tokens: TokenList, i: number): boolean {
  const prev = tokens.get(i - 1);
  return prev === undefined || tokens.newLineAt(i) === true || SENTENCE_TERMINALS.has(prev.text);
}

/**
 * Tokens after which a capital may be only the sentence's (terminals, opening quotes, dashes and colons); the view
 * holds every dash as `-`.
 */
const SENTENCE_BREAKS = new Set([".", "!", "?", "…", ":", ...OPENING_QUOTE_MARKS, "'", "-", "(", "["]);

/** True for a period glued to the word before it (`U.S.`, the initial `R.`): it belongs to that word. */
export function isGluedPeriod(tokens: TokenList, i: number): boolean {
  return tokens.textAt(i) === "." && tokens.endAt(i - 1) === tokens.startAt(i);
}

/** True for a mark that ends a sentence, not the stop of a listed abbreviation glued to its word (`Sen.`, `the U.S.,`). */
export function isSentenceStop(tokens: TokenList, k: number): boolean {
  return SENTENCE_TERMINALS.has(tokens.textAt(k) ?? "") && !listedAbbreviationStop(tokens, k);
}

/**
 * True for the stop glued to a listed abbreviation (`Sen.`, `Feb.`) or to an abbreviated given name a name goes on
 * after (`Ma. Theresa Lazaro`): no sentence ends there.
 */
export function listedAbbreviationStop(tokens: TokenList, k: number): boolean {
  return isGluedPeriod(tokens, k) && (ABBREVIATIONS.has(tokens.lowerAt(k - 1) ?? "") || givenNameStop(tokens, k));
}

/**
 * True for the stop of an abbreviated given name that a name goes on after, two capitalised words on its line
 * (`Ma. Theresa Lazaro`); not a name's last word before the next sentence (`Jack Ma. He said …`).
 */
export function givenNameStop(tokens: TokenList, k: number): boolean {
  return GIVEN_NAME_ABBREVIATIONS.has(tokens.lowerAt(k - 1) ?? "") && isGluedPeriod(tokens, k) && [k + 1, k + 2].every((j) => tokens.kindAt(j) === "word" && tokens.capitalizedAt(j) === true && tokens.newLineAt(j) !== true);
}

/**
 * True for the period of an abbreviation (`U.S.`, `Mr.`), which ends no sentence; not a full stop glued to a word
 * (`two dozen leaders.`, `in a post on X.`).
 */
export function isAbbreviationStop(tokens: TokenList, i: number): boolean {
  if (!isGluedPeriod(tokens, i)) return false;
  return (tokens.lowerAt(i - 1) ?? "").includes(".") || listedAbbreviationStop(tokens, i);
}

/** True for the possessive (or contracted) `'s` token the tokenizer splits off (`Trump’s` → `Trump`, `’s`). */
export function isPossessive(token: Token | undefined): boolean {
  return token?.lower === "'s" || token?.lower === "’s";
}

/** True for token `i` as {@link isPossessive} is for a token, read without making it. */
export function isPossessiveAt(tokens: TokenList, i: number): boolean {
  const lower = tokens.lowerAt(i);
  return lower === "'s" || lower === "’s";
}

/** True when token `i` is a bare apostrophe glued to the plural before it (`states'`, `leaders’`). */
export function pluralPossessiveAt(tokens: TokenList, i: number): boolean {
  const mark = tokens.textAt(i);
  return (mark === "'" || mark === "’") && tokens.startAt(i) === tokens.endAt(i - 1) && (tokens.lowerAt(i - 1) ?? "").endsWith("s");
}

/** True when token `i` starts with an upper-case letter, read without making it. */
export function isCapitalizedAt(tokens: TokenList, i: number): boolean {
  return tokens.capitalizedAt(i) === true;
}

/** True when every word of tokens `[from, to)` starts with a capital (`Korean Central News Agency`; marks between count not). */
export function allCapitalizedWords(tokens: TokenList, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens.get(k);
    if (t === undefined || (t.kind === "word" && !t.capitalized)) return false;
  }
  return true;
}

/** True when the token starts with an upper-case letter. */
export function isCapitalized(token: Token | undefined): boolean {
  return token?.capitalized === true;
}

/** Index of the first token whose start is at or after `offset` (binary search). */
export function tokenIndexAt(tokens: TokenList, offset: number): number {
  return tokens.indexAt(offset);
}

/** True for text with letters, none of them lower case (`PRESIDENT BIDEN`, `RT`). */
export function isAllCaps(text: string): boolean {
  return text !== text.toLowerCase() && text === text.toUpperCase();
}

/** A word of two or more letters written in capitals (`BEIJING`, `ASEAN`, not `A` or `2024`). */
export function isCapitalWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === "word" && t.text.length >= 2 && isAllCaps(t.text) && PATTERNS.letter.test(t.text);
}

/** True when token `close` closes one word in brackets (`(OIF)`, `(PCO)`): a body's acronym after its name. */
export function closesBracketedWord(tokens: TokenList, close: number): boolean {
  return tokens.textAt(close) === ")" && tokens.textAt(close - 2) === "(" && tokens.kindAt(close - 1) === "word";
}

/** The lower-case words of tokens `[from, to)`, one space apart: the form the lexicons file a phrase under. */
export function lowerPhrase(tokens: TokenList, from: number, to: number): string {
  return tokens.slice(from, to).map((t) => t.lower).join(" ");
}

/**
 * The words of tokens `[from, to)` as they stand, one space where the text
 * has white space (`U.S.`, `O’Malley’s campaign`), first letter in lower case
 * so that a phrase opening a sentence reads as it would inside one.
 */
export function phraseAsWritten(tokens: TokenList, from: number, to: number): string {
  const text = joinedAsWritten(tokens, from, to);
  // A word in capitals (`DOCTORS`, not the article `A`) keeps its case, and so does a possessor (`India’s
  // foreign secretary`, `O’Malley’s campaign`, with a bare apostrophe too, `Euronews' Central Asia correspondent`): a
  // name, not a sentence's first word.
  const first = tokens.textAt(from) ?? "";
  const possessor = (isPossessiveAt(tokens, from + 1) || pluralPossessiveAt(tokens, from + 1)) && from + 1 < to;
  // A capital inside a sentence is the word's own (`…, Chinese state media reported`).
  const before = tokens.get(from - 1);
  const midSentence = before !== undefined && !SENTENCE_BREAKS.has(before.text) && tokens.newLineAt(from) !== true;
  // A capital before another opens a name (`Israeli Prime Minister Benjamin Netanyahu's office`, `Al Jazeera's …`).
  const lower = tokens.lowerAt(from) ?? "";
  // (So does a courtesy title's abbreviation before one: `Mrs. Clinton's presidential campaign`.)
  const next = isGluedPeriod(tokens, from + 1) ? from + 2 : from + 1;
  const inName = next < to && tokens.capitalizedAt(next) === true && !DETERMINERS.has(lower) && !PREPOSITIONS.has(lower);
  return (first.length > 1 && isAllCaps(first)) || possessor || midSentence || inName ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** The words of tokens `[from, to)` as written, one space where the text has white space (`U.S. officials`). */
export function joinedAsWritten(tokens: TokenList, from: number, to: number): string {
  let text = tokens.textAt(from) ?? "";
  for (let k = from + 1; k < to; k++) {
    const t = tokens.get(k);
    if (t === undefined) break;
    text += (t.start > (tokens.endAt(k - 1) ?? t.start) ? " " : "") + t.text;
  }
  return text;
}

/** Furthest `since` may stand before a word of its clause, in tokens. */
const SINCE_REACH = 8;

/**
 * True when `since` opens the clause that holds token `i`, within a few words and no comma between (`the first
 * meeting since Ishiba took office on Oct. 1`, `since Trump returned to the White House`): what it holds is
 * background, not where or when the news happens.
 */
export function inSinceClause(tokens: TokenList, i: number): boolean {
  return sinceOpening(tokens, i) >= 0;
}

/** Index of the `since` that opens the clause holding token `i`, within `reach` tokens and no comma or stop between; or -1. */
export function sinceOpening(tokens: TokenList, i: number, reach = SINCE_REACH): number {
  for (let k = i - 1; k >= Math.max(0, i - reach); k--) {
    const w = tokens.lowerAt(k);
    if (w === "since") return k;
    // (Not an abbreviation's stop: `since Mr. Ryan assumed his post in November`.)
    if (w === "," || w === ";" || (w === "." && !isAbbreviationStop(tokens, k))) return -1;
  }
  return -1;
}

/** Most tokens between a conjunction of time (`before`, `until`, `when`) and its verb (`before Donald J. Trump returns`). */
const MAX_SUBJECT_TOKENS = 5;

/**
 * Index of a verb in the present third person right after its subject, a name or `he`/`she`/`it` (`Trump returns`),
 * within a few tokens from `from`, or -1.
 */
export function presentVerbAfter(tokens: TokenList, from: number, end: number): number {
  for (let k = from + 1; k < Math.min(end, from + MAX_SUBJECT_TOKENS + 1); k++) {
    const t = tokens.get(k);
    if (t === undefined || t.kind !== "word") return -1;
    // `when the case is heard in May`, `once the talks are over`: a present `be` after any subject.
    if (t.lower === "is" || t.lower === "are") return k;
    const subject = tokens.get(k - 1);
    const named = subject?.capitalized === true || subject?.lower === "he" || subject?.lower === "she" || subject?.lower === "it";
    if (named && presentThirdPersonAt(tokens, k)) return k;
  }
  return -1;
}

/** True when token `k` may be a verb in the present third person: a word in lower case ending on one `s` (`returns`, `holds`). */
export function presentThirdPersonAt(tokens: TokenList, k: number): boolean {
  const w = tokens.lowerAt(k) ?? "";
  return tokens.kindAt(k) === "word" && tokens.capitalizedAt(k) !== true && w.length > 3 && w.endsWith("s") && !w.endsWith("ss");
}

/**
 * True when `before` or `until` opens the clause that holds token `i` with a subject and its verb in the present, what
 * is still to come (`their last meeting before President-elect Donald Trump returns to the White House`): neither its
 * subject nor its place is the news's.
 */
export function inComingClause(tokens: TokenList, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - SINCE_REACH); k--) {
    const w = tokens.lowerAt(k);
    if (w === "before" || w === "until") return namedSubjectBeforeVerb(tokens, k + 1, presentVerbAfter(tokens, k + 1, tokens.length));
    if (w === "," || w === "." || w === ";") return false;
  }
  return false;
}

/**
 * True when tokens `[from, verb)` are a subject made of a name or a pronoun alone (`President-elect Donald J. Trump`,
 * `he`), not a noun in the plural read as the verb (`the first Super Tuesday polls`, `Trump and Cruz supporters`).
 */
function namedSubjectBeforeVerb(tokens: TokenList, from: number, verb: number): boolean {
  if (verb <= from) return false;
  for (let j = from; j < verb; j++) if (tokens.capitalizedAt(j) !== true && !SUBJECT_PRONOUNS.has(tokens.lowerAt(j) ?? "") && !isGluedPeriod(tokens, j)) return false;
  return true;
}

/** True when the tokens from `begin` open on a named subject and its verb in the present (`Chile holds elections …`). */
export function opensOnPresent(tokens: TokenList, begin: number, end: number): boolean {
  return namedSubjectBeforeVerb(tokens, begin, presentVerbAfter(tokens, begin, end));
}

/** Pronouns that stand as a clause's subject alone. */
const SUBJECT_PRONOUNS = new Set(["he", "she", "it", "they"]);

/**
 * Where a relative clause that the comma at token `k` opens closes (`The statement, which Trump signed, said`), or a
 * passive participle's aside with its agent (`The aides, led by campaign manager Terry Sullivan, told`): the index of
 * its closing comma before `limit`, or -1 when `k` opens none.
 */
export function relativeClauseClose(tokens: TokenList, k: number, limit: number): number {
  const participle = (tokens.lowerAt(k + 1) ?? "").endsWith("ed") && tokens.lowerAt(k + 2) === "by";
  if (tokens.textAt(k) !== "," || (!RELATIVE_PRONOUNS.has(tokens.lowerAt(k + 1) ?? "") && !participle)) return -1;
  for (let c = k + 2; c < limit; c++) if (tokens.textAt(c) === ",") return c;
  return -1;
}

/** Most words of a name read by {@link apposedNameClose}. */
const MAX_NAME_RUN = 4;

/** The token after a run of one to four capitalised words from token `from`, before `before`; -1 when none starts there. */
function capitalRunEnd(tokens: TokenList, from: number, before: number): number {
  let k = from;
  while (k < before && k - from < MAX_NAME_RUN && tokens.kindAt(k) === "word" && tokens.capitalizedAt(k) === true) k++;
  return k > from && k < before ? k : -1;
}

/**
 * Where a name that the comma at token `k` sets off after an opening phrase's capitalised title closes, when another
 * name and its verb follow (`In a statement signed by his Special Adviser …, Bayo Onanuga, Tinubu was quoted …`; not a
 * list, `Macron, Scholz and Meloni said`, nor a subject's apposition, `In a statement, Scott McNealy, Sun's chief …`):
 * the index of its closing comma, or -1.
 */
export function apposedNameClose(tokens: TokenList, k: number, before: number): number {
  if (tokens.capitalizedAt(k - 1) !== true) return -1;
  const apposed = capitalRunEnd(tokens, k + 1, before);
  const subject = apposed > 0 && tokens.textAt(apposed) === "," ? capitalRunEnd(tokens, apposed + 1, before) : -1;
  const verb = tokens.lowerAt(subject) ?? "";
  return subject > 0 && tokens.kindAt(subject) === "word" && !isPossessiveAt(tokens, subject) && tokens.capitalizedAt(subject) !== true && verb !== "and" && verb !== "or" ? apposed : -1;
}
