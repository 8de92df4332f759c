import { OPENING_QUOTE_MARKS } from "../lexicon/quote-marks.js";
import { DETERMINERS, PREPOSITIONS, RELATIVE_PRONOUNS } from "../lexicon/function-words.js";
import { firstStartingAtOrAfter } from "./lookup.js";
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
 * A token in two fields: where it starts, and its spelling, shared with every token of the same
 * word. A big document has a million tokens, and each field costs a pointer's width on 64-bit
 * Node: the two fields more that a token held its lower case and facts in were an eighth of a
 * 5 MB document's peak heap.
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

/** The token at `start`; one after a line break takes its spelling's line-break twin. */
function packedToken(start: number, spelling: Spelling, afterLineBreak: boolean): PackedToken {
  if (!afterLineBreak) return new PackedToken(start, spelling);
  spelling.afterLineBreak ??= { text: spelling.text, lower: spelling.lower, folded: spelling.folded, flags: spelling.flags | NEW_LINE, afterLineBreak: undefined };
  return new PackedToken(start, spelling.afterLineBreak);
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
export function tokenize(view: string): Token[] {
  const tokens: Token[] = [];
  // One string per distinct word, lower-cased once: a long text repeats its words, and tokens
  // holding their own copies of `the` and `said` were most of a big document's memory.
  const vocabulary = new Map<string, Spelling>();
  const spell = (raw: string): Spelling => {
    let known = vocabulary.get(raw);
    if (known === undefined) {
      const lower = raw.toLowerCase();
      let lowerForm = vocabulary.get(lower);
      if (lowerForm === undefined) {
        lowerForm = { text: lower, lower, folded: foldAccents(lower), flags: flagsOf(lower), afterLineBreak: undefined };
        vocabulary.set(lower, lowerForm);
      }
      known = raw === lower ? lowerForm : { text: raw, lower: lowerForm.text, folded: lowerForm.folded, flags: flagsOf(raw), afterLineBreak: undefined };
      vocabulary.set(raw, known);
    }
    return known;
  };
  // A one-character mark is looked up by its code, without cutting a string to look it up by.
  const marks = new Map<number, Spelling>();
  const spellMark = (code: number, at: number): Spelling => {
    let known = marks.get(code);
    if (known === undefined) {
      known = spell(view.slice(at, at + 1));
      marks.set(code, known);
    }
    return known;
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
    let kind: "word" | "punct" = "punct";
    let width = wordCharWidth(view, p);
    if (width > 0) {
      kind = "word";
      p += width;
      for (;;) {
        while (p < n && (width = wordCharWidth(view, p)) > 0) p += width;
        const joiner = view.charCodeAt(p);
        if ((joiner === 39 || joiner === 0x2019 || joiner === 45 || joiner === 46) && wordCharWidth(view, p + 1) > 0) p++;
        else break;
      }
    } else {
      p += isSurrogatePair(view, p) ? 2 : 1;
    }
    const spelling = kind === "punct" && p === start + 1 ? spellMark(code, start) : spell(view.slice(start, p));
    const { text } = spelling;
    const afterLineBreak = sawNewLine && tokens.length > 0;
    sawNewLine = false;
    // A possessive or contracted `'s` is a token of its own, so `Trump’s` names Trump.
    const cut = text.length - 2;
    if (cut > 0 && (text[cut] === "'" || text[cut] === "’") && (text[cut + 1] === "s" || text[cut + 1] === "S")) {
      const head = spell(text.slice(0, cut));
      tokens.push(packedToken(start, head, afterLineBreak));
      tokens.push(packedToken(start + cut, spell(text.slice(cut)), false));
      continue;
    }
    tokens.push(packedToken(start, spelling, afterLineBreak));
  }
  // A copy holds exactly its tokens: the pushed array kept up to half as many slots again, unused.
  return tokens.slice();
}

/** A word's spelling, its lower-case form and its facts, shared by every token of that word. */
interface Spelling {
  readonly text: string;
  readonly lower: string;
  readonly folded: string;
  /** WORD and CAPITALIZED, from the spelling; NEW_LINE on the line-break twin only. */
  readonly flags: number;
  /** The same spelling for tokens after a line break, made when first needed. */
  afterLineBreak: Spelling | undefined;
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
export function opensSentence(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev === undefined || tokens[i]?.newLine === true || SENTENCE_TERMINALS.has(prev.text);
}

/** Tokens after which a capital may be only the sentence's (terminals, opening quotes, dashes and colons). */
const SENTENCE_BREAKS = new Set([".", "!", "?", "…", ":", ...OPENING_QUOTE_MARKS, "'", "—", "–", "-", "(", "["]);

/** True for a period glued to the word before it (`U.S.`, the initial `R.`): it belongs to that word. */
export function isGluedPeriod(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t?.text === "." && tokens[i - 1]?.end === t.start;
}

/** True for the possessive (or contracted) `'s` token the tokenizer splits off (`Trump’s` → `Trump`, `’s`). */
export function isPossessive(token: Token | undefined): boolean {
  return token?.lower === "'s" || token?.lower === "’s";
}

/** True when the token starts with an upper-case letter. */
export function isCapitalized(token: Token | undefined): boolean {
  return token?.capitalized === true;
}

/** Index of the first token whose start is at or after `offset` (binary search). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  return firstStartingAtOrAfter(tokens, offset);
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
export function closesBracketedWord(tokens: readonly Token[], close: number): boolean {
  return tokens[close]?.text === ")" && tokens[close - 2]?.text === "(" && tokens[close - 1]?.kind === "word";
}

/** The lower-case words of tokens `[from, to)`, one space apart: the form the lexicons file a phrase under. */
export function lowerPhrase(tokens: readonly Token[], from: number, to: number): string {
  return tokens.slice(from, to).map((t) => t.lower).join(" ");
}

/**
 * The words of tokens `[from, to)` as they stand, one space where the text
 * has white space (`U.S.`, `O’Malley’s campaign`), first letter in lower case
 * so that a phrase opening a sentence reads as it would inside one.
 */
export function phraseAsWritten(tokens: readonly Token[], from: number, to: number): string {
  const text = joinedAsWritten(tokens, from, to);
  // A word in capitals (`DOCTORS`, not the article `A`) keeps its case, and so does a possessor (`India’s
  // foreign secretary`, `O’Malley’s campaign`): a name, not a sentence's first word.
  const first = tokens[from]?.text ?? "";
  const possessor = isPossessive(tokens[from + 1]) && from + 1 < to;
  // A capital inside a sentence is the word's own (`…, Chinese state media reported`).
  const before = tokens[from - 1];
  const midSentence = before !== undefined && !before.newLine && !SENTENCE_BREAKS.has(before.text) && tokens[from]?.newLine !== true;
  // A capital before another opens a name (`Israeli Prime Minister Benjamin Netanyahu's office`, `Al Jazeera's …`).
  const lower = tokens[from]?.lower ?? "";
  // (So does a courtesy title's abbreviation before one: `Mrs. Clinton's presidential campaign`.)
  const next = isGluedPeriod(tokens, from + 1) ? from + 2 : from + 1;
  const inName = next < to && tokens[next]?.capitalized === true && !DETERMINERS.has(lower) && !PREPOSITIONS.has(lower);
  return (first.length > 1 && isAllCaps(first)) || possessor || midSentence || inName ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** The words of tokens `[from, to)` as written, one space where the text has white space (`U.S. officials`). */
export function joinedAsWritten(tokens: readonly Token[], from: number, to: number): string {
  let text = tokens[from]?.text ?? "";
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k];
    if (t === undefined) break;
    text += (t.start > (tokens[k - 1]?.end ?? t.start) ? " " : "") + t.text;
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
export function inSinceClause(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - SINCE_REACH); k--) {
    const w = tokens[k]?.lower;
    if (w === "since") return true;
    if (w === "," || w === "." || w === ";") return false;
  }
  return false;
}

/**
 * Where a relative clause that the comma at token `k` opens closes (`The statement, which Trump signed, said`): the
 * index of its closing comma before `limit`, or -1 when `k` opens none.
 */
export function relativeClauseClose(tokens: readonly Token[], k: number, limit: number): number {
  if (tokens[k]?.text !== "," || !RELATIVE_PRONOUNS.has(tokens[k + 1]?.lower ?? "")) return -1;
  for (let c = k + 2; c < limit; c++) if (tokens[c]?.text === ",") return c;
  return -1;
}
