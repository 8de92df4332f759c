import { VAGUE_REFERENCES } from "../../lexicon/time-words.js";
import { indexPhrases } from "../../lexicon/compile.js";
import type { PhraseIndex } from "../../lexicon/compile.js";
import type { Message, TimeExpression } from "../../model/index.js";
import type { Stage } from "../../pipeline/context.js";
import { tokenIndexAt, type Token } from "../../text/tokens.js";
import { parseDay } from "./calendar.js";
import { TimeRecognizer, type Tense } from "./recognize.js";

const FUTURE_MARKERS = new Set(["will", "shall", "'ll", "going", "plan", "plans", "planned", "scheduled", "upcoming", "expected", "intends", "next"]);
const PAST_MARKERS = new Set(["was", "were", "had", "did", "met", "held", "took", "went", "came", "became", "told", "said", "ago", "last", "began", "spoke", "visited", "signed"]);

let vagueIndex: PhraseIndex | null = null;

/**
 * Finds temporal expressions (TIMEX3) and normalises them against the
 * reference date, the tense of their sentence and the dates the narrative
 * has named so far.
 */
export const time: Stage = (ctx, state) => {
  vagueIndex ??= indexPhrases(Object.keys(VAGUE_REFERENCES));
  const { tokens, sentences, blocks } = state;
  const reference = ctx.referenceDate === null ? null : parseDay(ctx.referenceDate);
  const recognizer = new TimeRecognizer(tokens, reference, vagueIndex);
  const timexes: TimeExpression[] = [];
  for (const sentence of sentences) {
    const kind = blocks[sentence.block]?.kind;
    if (kind === "credit" || kind === "separator") continue;
    const begin = tokenIndexAt(tokens, sentence.start);
    const end = tokenIndexAt(tokens, sentence.end);
    const tense = tenseOf(tokens, begin, end);
    for (let i = begin; i < end; i++) {
      const found = recognizer.at(i, tense);
      if (found === null || found.to > end) continue;
      const start = tokens[found.from]?.start ?? 0;
      const stop = tokens[found.to - 1]?.end ?? 0;
      timexes.push({
        id: `t${String(timexes.length + 1)}`,
        start,
        end: stop,
        text: ctx.text.slice(start, stop),
        type: found.type,
        value: found.value,
        mod: found.mod,
        resolution: found.resolution,
      });
      i = found.to - 1;
    }
  }
  const messages: Message[] = [...state.messages];
  if (reference === null && timexes.some((t) => t.resolution === "unresolved")) {
    messages.push({
      severity: "info",
      reason: "No reference date was given, so relative and year-less dates are left underspecified (XXXX).",
      ruleId: "time/no-reference-date",
      span: null,
    });
  }
  return { ...state, timexes, messages };
};

/** Future when the sentence says so (`will`, `plans`, `next`), past when it has past-tense markers, else present. */
export function tenseOf(tokens: readonly Token[], begin: number, end: number): Tense {
  let past = false;
  for (let i = begin; i < end; i++) {
    const w = tokens[i]?.lower ?? "";
    if (FUTURE_MARKERS.has(w)) return "future";
    if (PAST_MARKERS.has(w) || (w.length > 4 && w.endsWith("ed") && !w.endsWith("need") && !w.endsWith("eed"))) past = true;
  }
  return past ? "past" : "present";
}
