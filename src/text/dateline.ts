import type { Block } from "../model/index.js";
import { PATTERNS } from "./patterns.js";
import { isAllCaps, tokenIndexAt, type Token } from "./tokens.js";

/** A wire-service dateline opening the first paragraph: `WOODSIDE, California, Nov 15 (Reuters) -`, `BEIJING (AP) —`, `VOSTOCHNY, September 13. /TASS/.`. */
export interface WireDateline {
  /** The place in capitals, title-cased (`Woodside`, `New York`). */
  place: string;
  start: number;
  /** Where the dateline ends (before its dash). */
  end: number;
  /** Where the news after it begins. */
  after: number;
}

/** Dashes that close a dateline: Reuters `-`, AP `—` (once `_`), and the en dash. */
const DATELINE_DASHES = new Set(["-", "—", "–", "_"]);

/** Longest wire dateline before its dash, in tokens. */
const MAX_DATELINE_TOKENS = 16;

/** Reads a wire dateline at the start of the paragraph `[start, end)`: a place in capitals, then up to its dash. */
export function wireDateline(tokens: readonly Token[], start: number, end: number): WireDateline | null {
  const first = tokenIndexAt(tokens, start);
  let k = first;
  const words: string[] = [];
  while (k < tokens.length && words.length < 3) {
    const t = tokens[k];
    if (t === undefined || t.kind !== "word" || t.text.length < 2 || !isAllCaps(t.text) || !PATTERNS.letter.test(t.text)) break;
    words.push(t.text.charAt(0) + t.text.slice(1).toLowerCase());
    k++;
  }
  const after = tokens[k]?.text;
  // Arab News and others: `RIYADH: Gulf leaders …`.
  const colon = tokens[k];
  if (words.length > 0 && colon?.text === ":" && tokens[k + 1] !== undefined && (tokens[k + 1]?.start ?? 0) > colon.end) {
    return { place: words.join(" "), start: tokens[first]?.start ?? start, end: colon.end, after: tokens[k + 1]?.start ?? colon.end };
  }
  if (words.length === 0 || (after !== "," && after !== "(" && !DATELINE_DASHES.has(after ?? ""))) return null;
  for (let j = k; j < Math.min(tokens.length, first + MAX_DATELINE_TOKENS); j++) {
    const t = tokens[j];
    if (t === undefined || t.start >= end) return null;
    if (DATELINE_DASHES.has(t.text) && (tokens[j + 1]?.start ?? end) > t.end) {
      return { place: words.join(" "), start: tokens[first]?.start ?? start, end: t.start, after: tokens[j + 1]?.start ?? t.end };
    }
    // TASS: `VOSTOCHNY, September 13. /TASS/.`
    const agency = tokens[j + 1];
    if (t.text === "/" && agency !== undefined && isAllCaps(agency.text) && tokens[j + 2]?.text === "/") {
      const stop = tokens[j + 3]?.text === "." ? j + 3 : j + 2;
      const close = tokens[stop];
      return { place: words.join(" "), start: tokens[first]?.start ?? start, end: close?.end ?? t.end, after: tokens[stop + 1]?.start ?? close?.end ?? t.end };
    }
  }
  return null;
}

/**
 * The header of a report: where the headings and datelines before the running
 * text end (`Mulia Hotel / Bali, Indonesia / 5:41 P.M. WITA`), and a wire
 * dateline opening the first paragraph (`WOODSIDE, California, Nov 15 (Reuters) -`).
 */
export function readHeader(blocks: readonly Block[], tokens: readonly Token[]): { headerEnd: number; wire: WireDateline | null } {
  let headerEnd = 0;
  for (const b of blocks) {
    if (b.kind === "paragraph") return { headerEnd, wire: wireDateline(tokens, b.start, b.end) };
    if (b.kind === "turn") break;
    headerEnd = b.end;
  }
  return { headerEnd, wire: null };
}
