import { OPENING_QUOTE_MARKS } from "../lexicon/quote-marks.js";
import { firstStartingAtOrAfter } from "./lookup.js";
import { PATTERNS } from "./patterns.js";

/** A word or punctuation token with its offsets. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** The token as it stands in the normalised view. */
  readonly text: string;
  /** Lower-cased text, for lexicon look-ups. */
  readonly lower: string;
  /** `word` for letters and digits, `punct` for anything else. */
  readonly kind: "word" | "punct";
  /** A line break stands between this token and the one before: a name or title does not run on across it. */
  readonly newLine: boolean;
  /** A word whose first character is an upper-case letter; read once here because every stage asks. */
  readonly capitalized: boolean;
}

/** Splits the view into tokens in one left-to-right pass. */
export function tokenize(view: string): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(PATTERNS.token.source, PATTERNS.token.flags);
  let previousEnd = 0;
  for (let m = re.exec(view); m !== null; m = re.exec(view)) {
    const text = m[0];
    const kind = text.length > 1 || isWordChar(text.charCodeAt(0), text) ? "word" : "punct";
    const capitalized = kind === "word" && startsUpper(text);
    // The gap since the previous token is white space only (every other character is a token), read once.
    let newLine = false;
    for (let k = previousEnd; k < m.index && !newLine; k++) newLine = view.charCodeAt(k) === 10;
    newLine &&= tokens.length > 0;
    previousEnd = m.index + text.length;
    // A possessive or contracted `'s` is a token of its own, so `Trump’s` names Trump.
    const cut = text.length - 2;
    if (cut > 0 && (text[cut] === "'" || text[cut] === "’") && (text[cut + 1] === "s" || text[cut + 1] === "S")) {
      const head = text.slice(0, cut);
      tokens.push({ start: m.index, end: m.index + cut, text: head, lower: head.toLowerCase(), kind, newLine, capitalized });
      const tail = text.slice(cut);
      tokens.push({ start: m.index + cut, end: m.index + text.length, text: tail, lower: tail.toLowerCase(), kind: "word", newLine: false, capitalized: tail[1] === "S" });
      continue;
    }
    tokens.push({ start: m.index, end: m.index + text.length, text, lower: text.toLowerCase(), kind, newLine, capitalized });
  }
  return tokens;
}

// ASCII answers without a regular expression; the Unicode pattern decides the rest.
function isWordChar(code: number, ch: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return PATTERNS.wordChar.test(ch);
}

function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return PATTERNS.upper.test(String.fromCodePoint(text.codePointAt(0) ?? 0));
}

/** Tokens after which a capital may be only the sentence's (terminals, opening quotes, dashes and colons). */
const SENTENCE_BREAKS = new Set([".", "!", "?", "…", ":", ...OPENING_QUOTE_MARKS, "'", "—", "–", "-", "(", "["]);

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

/**
 * The words of tokens `[from, to)` as they stand, one space where the text
 * has white space (`U.S.`, `O’Malley’s campaign`), first letter in lower case
 * so that a phrase opening a sentence reads as it would inside one.
 */
export function phraseAsWritten(tokens: readonly Token[], from: number, to: number): string {
  let text = tokens[from]?.text ?? "";
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k];
    if (t === undefined) break;
    text += (t.start > (tokens[k - 1]?.end ?? t.start) ? " " : "") + t.text;
  }
  // A word in capitals (`DOCTORS`, not the article `A`) keeps its case, and so does a possessor (`India’s
  // foreign secretary`, `O’Malley’s campaign`): a name, not a sentence's first word.
  const first = tokens[from]?.text ?? "";
  const possessor = isPossessive(tokens[from + 1]) && from + 1 < to;
  // A capital inside a sentence is the word's own (`…, Chinese state media reported`).
  const before = tokens[from - 1];
  const midSentence = before !== undefined && !before.newLine && !SENTENCE_BREAKS.has(before.text) && tokens[from]?.newLine !== true;
  return (first.length > 1 && isAllCaps(first)) || possessor || midSentence ? text : text.charAt(0).toLowerCase() + text.slice(1);
}
