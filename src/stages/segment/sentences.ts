import { CLOSING_QUOTE_MARKS, OPENING_QUOTE_MARKS } from "../../lexicon/quote-marks.js";
import type { Block, Sentence } from "../../model/index.js";
import { DETERMINERS } from "../../lexicon/function-words.js";
import { MONTHS } from "../../lexicon/time-words.js";
import { PATTERNS } from "../../text/patterns.js";
import { isAllCaps, listedAbbreviationStop, tokenIndexAt, type Token, type TokenList } from "../../text/tokens.js";
import { isSpace } from "../../text/spans.js";
import { isHeadingLine } from "./blocks.js";

const TERMINALS = new Set([".", "!", "?", "…"]);
const CLOSERS = new Set([...CLOSING_QUOTE_MARKS, ")", "]"]);
const OPENERS = new Set([...OPENING_QUOTE_MARKS, "(", "[", "-"]);

/** Splits every block into sentences at terminal punctuation that is followed by a new sentence. */
export function findSentences(view: string, tokens: TokenList, blocks: readonly Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    if (block.kind === "separator") continue;
    const first = tokenIndexAt(tokens, block.start);
    let sentenceStart = -1;
    let i = first;
    const longestLine = block.kind === "paragraph" ? longestLineIn(view, block) : 0;
    for (; i < tokens.length; i++) {
      // (Read by index: a token is made only where a line or a sentence may end.)
      const start = tokens.startAt(i);
      if (start === undefined || start >= block.end) break;
      // `Aug 29, 2025 01:15 PM IST` over `Japan to invest ¥10 trillion` over the entry's text: a short unpunctuated
      // line inside a paragraph of long ones is a line of its own, a time stamp or a heading, not wrapped text.
      const tok = tokens.newLineAt(i) === true ? tokens.get(i) : undefined;
      // (So is a label alone on its line over the words it owns, a blank line between: `STEVE INSKEEP, HOST:`.)
      const labelAlone = tok !== undefined && block.kind === "turn" && tokens.textAt(i - 1) === ":" && view.lastIndexOf("\n", tok.start - 1) > view.indexOf("\n", tokens.endAt(i - 1) ?? tok.start);
      if (sentenceStart >= 0 && tok !== undefined && (labelAlone || standsAlone(view, tokens.get(i - 1), tok, longestLine))) {
        sentences.push({ start: sentenceStart, end: tokens.endAt(i - 1) ?? start, block: block.index });
        sentenceStart = -1;
      }
      if (sentenceStart < 0) sentenceStart = start;
      if (!TERMINALS.has(tokens.textAt(i) ?? "") || !endsSentence(view, tokens, i, block)) continue;
      let end = tokens.endAt(i) ?? start;
      // Closing marks glued to the terminal belong to the sentence.
      let j = i + 1;
      for (let next = tokens.get(j); next !== undefined && next.start === end && (CLOSERS.has(next.text) || TERMINALS.has(next.text)); next = tokens.get(++j)) {
        end = next.end;
      }
      i = j - 1;
      sentences.push({ start: sentenceStart, end, block: block.index });
      sentenceStart = -1;
    }
    if (sentenceStart >= 0) sentences.push({ start: sentenceStart, end: block.end, block: block.index });
  }
  return sentences;
}

/** Length of the longest line of a block, its indent left out, in characters: what wrapped lines come near. */
function longestLineIn(view: string, block: Block): number {
  let longest = 0;
  let lineStart = block.start;
  for (let k = block.start; k <= block.end; k++) {
    if (k === block.end || view.charCodeAt(k) === 10) {
      longest = Math.max(longest, k - lineStart);
      lineStart = k + 1;
    } else if (lineStart === k && isSpace(view.charCodeAt(k))) lineStart++;
  }
  return longest;
}

/**
 * True when the line that ends with token `last` stands alone before the line that `next` opens: less than half as
 * long as the block's longest, a heading's length and unpunctuated, and the next line opens with a capital or a digit.
 */
function standsAlone(view: string, last: Token | undefined, next: Token, longestLine: number): boolean {
  if (last === undefined) return false;
  let lineStart = view.lastIndexOf("\n", last.start) + 1;
  while (lineStart < last.start && isSpace(view.charCodeAt(lineStart))) lineStart++;
  const length = last.end - lineStart;
  const c = view[next.start] ?? "";
  return length * 2 <= longestLine && (PATTERNS.upper.test(c) || (c >= "0" && c <= "9")) && isHeadingLine(view.slice(lineStart, last.end));
}

function endsSentence(view: string, tokens: TokenList, i: number, block: Block): boolean {
  const tok = tokens.get(i);
  const prev = tokens.get(i - 1);
  if (tok === undefined) return false;
  if (tok.text === "." && prev !== undefined && prev.end === tok.start) {
    // `Mr.`, `U.S.`, `Feb.` and initials (`R.`) do not end a sentence; nor an abbreviated given name a name goes on after
    // (`Secretary Ma. Theresa Lazaro`).
    if (listedAbbreviationStop(tokens, i)) return false;
    // (Not the platform: `…, he wrote on X. The talks …`.)
    if (prev.text.length === 1 && PATTERNS.upper.test(prev.text) && !(prev.text === "X" && tokens.lowerAt(i - 2) === "on")) return false;
    // (Nor initials joined by stops inside a name that runs on after a title: `Prime Minister K.P. Sharma Oli`.)
    if (PATTERNS.dottedInitials.test(prev.text) && tokens.capitalizedAt(i - 2) === true && tokens.capitalizedAt(i + 1) === true && tokens.capitalizedAt(i + 2) === true && !DETERMINERS.has(tokens.lowerAt(i + 1) ?? "")) return false;
    // (Nor a month's name with a stop before its day and a comma: `Posted August. 25, 2025 07:30`.)
    if (MONTHS[prev.lower] !== undefined && PATTERNS.dayDigits.test(tokens.textAt(i + 1) ?? "") && tokens.textAt(i + 2) === ",") return false;
    // (Nor a numbered paragraph's number at the start of its line: `1. We, the Prime Ministers of …`.)
    if (PATTERNS.listNumber.test(prev.text) && (prev.start === block.start || tokens.newLineAt(i - 1) === true)) return false;
  }
  // Skip further terminals and closing marks to find what follows.
  let j = i + 1;
  let next = tokens.get(j);
  while (next !== undefined && next.start < block.end && (TERMINALS.has(next.text) || CLOSERS.has(next.text)) && next.start === (tokens.endAt(j - 1) ?? -1)) {
    next = tokens.get(++j);
  }
  if (next === undefined || next.start >= block.end) return true;
  if ((tokens.endAt(j - 1) ?? 0) === next.start) return false;
  const c = view[next.start] ?? "";
  // `WOODSIDE, Calif. — President Biden …`: the dash closes an AP dateline, it opens no sentence.
  if (c === "-" && inDatelineHead(tokens, i, block)) return false;
  // A straight single quote before a capital opens a quotation (`… conference. 'We cannot …`).
  const quoteOpens = c === "'" && PATTERNS.upper.test(view[next.start + 1] ?? "");
  return PATTERNS.upper.test(c) || /* digits */ (c >= "0" && c <= "9") || OPENERS.has(c) || quoteOpens;
}

/** Most tokens of a dateline's head before its dash (`WOODSIDE, Calif.`, `NEW YORK, N.Y.`). */
const MAX_DATELINE_HEAD = 8;

/** True when token `i` is near the start of a block that opens with a place in capitals. */
function inDatelineHead(tokens: TokenList, i: number, block: Block): boolean {
  const first = tokenIndexAt(tokens, block.start);
  const head = tokens.get(first);
  return i - first <= MAX_DATELINE_HEAD && head !== undefined && head.text.length > 1 && isAllCaps(head.text) && tokens.textAt(first + 1) === ",";
}
