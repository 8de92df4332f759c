import type { Quote } from "../../model/index.js";
import type { Stage } from "../../pipeline/context.js";
import { classify } from "./classify.js";
import { pairQuotes, splitInnerAttributions, type PairedQuote } from "./pair.js";
import { findTurns, LABEL_CONFIDENCE, quotedTurnSpeaker, type Turn } from "./turns.js";

/**
 * Finds every quoted stretch: pairs of quotation marks (with dash
 * continuations and quotes running over paragraphs) and transcript turns,
 * and classifies each. Speakers of marked quotes come in the attribution stage.
 */
export const quotes: Stage = (ctx, state) => {
  const messages = [...state.messages];
  const paired = splitInnerAttributions(state.view, pairQuotes(state.view, state.blocks, messages), (w) => ctx.lexicon.cueWords.has(w));
  // `Lukashenko: "We will not give up."`: a labelled turn that is one quotation is that quote, spoken by the label.
  const labelOf = new Map<PairedQuote, Turn>();
  let turns = findTurns(state.view, state.blocks, state.mentions, ctx.lexicon);
  if (turns.length > 0) {
    const byOpen = new Map(paired.map((q) => [q.open, q]));
    turns = turns.filter((t) => {
      const q = byOpen.get(t.start);
      const whole = q !== undefined && q.close !== null && state.view.slice(q.close + 1, t.end).trim().length <= 1 ? q : undefined;
      if (whole !== undefined) labelOf.set(whole, t);
      return whole === undefined;
    });
  }
  // Only quotes that a dash continuation goes on from need finding again (most texts have none).
  const continued = new Set<PairedQuote>();
  for (const q of paired) if (q.continues !== null) continued.add(q.continues);
  type Item = { kind: "mark"; q: PairedQuote } | { kind: "turn"; t: Turn };
  const items: Item[] = [...paired.map((q): Item => ({ kind: "mark", q })), ...turns.map((t): Item => ({ kind: "turn", t }))];
  items.sort((a, b) => startOf(a) - startOf(b));

  // How many pieces each turn has: a turn of several is one group.
  const turnsOf = new Map<number, number>();
  for (const t of turns) turnsOf.set(t.turnOf, (turnsOf.get(t.turnOf) ?? 0) + 1);
  const out: Quote[] = [];
  const idOfPaired = new Map<PairedQuote, Quote>();
  const turnGroups = new Map<number, string>();
  let groups = 0;
  const openStack: Quote[] = [];
  for (const item of items) {
    const start = startOf(item);
    while (openStack.length > 0 && (openStack.at(-1)?.end ?? 0) <= start) openStack.pop();
    const parent = openStack.at(-1) ?? null;
    const id = `q${String(out.length + 1)}`;
    let quote: Quote;
    if (item.kind === "turn") {
      const t = item.t;
      let groupId = turnGroups.get(t.turnOf) ?? null;
      if (groupId === null && (turnsOf.get(t.turnOf) ?? 0) > 1) {
        groupId = `g${String(++groups)}`;
        turnGroups.set(t.turnOf, groupId);
      }
      quote = {
        id, start: t.start, end: t.end, text: ctx.text.slice(t.start, t.end), kind: "direct", openMark: null, closeMark: null,
        speaker: t.speaker, cue: null, medium: null, groupId, nestedIn: parent?.id ?? null, paragraph: t.block,
        confidence: t.speaker === null ? 0 : LABEL_CONFIDENCE,
      };
    } else {
      const q = item.q;
      const previous = q.continues === null ? undefined : idOfPaired.get(q.continues);
      let groupId: string | null = null;
      if (previous !== undefined) {
        groupId = previous.groupId ?? `g${String(++groups)}`;
        previous.groupId = groupId;
      }
      // `"WALLACE: Let's start …`: a transcript turn in quotation marks speaks with its label.
      const opensBlock = q.open !== null && q.open === state.blocks[q.block]?.start;
      const labelled = labelOf.get(q)?.speaker ?? (opensBlock && parent === null ? quotedTurnSpeaker(state.view, q.start, q.end, state.mentions, ctx.lexicon) : null);
      quote = {
        id, start: q.start, end: q.end, text: ctx.text.slice(q.start, q.end),
        kind: classify(q, state.view, state.tokens, state.blocks[q.block]),
        openMark: q.open === null ? null : { start: q.open, end: q.open + 1 },
        closeMark: q.close === null ? null : { start: q.close, end: q.close + 1 },
        speaker: labelled, cue: null, medium: null, groupId, nestedIn: parent?.id ?? null, paragraph: q.block, confidence: labelled === null ? 0 : LABEL_CONFIDENCE,
      };
      if (continued.has(q)) idOfPaired.set(q, quote);
    }
    out.push(quote);
    openStack.push(quote);
  }
  return { ...state, quotes: out, messages };
};

function startOf(item: { kind: "mark"; q: PairedQuote } | { kind: "turn"; t: Turn }): number {
  return item.kind === "mark" ? item.q.open ?? item.q.start : item.t.start;
}
