import type { Lexicon } from "../../lexicon/compile.js";
import { CLOSING_QUOTE_MARKS, OPENING_QUOTE_MARKS } from "../../lexicon/quote-marks.js";
import type { Block, SpeakerRef } from "../../model/index.js";
import type { Mention } from "../../pipeline/state.js";
import { firstStartingAtOrAfter } from "../../text/lookup.js";
import { PATTERNS } from "../../text/patterns.js";
import { isSpace } from "../../text/spans.js";
import { isAllCaps } from "../../text/tokens.js";
import { isHeadingLine, labelEnd, labelName, nameLabel } from "../segment/blocks.js";

/** Labels that name a role in the exchange, not a person: their turns have no named speaker. */
const ANONYMOUS_LABELS = new Set(["question", "q", "answer", "a", "reporter", "journalist", "participant", "audience", "voice", "correspondent", "staff"]);

/** Confidence of a speaker read off a transcript label; see `Quote.confidence`. */
export const LABEL_CONFIDENCE = 0.98;

/** Fewest words with letters after a label for it to open a turn. */
const MIN_TURN_WORDS = 2;

/** Words that contain a letter. */
function countWords(text: string): number {
  let n = 0;
  for (const w of text.split(" ")) if (PATTERNS.letter.test(w)) n++;
  return n;
}

/** A transcript turn: the words after a speaker label, or a paragraph that carries on the turn. */
export interface Turn {
  start: number;
  end: number;
  block: number;
  speaker: SpeakerRef | null;
  /** Turns that carry on one labelled turn share its first block's index. */
  turnOf: number;
}

/**
 * Reads transcript layouts: each `Label:` block opens a turn whose words are
 * a direct quote of the labelled speaker, and the paragraphs after it carry
 * the turn on until the next label, heading or separator.
 */
export function findTurns(view: string, blocks: readonly Block[], mentions: readonly Mention[], lexicon: Lexicon): Turn[] {
  const turns: Turn[] = [];
  let current: { speaker: SpeakerRef | null; block: number } | null = null;
  // After the last labelled turn, the paragraphs carry it on up to the last one that speaks as a speaker does (in the
  // first or second person); a transcript's closing narrative after that (`Following the talks, the leaders signed …`)
  // is the reporter's.
  let lastTurn = -1;
  for (const block of blocks) if (block.kind === "turn") lastTurn = block.index;
  let lastSpoken = lastTurn;
  // (A report with no labelled turn has nothing to carry on: no block is read.)
  for (let k = lastTurn < 0 ? -1 : blocks.length - 1; k > lastTurn; k--) {
    const block = blocks[k];
    if (block !== undefined && block.kind === "paragraph" && speaksInPerson(view, block)) {
      lastSpoken = k;
      break;
    }
  }
  // The person an interview above the first turn is with, read at the first turn; false when there is none.
  let interviewee: SpeakerRef | false | undefined;
  // Full names that labels gave, by their last word (`STEVE INSKEEP, HOST:` for a later `INSKEEP:`).
  const fullNames = new Map<string, string>();
  // Speakers by the role a label names them by, from a label that gave the name in brackets.
  const roleHolders = new Map<string, SpeakerRef>();
  for (const block of blocks) {
    if (block.kind === "turn") {
      // A label the segment stage read from its recurrence (`Mao Ning:`) ends after its colon.
      const labelStop = labelEnd(view, block, lexicon) ?? recurringLabelEnd(view, block);
      if (labelStop === null) continue;
      const core = labelCore(view.slice(block.start, labelStop - 1));
      // (Keyed by the last word as the label writes it: `INSKEEP`.)
      if (core.includes(" ")) fullNames.set(core.slice(core.lastIndexOf(" ") + 1), labelPersonName(core));
      const from = skipStageNotes(view, labelStop, block.end);
      // (A live page's time under the entry's heading is no part of the words: `Macron: '…'` over `11:15 SAST`.)
      const to = beforeTimeLine(view, from, block.end);
      // `Clinton: 547.` lists data, not speech: such a label opens no turn; nor does a live page's entry heading over
      // its text (`Macron: Trump left to work on a ceasefire` over `French president Emmanuel Macron said …`).
      if (countWords(view.slice(from, block.end)) < MIN_TURN_WORDS || headsEntry(view, from, block.end)) {
        current = null;
        continue;
      }
      // (`A:` in an interview is the one interviewed: `Sergei Lavrov gave an interview to RT` above it.)
      interviewee ??= intervieweeBefore(view, blocks, block.index, mentions);
      const labelled = labelName(view.slice(block.start, labelStop - 1));
      let speaker = ANSWER_LABELS.has(labelled.toLowerCase()) && interviewee !== false ? interviewee : labelSpeaker(view, block.start, labelStop - 1, mentions, fullNames);
      // (A role whose first label named its holder in brackets is that holder again: `HOST:` after `HOST (Maria
      // Lindqvist):`.)
      const role = labelled.toLowerCase();
      if (speaker?.personId != null && labelled.length < labelStop - 1 - block.start) roleHolders.set(role, speaker);
      else if (speaker !== null && speaker.personId === null && roleHolders.has(role)) speaker = { ...(roleHolders.get(role) as SpeakerRef), mention: speaker.mention };
      current = { speaker, block: block.index };
      pushTurn(turns, view, from, to, block.index, current);
      // (A label over one quotation, as a live page heads an entry, `Starmer: "The special relationship is stronger
      // than ever"`, quotes its speaker; the paragraphs under it are the reporter's.)
      if (wholeQuotation(view, from, to)) current = null;
    } else if (block.kind === "paragraph" && current !== null && block.index <= lastSpoken) {
      pushTurn(turns, view, skipStageNotes(view, block.start, block.end), block.end, block.index, current);
    } else if (block.kind !== "credit") {
      current = null;
    }
  }
  return turns;
}

/** True when the words at `from` fill a heading's line and more lines follow it before `end`. */
function headsEntry(view: string, from: number, end: number): boolean {
  const lineEnd = view.indexOf("\n", from);
  return lineEnd > from && lineEnd < end && isHeadingLine(view.slice(from, lineEnd));
}

/**
 * True when `[from, to)` is one quotation, with nothing but spaces around it: in double marks, or in single ones as
 * British live pages head an entry (`Biden: 'America is back at the table'`).
 */
function wholeQuotation(view: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && isSpace(view.charCodeAt(end - 1))) end--;
  const open = view[from] ?? "";
  const close = view[end - 1] ?? "";
  // (A straight single mark opens one too at the start of the words, and `„` closes with `“`.)
  const closes = (mark: string): boolean => CLOSING_QUOTE_MARKS.has(mark) || (open === "„" && mark === "“");
  if (end - from < 2 || !(OPENING_QUOTE_MARKS.has(open) || open === "'") || !closes(close)) return false;
  // (One quotation: no mark inside closes it early, `"Yes," he said, "we agree."`; an apostrophe within a word,
  // `'We don't'`, closes nothing.)
  for (let k = from + 1; k < end - 1; k++) {
    if (closes(view[k] ?? "") && !(PATTERNS.letter.test(view[k - 1] ?? "") && PATTERNS.letter.test(view[k + 1] ?? ""))) return false;
  }
  return true;
}

/** Longest line read as a live page's time stamp (`11:15 SAST`, `10.42am GMT`). */
const MAX_TIME_LINE = 24;

/** Where `[from, to)` ends before a last line that only gives a clock time (`…'\n11:15 SAST`); else `to`. */
function beforeTimeLine(view: string, from: number, to: number): number {
  const newline = view.lastIndexOf("\n", to - 1);
  if (newline < from) return to;
  const line = view.slice(newline + 1, to).trim();
  return line.length <= MAX_TIME_LINE && PATTERNS.clockLine.test(line) ? newline : to;
}

/** Labels of an interview's answers (`A:`, `Answer:`). */
const ANSWER_LABELS = new Set(["a", "a.", "answer"]);

/** Words that tell of an interview (`gave an interview to RT`, `spoke to our correspondent`, `sat down with`), as whole words. */
const INTERVIEW_WORDS = [" interview", " spoke to ", " spoke with ", " talked to ", " talked with ", " sat down with "];

/**
 * The person named first in a paragraph or heading above block `before` that tells of an interview (`Sergei Lavrov
 * gave an interview to RT`, `Interview with Lavrov`), or false. (A heading that names them only by office, `an
 * interview with Finland's president`, leaves them to the first person the next block names.)
 */
function intervieweeBefore(view: string, blocks: readonly Block[], before: number, mentions: readonly Mention[]): SpeakerRef | false {
  for (const block of blocks) {
    if (block.index >= before) break;
    // (A space before the block's text lets its first word match as the others do.)
    const lower = ` ${view.slice(block.start, block.end).toLowerCase()}`;
    if (!INTERVIEW_WORDS.some((w) => lower.includes(w))) continue;
    const m = mentions[firstStartingAtOrAfter(mentions, block.start)];
    const next = blocks[block.index + 1];
    const within = block.kind === "heading" && next !== undefined && next.index < before ? next.end : block.end;
    if (m !== undefined && m.personId !== null && m.end <= within) return { personId: m.personId, name: m.name, mention: { start: m.start, end: m.end }, resolvedVia: "label" };
  }
  return false;
}

/** Pronouns of the first and second person: a speaker's words, not the reporter's narrative. */
const PERSONAL_PRONOUNS = new Set(["i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "we'll", "me", "us", "my", "our", "you", "your", "you're"]);

/** A transcript's notes of the room (`Slava Ukraini. (Applause.)`): what stands beside them was spoken. */
const ROOM_NOTES = ["(applause", "(laughter", "(crosstalk", "(inaudible"];

/** True when the block holds a first- or second-person pronoun, or a note of the room. */
function speaksInPerson(view: string, block: Block): boolean {
  const text = view.slice(block.start, block.end);
  const lower = text.toLowerCase();
  if (ROOM_NOTES.some((note) => lower.includes(note))) return true;
  for (const word of text.split(" ")) {
    let end = word.length;
    while (end > 0 && ".,;:!?".includes(word[end - 1] ?? "")) end--;
    if (PERSONAL_PRONOUNS.has(word.slice(0, end).toLowerCase().replace(/* curly apostrophe */ "’", "'"))) return true;
  }
  return false;
}

/**
 * The speaker of a quoted transcript turn (`"WALLACE: Let's start …`): a quote
 * that opens its paragraph with a speaker label. Null when it has none.
 */
export function quotedTurnSpeaker(view: string, start: number, end: number, mentions: readonly Mention[], lexicon: Lexicon): SpeakerRef | null {
  const labelStop = labelEnd(view, { start, end }, lexicon);
  if (labelStop === null || countWords(view.slice(labelStop, end)) < MIN_TURN_WORDS) return null;
  return labelSpeaker(view, start, labelStop - 1, mentions);
}

/** Just after the colon of a name label (`Mao Ning:`), or null. */
function recurringLabelEnd(view: string, block: Block): number | null {
  const label = nameLabel(view, block);
  return label === null ? null : block.start + label.length + 1;
}

function pushTurn(turns: Turn[], view: string, start: number, end: number, block: number, current: { speaker: SpeakerRef | null; block: number }): void {
  if (start >= end || !PATTERNS.wordChar.test(view.slice(start, end))) return;
  turns.push({ start, end, block, speaker: current.speaker, turnOf: current.block });
}

/** Skips spaces and stage notes such as `(As interpreted.)` at the start of a turn. */
function skipStageNotes(view: string, from: number, to: number): number {
  let i = from;
  for (;;) {
    while (i < to && isSpace(view.charCodeAt(i))) i++;
    if (view[i] !== "(") return i;
    const m = PATTERNS.stageNote.exec(view.slice(i, Math.min(to, i + 90)));
    if (m === null) return i;
    i += m[0].length;
  }
}

/**
 * The name a label gives its speaker, without a role after a comma and, written in capitals, in title case
 * (`ASMA KHALID, BYLINE` → `Asma Khalid`).
 */
function labelPersonName(label: string): string {
  const core = labelCore(label);
  // (One word keeps its capitals: an acronym, `AFP:`, or a surname, `TAPPER:`, that a full label may complete.)
  if (!isAllCaps(core) || !core.includes(" ")) return core;
  return core.split(" ").map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(" ");
}

/** A label's name up to a comma that adds a role (`ASMA KHALID, BYLINE` → `ASMA KHALID`). */
function labelCore(label: string): string {
  const name = labelName(label);
  const comma = name.indexOf(",");
  return comma > 0 ? name.slice(0, comma).trimEnd() : name;
}

/** True when a word starts after a space at offset `at`, before offset `end` (`SCIUTTO` after `JIM`). */
function wordFollows(view: string, at: number, end: number): boolean {
  return at < end && view[at] === " " && at + 1 < end && view[at + 1] !== " ";
}

function labelSpeaker(view: string, start: number, colon: number, mentions: readonly Mention[], fullNames?: ReadonlyMap<string, string>): SpeakerRef | null {
  const label = labelName(view.slice(start, colon));
  // (`Q.` as `Q`.)
  if (ANONYMOUS_LABELS.has(label.toLowerCase()) || ANONYMOUS_LABELS.has(label.slice(0, -1).toLowerCase())) return null;
  // The person mention inside the label, the last one if several (`President of Russia Vladimir Putin`);
  // mentions are in text order, so the search starts at the label's first one.
  let found: Mention | undefined;
  for (let k = firstStartingAtOrAfter(mentions, start); k < mentions.length; k++) {
    const m = mentions[k];
    if (m === undefined || m.start > colon) break;
    if (m.end <= colon) found = m;
  }
  // (Not a one-word name inside a fuller one: `JIM SCIUTTO, CNN ANCHOR:` is no `Jim` a guest greeted, `Well, Jim, …`.)
  const partial = found !== undefined && !found.name.includes(" ") && wordFollows(view, found.end, start + labelCore(view.slice(start, colon)).length);
  if (found !== undefined && !partial) return { personId: found.personId, name: found.name, mention: { start: found.start, end: found.end }, resolvedVia: "label" };
  // (A surname alone is the full name an earlier label gave: `INSKEEP:` after `STEVE INSKEEP, HOST:`.)
  const name = fullNames?.get(labelCore(label)) ?? labelPersonName(label);
  const comma = label.indexOf(",");
  return { personId: null, name, mention: { start, end: start + (comma > 0 ? comma : label.length) }, resolvedVia: "label" };
}
