import { CLOSING_QUOTE_MARKS, OPENING_QUOTE_MARKS } from "../../lexicon/quote-marks.js";
import type { Block, Sentence } from "../../model/index.js";
import { ABBREVIATIONS } from "../../lexicon/abbreviations.js";
import { PATTERNS } from "../../text/patterns.js";
import { isAllCaps, tokenIndexAt, type Token } from "../../text/tokens.js";

const TERMINALS = new Set([".", "!", "?", "…"]);
const CLOSERS = new Set([...CLOSING_QUOTE_MARKS, ")", "]"]);
const OPENERS = new Set([...OPENING_QUOTE_MARKS, "(", "[", "-"]);

/** Splits every block into sentences at terminal punctuation that is followed by a new sentence. */
export function findSentences(view: string, tokens: readonly Token[], blocks: readonly Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    if (block.kind === "separator") continue;
    const first = tokenIndexAt(tokens, block.start);
    let sentenceStart = -1;
    let i = first;
    for (; i < tokens.length; i++) {
      const tok = tokens[i];
      if (tok === undefined || tok.start >= block.end) break;
      if (sentenceStart < 0) sentenceStart = tok.start;
      if (!TERMINALS.has(tok.text) || !endsSentence(view, tokens, i, block)) continue;
      let end = tok.end;
      // Closing marks glued to the terminal belong to the sentence.
      let j = i + 1;
      for (let next = tokens[j]; next !== undefined && next.start === end && (CLOSERS.has(next.text) || TERMINALS.has(next.text)); next = tokens[++j]) {
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

function endsSentence(view: string, tokens: readonly Token[], i: number, block: Block): boolean {
  const tok = tokens[i];
  const prev = tokens[i - 1];
  if (tok === undefined) return false;
  if (tok.text === "." && prev !== undefined && prev.end === tok.start) {
    // `Mr.`, `U.S.`, `Feb.` and initials (`R.`) do not end a sentence.
    if (ABBREVIATIONS.has(prev.lower)) return false;
    // (Not the platform: `…, he wrote on X. The talks …`.)
    if (prev.text.length === 1 && PATTERNS.upper.test(prev.text) && !(prev.text === "X" && tokens[i - 2]?.lower === "on")) return false;
  }
  // Skip further terminals and closing marks to find what follows.
  let j = i + 1;
  let next = tokens[j];
  while (next !== undefined && next.start < block.end && (TERMINALS.has(next.text) || CLOSERS.has(next.text)) && next.start === (tokens[j - 1]?.end ?? -1)) {
    next = tokens[++j];
  }
  if (next === undefined || next.start >= block.end) return true;
  if ((tokens[j - 1]?.end ?? 0) === next.start) return false;
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
function inDatelineHead(tokens: readonly Token[], i: number, block: Block): boolean {
  const first = tokenIndexAt(tokens, block.start);
  const head = tokens[first];
  return i - first <= MAX_DATELINE_HEAD && head !== undefined && head.text.length > 1 && isAllCaps(head.text) && tokens[first + 1]?.text === ",";
}
