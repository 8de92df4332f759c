import type { Stage } from "../../pipeline/context.js";

/**
 * Builds the view: a copy of the text with the same length in which
 * look-alike characters are folded, so later rules match one form while every
 * offset still points into the original text. Quotation marks are kept as
 * they are (their shape tells opening from closing), but for doubled ones.
 */
export const normalise: Stage = (ctx, state) => ({ ...state, view: foldView(ctx.text) });

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
    const folded = fold(code, text.charCodeAt(i + 1));
    if (folded !== null) {
      out += text.slice(runStart, i) + folded;
      runStart = i + 1;
    }
  }
  return out + text.slice(runStart);
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
