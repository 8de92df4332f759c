import type { Span } from "../model/span.js";

/** Shrinks a span past white space at both ends. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

/** White space, including no-break and zero-width spaces. */
export function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x200b || code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0x2028 ||
    code === 0x2029 || code === 0x85 || code === 0x1680
  );
}

/** The number of words in `s`: runs of characters between white space. */
export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** True when `inner` lies within `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** True when only spaces stand between the previous line break and `at` (and there is one). */
export function opensLine(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text[i] !== "\n" && isSpace(text.charCodeAt(i))) i--;
  return i >= 0 && text[i] === "\n";
}

/**
 * The first colon in `[start, end)` within `maxChars` of `start`, or -1: a bounded window, so that a check made on
 * every line of a text costs each line a constant, not the rest of the text.
 */
export function colonWithin(text: string, start: number, end: number, maxChars: number): number {
  const limit = Math.min(end, start + maxChars);
  for (let i = start; i < limit; i++) if (text.charCodeAt(i) === 58) return i;
  return -1;
}
