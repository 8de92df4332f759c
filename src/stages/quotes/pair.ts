import type { Block, Message } from "../../model/index.js";
import { PATTERNS } from "../../text/patterns.js";
import { isSpace, opensLine, trimSpan } from "../../text/spans.js";
import { wordCharWidth } from "../../text/tokens.js";
import { findMarks, type Mark } from "./marks.js";

/** A quoted stretch as the pairing found it, before classification and attribution. */
export interface PairedQuote {
  /** Start and end of the words inside the marks, spaces trimmed. */
  start: number;
  end: number;
  /** Offset of the opening mark; null for a dash continuation. */
  open: number | null;
  /** Offset of the closing mark; null when it runs on to the end of its block. */
  close: number | null;
  block: number;
  /** 0 for a top-level quote, 1 for a quote inside it, and so on. */
  depth: number;
  /** The quote this one continues after an attribution dash. */
  continues: PairedQuote | null;
}

/** Pairs the quotation marks of every block with a stack, in one pass per block. */
export function pairQuotes(view: string, blocks: readonly Block[], messages: Message[]): PairedQuote[] {
  const out: PairedQuote[] = [];
  const ignored: Mark[] = [];
  for (const block of blocks) {
    const marks = findMarks(view, block.start, block.end);
    if (marks.length === 0) continue;
    const stack: Mark[] = [];
    const orphans: Mark[] = [];
    const firstInBlock = out.length;
    for (let m = 0; m < marks.length; m++) {
      const mark = marks[m] as Mark;
      // A double mark opening a line while a quote opened on an earlier line is still open: the running-quote
      // convention (each paragraph opens again, only the last closes) inside one block. The open quote ends
      // with its line instead of swallowing the next quotes as nested ones.
      const bottom = stack[0];
      if (bottom !== undefined && mark.family !== "single" && bottom.family === mark.family && opensLine(view, mark.at) && (mark.role === "open" || (mark.role === "either" && !mark.closes))) {
        emit(out, view, bottom.at, null, mark.at, block.index, 0);
        stack.length = 0;
      }
      // “ closes an open „ (German style); elsewhere it opens.
      const lowAt = mark.role === "open" && view.charCodeAt(mark.at) === 0x201c ? nearestOpen(stack, (o) => o.family === "low") : -1;
      if (lowAt >= 0) {
        const at = lowAt;
        const open = stack[at];
        if (open !== undefined) emit(out, view, open.at, mark.at, mark.at, block.index, at);
        stack.length = at;
        continue;
      }
      if (mark.role === "open") {
        stack.push(mark);
        continue;
      }
      // (`'It's the Ukrainians' land,' he added`: a plural's possessive before a lower-case word, with a single mark
      // to close the quotation a little further on, is an apostrophe.)
      if (mark.family === "single" && mark.role === "close" && pluralPossessive(view, mark.at) && singleCloseAhead(marks, m)) continue;
      const at = findOpen(stack, mark);
      if (at >= 0) {
        const open = stack[at];
        if (open !== undefined && !inWord(view, open, mark)) emit(out, view, open.at, mark.at, mark.at, block.index, at);
        stack.length = at;
      } else if (mark.role === "either") {
        stack.push(mark);
      } else if (mark.family !== "single") {
        orphans.push(mark);
      }
    }
    // Marks left open at the end of the block. Whether words follow a mark is read against the block's last word,
    // found once, so that a run of unclosed marks costs no scan of the rest of the block per mark.
    const lastWord = stack.length === 0 ? -1 : lastWordCharAt(view, block.start, block.end);
    for (let depth = 0; depth < stack.length; depth++) {
      const open = stack[depth] as Mark;
      if (lastWord <= open.at) {
        orphans.push(open);
        continue;
      }
      if (depth > 0 || open.family === "single") continue;
      const q = emit(out, view, open.at, null, block.end, block.index, 0);
      if (q && !nextBlockOpensQuote(view, blocks, block.index)) {
        messages.push({
          severity: "warning",
          reason: "A quotation mark opens here and is never closed; the quote is taken to run to the end of its paragraph.",
          ruleId: "quotes/unclosed-mark",
          span: { start: open.at, end: open.at + 1 },
        });
      }
      break;
    }
    // The block's top-level closed quotes, in the order of their closing marks, for each orphan to find the one before it.
    const closedTop: PairedQuote[] = orphans.length === 0 ? [] : out.slice(firstInBlock).filter((q) => q.depth === 0 && q.close !== null).sort((a, b) => (a.close ?? 0) - (b.close ?? 0));
    // In text order, so that a continuation recovered from one orphan is found by the next, and the list stays sorted.
    if (!inTextOrder(orphans)) orphans.sort((a, b) => a.at - b.at);
    // An opening mark closes no continuation: it is only ignored.
    for (const orphan of orphans) if (orphan.role === "open" || !recoverOrphan(out, view, orphan, block.index, closedTop)) ignored.push(orphan);
  }
  reportIgnored(ignored, messages);
  return out.sort((a, b) => a.start - b.start);
}

/** True when the marks already stand in text order, as a run of unclosed marks does: no sort needed. */
function inTextOrder(marks: readonly Mark[]): boolean {
  for (let k = 1; k < marks.length; k++) if ((marks[k] as Mark).at < (marks[k - 1] as Mark).at) return false;
  return true;
}

/** Most ignored marks reported one by one; a text of a hundred thousand stray marks gets one line for the rest. */
const MAX_IGNORED_REPORTED = 20;

function reportIgnored(ignored: readonly Mark[], messages: Message[]): void {
  for (const mark of ignored.slice(0, MAX_IGNORED_REPORTED)) {
    messages.push({
      severity: "warning",
      reason: "A quotation mark has no partner (a closing mark without an opening one, or an opening mark with nothing after it); it was ignored.",
      ruleId: "quotes/orphan-mark",
      span: { start: mark.at, end: mark.at + 1 },
    });
  }
  const rest = ignored.length - MAX_IGNORED_REPORTED;
  const next = ignored[MAX_IGNORED_REPORTED];
  if (rest > 0 && next !== undefined) {
    messages.push({
      severity: "warning",
      reason: `${String(rest)} more quotation marks without a partner were ignored; the first of them is here.`,
      ruleId: "quotes/orphan-mark",
      span: { start: next.at, end: next.at + 1 },
    });
  }
}

/**
 * Deepest a closing mark looks down the stack for its opening mark. Real quotes nest a few levels; a run of
 * unclosed marks (hostile text) must not make every mark scan all the others.
 */
const MAX_NESTING_SEARCH = 32;

/** Index of the topmost open mark within the search depth that `accepts`, or -1. */
function nearestOpen(stack: readonly Mark[], accepts: (mark: Mark) => boolean): number {
  for (let k = stack.length - 1; k >= Math.max(0, stack.length - MAX_NESTING_SEARCH); k--) {
    const open = stack[k];
    if (open !== undefined && accepts(open)) return k;
  }
  return -1;
}

/** Marks looked ahead over for a single mark that closes a quotation after a plural's possessive. */
const POSSESSIVE_LOOKAHEAD = 4;

/** True for a single mark after a plural's `s` and before a space and a lower-case word (`the Ukrainians' land`). */
function pluralPossessive(view: string, at: number): boolean {
  const next = view[at + 2];
  return (view[at - 1] === "s" || view[at - 1] === "S") && view[at + 1] === " " && next !== undefined && next !== next.toUpperCase();
}

/** True when one of the next few marks is a single closing one, with no single opening one before it. */
function singleCloseAhead(marks: readonly Mark[], m: number): boolean {
  for (let k = m + 1; k < Math.min(marks.length, m + 1 + POSSESSIVE_LOOKAHEAD); k++) {
    const next = marks[k] as Mark;
    if (next.family !== "single") continue;
    return next.role === "close";
  }
  return false;
}

/** Index in the stack of the opening mark this mark closes, or -1. */
function findOpen(stack: readonly Mark[], mark: Mark): number {
  for (let k = stack.length - 1; k >= Math.max(0, stack.length - MAX_NESTING_SEARCH); k--) {
    const open = stack[k];
    if (open === undefined) continue;
    if (mark.role === "either") {
      // A straight quote closes the nearest straight quote of its family, or a curly one when it sits
      // where a closing mark would (`“Our roads are crumbling," she said`).
      if (open.family === mark.family && (open.straight || mark.closes)) return k;
      // (And an open `„` where a closing mark would sit, as text retyped without curly closing marks has it:
      // `„We are looking for ways to end this war", Merz said`.)
      if (mark.family === "double" && open.family === "low" && mark.closes) return k;
      continue;
    }
    if (open.family === mark.family || (mark.family === "double" && open.family === "low")) return k;
    if (mark.family === "single" && mark.straight !== open.straight) continue;
  }
  return -1;
}

/**
 * True for two straight marks glued to letters on their outer sides (`a"b"c`), or opening right after a digit
 * (`5"x7"`): markup debris inside a word or inch marks, not a quotation, which a space or punctuation sets off.
 */
function inWord(view: string, open: Mark, close: Mark): boolean {
  if (!open.straight || !close.straight || wordCharWidth(view, open.at - 1) === 0) return false;
  const digit = view.charCodeAt(open.at - 1);
  return (digit >= 48 && digit <= 57) || wordCharWidth(view, close.at + 1) > 0;
}

function emit(out: PairedQuote[], view: string, open: number, close: number | null, contentEnd: number, block: number, depth: number): boolean {
  const span = trimSpan(view, open + 1, contentEnd);
  if (span.end <= span.start || !PATTERNS.wordChar.test(view.slice(span.start, span.end))) return false;
  out.push({ start: span.start, end: span.end, open, close, block, depth, continues: null });
  return true;
}

function nextBlockOpensQuote(view: string, blocks: readonly Block[], index: number): boolean {
  const next = blocks[index + 1];
  if (next === undefined) return false;
  const c = view[next.start];
  return c === '"' || c === "“" || c === "«" || c === "„" || c === "‘";
}

/**
 * A closing mark with no opening mark. In the translated-Russian style
 * (`"Part one, "Name said. - Part two. "`) it closes a continuation that a
 * dash opened after the previous quote's attribution; false when it closes none.
 */
function recoverOrphan(out: PairedQuote[], view: string, mark: Mark, block: number, closedTop: PairedQuote[]): boolean {
  // The last top-level quote closed before this mark (binary search over the block's, in closing order).
  let lo = 0;
  let hi = closedTop.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((closedTop[mid]?.close ?? 0) < mark.at) lo = mid + 1;
    else hi = mid;
  }
  const prev = closedTop[lo - 1];
  // A continuation runs from a dash to the mark; one longer than a long paragraph is no continuation.
  if (prev !== undefined && prev.close !== null && mark.at - prev.close <= MAX_CONTINUATION_CHARS) {
    const dash = findSpacedDash(view, prev.close + 1, mark.at);
    if (dash >= 0) {
      const span = trimSpan(view, dash + 1, mark.at);
      if (span.end > span.start && PATTERNS.wordChar.test(view.slice(span.start, span.end))) {
        const continuation: PairedQuote = { start: span.start, end: span.end, open: null, close: mark.at, block, depth: 0, continues: prev };
        out.push(continuation);
        // A later continuation may go on from this one.
        closedTop.push(continuation);
        return true;
      }
    }
  }
  return false;
}

/** Longest stretch from a quote's closing mark to the orphan closing mark of its dash continuation, in characters. */
const MAX_CONTINUATION_CHARS = 3000;

/** Index of the last letter or digit in `[from, to)`, or -1. */
function lastWordCharAt(view: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    // A low surrogate is read with its high half.
    const code = view.charCodeAt(i);
    const start = code >= 0xdc00 && code <= 0xdfff && i > from ? i - 1 : i;
    if (wordCharWidth(view, start) > 0) return start;
  }
  return -1;
}

/** Offset of the first dash with space on both sides (` - `, ` -- `) in `[from, to)`, or -1. */
function findSpacedDash(view: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (view.charCodeAt(i) !== 45) continue;
    let j = i;
    while (j + 1 < to && view.charCodeAt(j + 1) === 45) j++;
    const before = view.charCodeAt(i - 1);
    const after = view.charCodeAt(j + 1);
    if ((isSpace(before) || before === 46 || before === 44) && isSpace(after)) return j;
    i = j;
  }
  return -1;
}

/** Longest attribution set off by dashes inside a quote (`- said the Belarusian president. -`), in characters. */
const MAX_INNER_ATTRIBUTION = 120;

/**
 * Splits quotes that carry their attribution inside the marks, set off by dashes, as translated Russian writes
 * them: `«We agreed to meet, - said the Belarusian president. - There are many issues.»` gives two quotes, the
 * second continuing the first, with the attribution between them outside both. `isCue` tells a reporting verb.
 */
export function splitInnerAttributions(view: string, quotes: readonly PairedQuote[], isCue: (word: string) => boolean): PairedQuote[] {
  const out: PairedQuote[] = [];
  // A dash continuation of a quote that was split goes on from its second part.
  const secondOf = new Map<PairedQuote, PairedQuote>();
  for (const original of quotes) {
    const continued = original.continues === null ? undefined : secondOf.get(original.continues);
    const q = continued === undefined ? original : { ...original, continues: continued };
    const split = q.depth === 0 && q.open !== null ? innerAttribution(view, q, isCue) : null;
    if (split === null) {
      out.push(q);
      continue;
    }
    const first: PairedQuote = { ...q, end: split.firstEnd, close: null };
    // (`"We have agreed on all issues, - said Putin."`: the attribution closes the quote, nothing follows it.)
    if (split.secondStart < 0) {
      out.push(first);
      continue;
    }
    const second: PairedQuote = { ...q, start: split.secondStart, open: null, continues: first };
    secondOf.set(original, second);
    out.push(first, second);
  }
  return out;
}

/** Where the words before and after an inner attribution end and start, or null. */
function innerAttribution(view: string, q: PairedQuote, isCue: (word: string) => boolean): { firstEnd: number; secondStart: number } | null {
  const first = findSpacedDash(view, q.start, q.end);
  if (first < 0 || !endsClause(view, q.start, first)) return null;
  const limit = Math.min(q.end, first + MAX_INNER_ATTRIBUTION);
  const second = findSpacedDash(view, first + 1, limit);
  // An attribution that ends the quote: a short clause with a reporting verb, one sentence up to the closing mark.
  if (second < 0 && q.end - first <= MAX_INNER_ATTRIBUTION) {
    const tail = view.slice(first + 1, q.end).trim();
    const body = tail.slice(0, -1);
    const sentence = tail.endsWith(".") && !body.includes(".") && !body.includes("!") && !body.includes("?");
    const before = trimSpan(view, q.start, dashStart(view, first));
    if (sentence && hasCue(tail, isCue) && before.end > before.start) return { firstEnd: before.end, secondStart: -1 };
  }
  if (second < 0) return commaAttribution(view, q, first, isCue);
  if (!endsClause(view, first + 1, second)) return null;
  if (!hasCue(view.slice(first + 1, second), isCue)) return null;
  const before = trimSpan(view, q.start, dashStart(view, first));
  const after = trimSpan(view, second + 1, q.end);
  if (before.end <= before.start || after.end <= after.start || !PATTERNS.wordChar.test(view.slice(after.start, after.end))) return null;
  return { firstEnd: before.end, secondStart: after.start };
}

/**
 * The attribution set off by a comma before and a stop and a dash after, the quote marks around it left out
 * (`"We discussed the situation in Syria in detail, Lavrov told reporters after the meeting. - Both Russia and Turkey
 * …"`): a short clause that opens on a capital and holds a reporting verb. Null when there is none.
 */
function commaAttribution(view: string, q: PairedQuote, dash: number, isCue: (word: string) => boolean): { firstEnd: number; secondStart: number } | null {
  const stop = trimSpan(view, q.start, dashStart(view, dash)).end - 1;
  if (view[stop] !== ".") return null;
  // (Looked for within reach only, so that a long quote without a comma is not read back to its start.)
  let comma = stop - 1;
  while (comma > q.start && stop - comma <= MAX_INNER_ATTRIBUTION && view[comma] !== ",") comma--;
  if (comma <= q.start || view[comma] !== ",") return null;
  const clause = view.slice(comma + 1, stop).trim();
  if (!PATTERNS.upper.test(clause[0] ?? "") || /* another sentence inside */ clause.includes(". ") || !hasCue(clause, isCue)) return null;
  const after = trimSpan(view, dash + 1, q.end);
  if (after.end <= after.start || !PATTERNS.wordChar.test(view.slice(after.start, after.end))) return null;
  return { firstEnd: comma + 1, secondStart: after.start };
}

/** True when a word of `text` is a reporting verb. */
function hasCue(text: string, isCue: (word: string) => boolean): boolean {
  return text.toLowerCase().split(" ").some((w) => isCue(w.replace(/* trailing punctuation */ ",", "").replace(".", "")));
}

/** True when the text before the dash at `dash` (spaces skipped) ends on `,` `.` `!` or `?`. */
function endsClause(view: string, from: number, dash: number): boolean {
  const c = view[trimSpan(view, from, dashStart(view, dash)).end - 1];
  return c === "," || c === "." || c === "!" || c === "?";
}

/** The first character of the run of dashes ending at `dash`. */
function dashStart(view: string, dash: number): number {
  let i = dash;
  while (i > 0 && view.charCodeAt(i - 1) === 45) i--;
  return i;
}
