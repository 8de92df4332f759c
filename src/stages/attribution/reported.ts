import type { Lexicon } from "../../lexicon/compile.js";
import { PARTIAL_ONLY_VERBS } from "../../lexicon/reporting-cues.js";
import type { Attribution, Sentence, SpeakerRef } from "../../model/index.js";
import type { Span } from "../../model/span.js";
import { tokenIndexAt, type Token } from "../../text/tokens.js";
import { cueAt, mediumAt } from "./cues.js";
import type { SpeakerResolver } from "./speakers.js";

/** Verbs that report speech with a bare clause after them (`Putin said Russia would …`). */
const SAY_VERBS = new Set([
  "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "stressed", "stresses", "stated", "states",
  "explained", "explains", "warned", "warns", "insisted", "insists", "argued", "argues", "claimed", "claims", "believes",
  "believe", "thinks", "think", "announced", "announces", "confirmed", "confirms", "predicted", "predict", "predicts",
  "emphasized", "emphasised", "underlined", "underscored", "reiterated", "acknowledged", "admitted", "suggested",
  "declared", "assured", "recalled", "estimated", "stressing", "noting", "adding", "saying", "explaining", "emphasizing",
]);
/** Words that cannot open the content clause of bare reported speech. */
const NOT_CLAUSE_START = new Set([
  "in", "on", "at", "to", "with", "during", "after", "before", "about", "how", "what", "why", "when", "where", "whether",
  "yesterday", "today", "earlier", "later", "last", "this", "recently", "again", "also", "of", "for", "by", "from", "so",
  "as", "and", "or", "but", "goodbye", "hello", "thanks", "nothing", "something", "it", "goodnight",
]);
/** Object words after `told` that name who heard it. */
const HEARERS = new Set(["me", "us", "you", "him", "her", "them", "reporters", "journalists", "lawmakers", "parliament", "congress", "senators", "supporters", "viewers", "listeners", "delegates", "colleagues", "students"]);
const TERMINALS = new Set([".", "!", "?", "…", ";"]);
/** Fewest words outside quotation marks that make reported speech. */
const MIN_CONTENT_WORDS = 3;

/** A sentence under analysis, with the tokens that stand inside quotation marks flagged. */
export interface SentenceView {
  readonly sentence: Sentence;
  readonly begin: number;
  readonly end: number;
  readonly previous: Sentence | undefined;
}

/** Finds reported speech without quotation marks in one sentence; at most one attribution per sentence. */
export function reportedSpeech(
  s: SentenceView,
  tokens: readonly Token[],
  quoted: Uint8Array,
  resolver: SpeakerResolver,
  lexicon: Lexicon,
): Omit<Attribution, "id" | "text"> | null {
  const { begin, end } = s;
  let b = begin;
  while (b < end && (tokens[b]?.lower === "and" || tokens[b]?.lower === "but" || tokens[b]?.lower === "so" || tokens[b]?.kind === "punct")) b++;
  let e = end;
  while (e > b && tokens[e - 1]?.kind === "punct") e--;
  if (e - b < 4) return null;
  const first = tokens[b]?.lower;
  const second = tokens[b + 1]?.lower;

  // According to X, CONTENT.
  if (first === "according" && second === "to") {
    const who = speakerFrom(b + 2, e, resolver);
    if (who !== null && tokens[who.next]?.text === ",") return make(tokens, quoted, who.ref, span(tokens, b, b + 2), who.next + 1, e);
  }
  // In his opinion, CONTENT.
  if (first === "in" && (tokens[b + 2]?.lower === "opinion" || tokens[b + 2]?.lower === "view") && tokens[b + 3]?.text === ",") {
    const who = speakerFrom(b + 1, b + 2, resolver);
    if (who !== null) return make(tokens, quoted, who.ref, span(tokens, b, b + 3), b + 4, e);
  }
  // As X noted, CONTENT.
  if (first === "as") {
    const who = speakerFrom(b + 1, e, resolver);
    const n = who === null ? 0 : cueAt(tokens, who.next, lexicon);
    if (who !== null && n > 0) {
      let k = who.next + n;
      while (k < e && tokens[k]?.text !== ",") k++;
      if (k < e - 1) return make(tokens, quoted, who.ref, span(tokens, who.next, who.next + n), k + 1, e);
    }
  }
  // This was stated by X: the content is the sentence before.
  if ((first === "this" || first === "that" || first === "it") && tokens[b + 1]?.lower === "was" && tokens[b + 3]?.lower === "by" && cueAt(tokens, b + 1, lexicon) > 0) {
    // The source may stand after its title (`by the Minister of Economy of Belarus Dmitry Krutoy`).
    let who: { ref: SpeakerRef; next: number } | null = null;
    for (let k = b + 4; k < Math.min(e, b + 12) && who === null; k++) who = speakerFrom(k, e, resolver);
    const prev = s.previous;
    if (who !== null && prev !== undefined) {
      const pb = tokenIndexAt(tokens, prev.start);
      let pe = tokenIndexAt(tokens, prev.end);
      while (pe > pb && tokens[pe - 1]?.kind === "punct") pe--;
      return make(tokens, quoted, who.ref, span(tokens, b + 1, b + 4), pb, pe);
    }
  }
  // CONTENT, as X say(s), CONTENT: the clause holding the parenthesis.
  for (let i = b + 1; i < e - 3; i++) {
    if (tokens[i]?.text !== "," || tokens[i + 1]?.lower !== "as" || quoted[i] === 1) continue;
    const who = speakerFrom(i + 2, e, resolver);
    const n = who === null ? 0 : cueAt(tokens, who.next, lexicon);
    if (who !== null && n > 0 && tokens[who.next + n]?.text === ",") {
      const clause = clauseStart(tokens, b, i);
      return make(tokens, quoted, who.ref, span(tokens, who.next, who.next + n), clause, e);
    }
  }
  // CONTENT, X say(s). / CONTENT, according to X.
  const tail = tailAttribution(tokens, b, e, resolver, lexicon);
  if (tail !== null) {
    const content = clauseStart(tokens, b, tail.comma);
    return make(tokens, quoted, tail.ref, tail.cue, content, tail.comma);
  }
  // X [adverb] said (that) CONTENT.
  return subjectVerbClause(tokens, quoted, b, e, resolver, lexicon);
}

function speakerFrom(i: number, e: number, resolver: SpeakerResolver): { ref: SpeakerRef; next: number } | null {
  return i < e ? resolver.speakerAt(i) : null;
}

function span(tokens: readonly Token[], from: number, to: number): Span {
  return { start: tokens[from]?.start ?? 0, end: tokens[to - 1]?.end ?? 0 };
}

function make(tokens: readonly Token[], quoted: Uint8Array, source: SpeakerRef, cue: Span, from: number, to: number): Omit<Attribution, "id" | "text"> | null {
  let words = 0;
  for (let k = from; k < to; k++) if (tokens[k]?.kind === "word" && quoted[k] !== 1) words++;
  if (words < MIN_CONTENT_WORDS) return null;
  return { kind: "indirect", content: span(tokens, from, to), source, cue };
}

/** After a colon or semicolon inside the sentence, the clause starts there. */
function clauseStart(tokens: readonly Token[], b: number, before: number): number {
  for (let k = before - 1; k > b; k--) {
    const t = tokens[k]?.text;
    if (t === ":" || t === ";") return k + 1;
  }
  // A leading adverbial (`In particular,`) is not part of what was said.
  for (let k = b; k < Math.min(before, b + 6); k++) {
    if (tokens[k]?.text === ",") return k + 1;
    if (tokens[k]?.kind !== "word") break;
  }
  return b;
}

function tailAttribution(tokens: readonly Token[], b: number, e: number, resolver: SpeakerResolver, lexicon: Lexicon): { ref: SpeakerRef; cue: Span; comma: number } | null {
  // Find the last comma within the final eight tokens.
  for (let comma = e - 2; comma > b + 2 && comma >= e - 8; comma--) {
    if (tokens[comma]?.text !== ",") continue;
    const i = comma + 1;
    if (tokens[i]?.lower === "according" && tokens[i + 1]?.lower === "to") {
      const who = speakerFrom(i + 2, e, resolver);
      if (who !== null && who.next >= e) return { ref: who.ref, cue: span(tokens, i, i + 2), comma };
      return null;
    }
    const who = speakerFrom(i, e, resolver);
    if (who !== null) {
      const n = cueAt(tokens, who.next, lexicon);
      if (n > 0 && who.next + n >= e) return { ref: who.ref, cue: span(tokens, who.next, who.next + n), comma };
    }
    const n = cueAt(tokens, i, lexicon);
    if (n > 0) {
      const after = speakerFrom(i + n, e, resolver);
      if (after !== null && after.next >= e) return { ref: after.ref, cue: span(tokens, i, i + n), comma };
    }
    return null;
  }
  return null;
}

function subjectVerbClause(tokens: readonly Token[], quoted: Uint8Array, b: number, e: number, resolver: SpeakerResolver, lexicon: Lexicon): Omit<Attribution, "id" | "text"> | null {
  let best: { cue: number; n: number; content: number } | null = null;
  for (let c = b + 1; c < e - 2; c++) {
    if (quoted[c] === 1) continue;
    const n = cueAt(tokens, c, lexicon);
    if (n === 0) continue;
    const t = tokens[c];
    if (t === undefined || PARTIAL_ONLY_VERBS.has(t.lower) || t.lower === "according") continue;
    let k = c + n;
    // `told reporters`, `told him`: the hearer; then a medium (`in an interview with RT`).
    if (t.lower === "told" || t.lower === "tells" || t.lower === "tell") {
      const hearer = resolver.speakerAt(k);
      if (hearer !== null) k = hearer.next;
      else if (HEARERS.has(tokens[k]?.lower ?? "")) k++;
    }
    const medium = mediumAt(tokens, k, e);
    if (medium !== null) k = tokenIndexAt(tokens, medium.end);
    if (tokens[k]?.text === ",") k++;
    if (tokens[k]?.lower === "that") {
      best = { cue: c, n, content: k + 1 };
      break;
    }
    const next = tokens[k];
    if (best === null && SAY_VERBS.has(t.lower) && next !== undefined && next.kind === "word" && quoted[k] !== 1 && !NOT_CLAUSE_START.has(next.lower) && !TERMINALS.has(next.text)) {
      best = { cue: c, n, content: k };
    }
  }
  if (best === null) return null;
  // The subject: the first speaker words before the cue, within the same clause.
  let from = b;
  for (let k = best.cue - 1; k > b; k--) {
    if (tokens[k]?.text === ";" || tokens[k]?.text === ":") {
      from = k + 1;
      break;
    }
  }
  let source: SpeakerRef | null = null;
  for (let k = from; k < best.cue && source === null; k++) {
    if (quoted[k] === 1) continue;
    const who = resolver.speakerAt(k);
    if (who !== null) source = who.ref;
  }
  if (source === null) return null;
  return make(tokens, quoted, source, span(tokens, best.cue, best.cue + best.n), best.content, e);
}
