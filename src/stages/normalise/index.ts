import type { Stage } from "../../pipeline/context.js";
import { colonWithin } from "../../text/spans.js";

/**
 * Builds the view: a copy of the text with the same length in which
 * look-alike characters are folded, so later rules match one form while every
 * offset still points into the original text. Quotation marks are kept as
 * they are (their shape tells opening from closing), but for doubled ones.
 */
export const normalise: Stage = (ctx, state) => ({ ...state, view: unwrapLines(foldMarkup(foldView(ctx.text))) });

/** The characters markup turns on away from a line's start: `*`, `_`, `[`, `]`. */
const MARKUP_CODES: ReadonlySet<number> = new Set([42, 95, 91, 93]);
/** Longest link or image text looked back over for its `[`, in characters. */
const MAX_LINK_TEXT = 300;
/** Longest link target looked over for its `)`, in characters. */
const MAX_LINK_TARGET = 2000;

/**
 * Blanks the markup of Markdown, as scrapers write articles: a heading's `#`s and a quotation's `>` at the start of a
 * line, emphasis (`**KANANASKIS**`, `*By Staff Reporter*`), and a link's brackets and target (`[Donald Trump](https://…)`),
 * so that the words read as the plain text they stand for; one character for one.
 */
export function foldMarkup(view: string): string {
  // Most texts have none of it: look once before reading.
  if (!view.includes("*") && !view.includes("_") && !view.includes("](") && !view.includes("#") && !view.includes(">")) return view;
  // What to blank, as ranges in text order (a copy of the view per character would cost a big text its size tenfold).
  const blanks: number[] = [];
  const blank = (from: number, to: number): void => {
    blanks.push(from, to);
  };
  let lineStart = true;
  // Where the last blanked range ends: a closing run of emphasis already blanked is not read again.
  let blankedTo = 0;
  // The last `[` of the line, and the next `)` and the next space or line break from here, for links.
  let lastOpen = -1;
  let nextParen = 0;
  let nextSpace = 0;
  for (let i = 0; i < view.length; i++) {
    const code = view.charCodeAt(i);
    if (code === 10) {
      lineStart = true;
      lastOpen = -1;
      continue;
    }
    // Most characters are letters, which open or close no markup: only read the rest further.
    if (!lineStart && !MARKUP_CODES.has(code)) continue;
    const c = view[i] ?? "";
    if (c === "[") lastOpen = i;
    if (lineStart && c !== " ") {
      lineStart = false;
      // `## Heading`, `> "We had a very productive summit," …`
      let k = i;
      while (k < view.length && view[k] === "#" && k - i < 6) k++;
      if (k > i && view[k] === " ") blank(i, k);
      else if (c === ">" && (view[i + 1] === " " || view[i + 1] === '"' || view[i + 1] === "“")) blank(i, i + 1);
    }
    if ((c === "*" || c === "_") && i >= blankedTo) {
      // Emphasis opens before a word and closes after one, on the same line, with as many marks: both are blanked.
      // A mark inside a word is the word's (`f***ing`, `pam_key`), and one alone is text (`MOSCOW (AP)_ The mayor`).
      let k = i;
      while (k < view.length && view[k] === c) k++;
      const close = k - i <= 3 && !isWordChar(view[i - 1] ?? " ") && (isWordChar(view[k] ?? " ") || isMark(view[k] ?? " ")) ? closingRun(view, k, c, k - i) : -1;
      if (close >= 0) {
        blank(i, k);
        blank(close, close + (k - i));
        blankedTo = close + (k - i);
      }
      i = k - 1;
    } else if (c === "]" && view[i + 1] === "(") {
      // `[text](target)`, `![alt](target)`: the text stays, the brackets and the target go. (The last `[` of the line
      // is kept as the scan goes, and the next `)` and space are found by pointers that only move forward: a text of
      // a thousand `](` costs no more per mark than a short one.)
      while (nextParen <= i || (nextParen < view.length && view[nextParen] !== ")")) nextParen++;
      while (nextSpace <= i || (nextSpace < view.length && view[nextSpace] !== " " && view[nextSpace] !== "\n")) nextSpace++;
      const open = lastOpen >= 0 && i - lastOpen <= MAX_LINK_TEXT ? lastOpen : -1;
      const close = nextParen < view.length && nextParen < nextSpace && nextParen - i <= MAX_LINK_TARGET ? nextParen : -1;
      if (open < 0 || close < 0) continue;
      lastOpen = -1;
      blank(view[open - 1] === "!" ? open - 1 : open, open + 1);
      blank(i, close + 1);
      i = close;
    }
  }
  if (blanks.length === 0) return view;
  // The ranges come in text order but for a closing run of emphasis, blanked before the marks between: sort them.
  const order = Array.from({ length: blanks.length / 2 }, (_, k) => k).sort((a, b) => (blanks[2 * a] ?? 0) - (blanks[2 * b] ?? 0));
  let out = "";
  let copied = 0;
  for (const k of order) {
    const from = Math.max(copied, blanks[2 * k] ?? 0);
    const to = blanks[2 * k + 1] ?? from;
    if (to <= from) continue;
    out += view.slice(copied, from) + " ".repeat(to - from);
    copied = to;
  }
  return out + view.slice(copied);
}

/** Longest stretch of emphasis, in characters. */
const MAX_EMPHASIS = 200;

/** Where a run of exactly `n` marks `c` that closes emphasis starts, after `from` on the same line; or -1. */
function closingRun(view: string, from: number, c: string, n: number): number {
  for (let i = from; i < view.length && i - from < MAX_EMPHASIS; i++) {
    const here = view[i];
    if (here === "\n") return -1;
    if (here !== c) continue;
    let k = i;
    while (k < view.length && view[k] === c) k++;
    if (k - i === n && (isWordChar(view[i - 1] ?? " ") || isMark(view[i - 1] ?? " ")) && !isWordChar(view[k] ?? " ")) return i;
    i = k - 1;
  }
  return -1;
}

/** A letter or a digit, for the edges of emphasis. */
function isWordChar(c: string): boolean {
  return c.toLowerCase() !== c.toUpperCase() || (c >= "0" && c <= "9");
}

/** Punctuation that emphasis may stand beside (`**Tuesday**.`, `*(AP)*`). */
function isMark(c: string): boolean {
  return c === "." || c === "," || c === ":" || c === ";" || c === "!" || c === "?" || c === ")" || c === "(" || c === '"' || c === "“" || c === "”";
}

/** Narrowest text width read as hard-wrapped prose, in characters (a column of a PDF or an e-mail). */
const MIN_WRAP_WIDTH = 50;
/** Widest: longer lines are paragraphs of their own, one to a line, not lines of a wrapped one. */
const MAX_WRAP_WIDTH = 100;
/** How full a line must be, of its paragraph's longest, for its break to be a wrap rather than the end of a line of its own. */
const WRAP_FILL = 0.75;

/**
 * Joins hard-wrapped lines of prose with a space in place of the line break, one character for one: a paragraph
 * copied from a PDF or an e-mail breaks its lines wherever the width ran out, inside names and titles (`Ursula` over
 * `von der Leyen`). A break counts as a wrap after a line that fills most of its paragraph's width, before a line
 * that opens no list item or speaker's turn; short lines (headlines, bylines, stamps) keep theirs.
 */
export function unwrapLines(view: string): string {
  // Lines as three numbers each in typed arrays: a big text has a hundred thousand of them.
  let count = 1;
  for (let i = 0; i < view.length; i++) if (view.charCodeAt(i) === 10) count++;
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const widths = new Int32Array(count);
  let start = 0;
  let n = 0;
  for (let i = 0; i <= view.length; i++) {
    if (i < view.length && view.charCodeAt(i) !== 10) continue;
    let a = start;
    let b = i;
    while (a < b && view.charCodeAt(a) === 32) a++;
    while (b > a && view.charCodeAt(b - 1) === 32) b--;
    starts[n] = start;
    ends[n] = i;
    widths[n++] = b - a;
    start = i + 1;
  }
  let out = "";
  let copied = 0;
  // Paragraphs: runs of non-blank lines, each judged against its own longest line.
  for (let p = 0; p < count; ) {
    let q = p;
    let longest = 0;
    while (q < count && (widths[q] ?? 0) > 0) longest = Math.max(longest, widths[q++] ?? 0);
    for (let k = p; k < q - 1 && longest >= MIN_WRAP_WIDTH && longest <= MAX_WRAP_WIDTH; k++) {
      const end = ends[k] ?? 0;
      const next = starts[k + 1] ?? 0;
      if ((widths[k] ?? 0) < longest * WRAP_FILL || opensItem(view, next, ends[k + 1] ?? 0)) continue;
      // (A sentence that ends with its line may end a paragraph of one line: no name runs over that break anyway.)
      if (endsSentenceLine(view, end) && opensSentenceLine(view, next, ends[k + 1] ?? 0)) continue;
      out += `${view.slice(copied, end)} `;
      copied = end + 1;
    }
    p = q === p ? p + 1 : q;
  }
  return copied === 0 ? view : out + view.slice(copied);
}

/** True when the line ending at `end` ends with a stop, past spaces and closing marks. */
function endsSentenceLine(view: string, end: number): boolean {
  let i = end - 1;
  while (i >= 0 && (view[i] === " " || view[i] === '"' || view[i] === "”" || view[i] === "’" || view[i] === ")")) i--;
  const c = view[i] ?? "";
  return c === "." || c === "!" || c === "?" || c === ":";
}

/** True when the line `[start, end)` opens with a capital, a digit or an opening mark. */
function opensSentenceLine(view: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && view.charCodeAt(i) === 32) i++;
  const c = view[i] ?? "";
  return c !== c.toLowerCase() || (c >= "0" && c <= "9") || c === '"' || c === "“" || c === "‘" || c === "'" || c === "(";
}

/** Longest speaker's label read at the start of a line (`VLADIMIR PUTIN:`), in characters. */
const MAX_LINE_LABEL = 40;

/** True when the line `[start, end)` opens a list item (`•`, `-`, `1.`) or a speaker's turn (`PUTIN:`, `Q:`). */
function opensItem(view: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && view.charCodeAt(i) === 32) i++;
  const c = view[i] ?? "";
  if (c === "•" || c === "-" || c === "*" || c === "·") return true;
  let k = i;
  while (k < end && view.charCodeAt(k) >= 48 && view.charCodeAt(k) <= 57) k++;
  if (k > i && (view[k] === "." || view[k] === ")")) return true;
  // A label: words up to a colon near the start, the first of them capitalised.
  const colon = colonWithin(view, i, end, MAX_LINE_LABEL + 1);
  return colon > i && c === c.toUpperCase() && c !== c.toLowerCase() && !view.slice(i, colon).includes(" said");
}

/** Folds spaces, dashes and line breaks one character for one character. */
export function foldView(text: string): string {
  let out = "";
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const doubled = code === 0x60 || code === 0x27 ? doubledQuote(text, i) : null;
    if (doubled !== null) {
      out += text.slice(runStart, i) + doubled;
      runStart = i + 2;
      i++;
      continue;
    }
    const style = code === 72 ? spacedStyle(text, i) : null;
    if (style !== null) {
      out += text.slice(runStart, i) + style;
      runStart = i + 3;
      i += 2;
      continue;
    }
    // (A dash closed up between words stays a dash, not a hyphen that would make one word of the two: `TOKYO—President
    // Ferdinand Marcos Jr.`, `the talks—which ran late—ended`.)
    if ((code === 0x2014 || code === 0x2015) && isWordChar(text[i - 1] ?? "") && isWordChar(text[i + 1] ?? "")) continue;
    const folded = fold(code, text.charCodeAt(i + 1));
    if (folded !== null) {
      out += text.slice(runStart, i) + folded;
      runStart = i + 1;
    }
  }
  return out + text.slice(runStart);
}

/** The second letters of a style written in spaced capitals: His Highness, His Excellency, His Majesty. */
const SPACED_STYLE_LETTERS = "HEM";

/**
 * A style in spaced capitals (`H H the Amir`, `H E Ahmed Al Sharaa`, as The Peninsula writes them) closed up, the
 * space put after it, so that it reads as the one word the Gulf press also writes (`HH`, `HE`); or null.
 */
function spacedStyle(text: string, i: number): string | null {
  const second = text[i + 2] ?? "";
  if (text[i + 1] !== " " || second === "" || !SPACED_STYLE_LETTERS.includes(second) || text[i + 3] !== " ") return null;
  if (i > 0 && isWordChar(text[i - 1] ?? "")) return null;
  // (Before a title, a name or `the`: not a list of letters, `grades H E and F`.)
  const next = text[i + 4] ?? "";
  const capital = next !== "" && next !== next.toLowerCase() && isWordChar(text[i + 5] ?? "");
  return capital || text.startsWith("the ", i + 4) ? `H${second} ` : null;
}

/**
 * Doubled marks that write a double quote in older typesetting (TimeBank's ``…'', the NYT archive's ''…''): the
 * two characters become a curly mark beside the quoted words and a space, so that the quotes stage reads one mark.
 */
function doubledQuote(text: string, i: number): string | null {
  const code = text.charCodeAt(i);
  if (text.charCodeAt(i + 1) !== code) return null;
  const before = i === 0 ? 32 : text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 2);
  const spaceBefore = before === 32 || before === 10 || before === 13 || before === 40 || before === 9;
  const spaceAfter = Number.isNaN(after) || after === 32 || after === 10 || after === 13;
  if (code === 0x60) return spaceAfter ? null : " “";
  // `''` opens after a space and before a word, closes after a word.
  if (spaceBefore && !spaceAfter) return " “";
  if (!spaceBefore) return "” ";
  return null;
}

function fold(code: number, next: number): string | null {
  if (code < 0x80) {
    // A CR before LF becomes a space so that CRLF does not read as a blank line; a lone CR is a line break.
    if (code === 13) return next === 10 ? " " : "\n";
    if (code === 9 || code === 11 || code === 12) return " ";
    return null;
  }
  switch (code) {
    case 0xa0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004: case 0x2005: case 0x2006:
    case 0x2007: case 0x2008: case 0x2009: case 0x200a: case 0x202f: case 0x205f: case 0x3000: case 0x1680:
    case 0x200b: case 0xfeff: case 0x200c: case 0x200d: case 0x2060: case 0x85:
      return " ";
    case 0x2028: case 0x2029:
      return "\n";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return "-";
    case 0x2026:
      return "…";
    default:
      return null;
  }
}
