import type { TimelineEvent } from "../../model/index.js";
import type { Stage } from "../../pipeline/context.js";
import { parseDay } from "../time/calendar.js";
import { sentenceAt } from "../../text/lookup.js";
import { timeKey } from "./order.js";
import { findSummit } from "./summit.js";

/** Longest event description, in characters. */
const MAX_DESCRIPTION = 160;

/**
 * Builds the timeline (each dated happening, in chronological order) and the
 * summit frame. Present and past vague references (`now`, `lately`) say
 * when something is said, not when it happens, so they make no event.
 */
export const timeline: Stage = (ctx, state) => {
  const reference = ctx.referenceDate === null ? null : parseDay(ctx.referenceDate);
  const { sentences, mentions, timexes } = state;
  const seen = new Set<string>();
  const events: (TimelineEvent & { order: number; key: number })[] = [];
  for (const [order, t] of timexes.entries()) {
    if (t.type !== "DATE" && t.type !== "TIME") continue;
    if (t.value === "PRESENT_REF" || t.value === "PAST_REF") continue;
    const sentence = sentenceAt(sentences, t.start);
    if (sentence === undefined) continue;
    const dedupe = `${t.value}|${String(sentence.start)}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    const participants: string[] = [];
    for (const m of mentions) {
      if (m.start >= sentence.start && m.end <= sentence.end && m.personId !== null && !participants.includes(m.personId)) participants.push(m.personId);
    }
    events.push({
      id: "",
      value: t.value,
      mod: t.mod,
      timexId: t.id,
      sentence: { start: sentence.start, end: sentence.end },
      description: describe(ctx.text.slice(sentence.start, sentence.end)),
      participants,
      order,
      key: timeKey(t.value, t.mod, reference),
    });
  }
  events.sort((a, b) => a.key - b.key || a.order - b.order);
  const ordered: TimelineEvent[] = events.map((e, i) => ({
    id: `e${String(i + 1)}`, value: e.value, mod: e.mod, timexId: e.timexId, sentence: e.sentence, description: e.description, participants: e.participants,
  }));

  const quoteSpans = state.quotes.filter((q) => q.nestedIn === null).map((q) => [q.openMark?.start ?? q.start, q.closeMark?.end ?? q.end] as const);
  const inQuote = (offset: number): boolean => quoteSpans.some(([s, e]) => offset >= s && offset < e);
  let datelineEnd = 0;
  for (const b of state.blocks) {
    if (b.kind === "dateline") datelineEnd = b.end;
    else if (b.kind === "paragraph" || b.kind === "turn") break;
  }
  const summit = findSummit(state.view, state.tokens, sentences, timexes, state.places, state.people, mentions, inQuote, datelineEnd);
  return { ...state, timeline: ordered, summit };
};

/** The sentence on one line, cut at a word boundary. */
function describe(sentence: string): string {
  const flat = sentence.split(/* any run of white space */ "\n").join(" ").trim();
  if (flat.length <= MAX_DESCRIPTION) return flat;
  const cut = flat.lastIndexOf(" ", MAX_DESCRIPTION);
  return `${flat.slice(0, cut > 0 ? cut : MAX_DESCRIPTION)}…`;
}
