import type { ParseContext, Stage } from "./context.js";
import { emptyState, type ParseState } from "./state.js";
import { normalise } from "../stages/normalise/index.js";
import { segment } from "../stages/segment/index.js";
import { entities } from "../stages/entities/index.js";
import { quotes } from "../stages/quotes/index.js";
import { attribution } from "../stages/attribution/index.js";
import { time } from "../stages/time/index.js";
import { timeline } from "../stages/timeline/index.js";

/** A named pipeline stage and the earlier stages whose output it reads. */
export interface NamedStage {
  readonly name: string;
  readonly run: Stage;
  readonly needs: readonly string[];
}

/** The stages in order; `assemble` turns the final state into the report. */
export const STAGES: readonly NamedStage[] = Object.freeze([
  { name: "normalise", run: normalise, needs: [] },
  { name: "segment", run: segment, needs: ["normalise"] },
  { name: "entities", run: entities, needs: ["segment"] },
  { name: "quotes", run: quotes, needs: ["entities"] },
  { name: "attribution", run: attribution, needs: ["quotes"] },
  // Time reads tokens, blocks and sentences only, so `extractTimexes` skips people and quotes.
  { name: "time", run: time, needs: ["segment"] },
  { name: "timeline", run: timeline, needs: ["time", "attribution"] },
]);

/** Runs, in order, the stages that `until` needs (all of them by default), ending with `until`. */
export function runStages(ctx: ParseContext, until?: string): ParseState {
  const wanted = until === undefined ? null : neededFor(until);
  let state = emptyState(ctx.text);
  for (const stage of STAGES) {
    if (wanted !== null && !wanted.has(stage.name)) continue;
    state = stage.run(ctx, state);
    if (stage.name === until) break;
  }
  return state;
}

/** `name` and every stage it needs, directly or through others. */
function neededFor(name: string): ReadonlySet<string> {
  const out = new Set<string>();
  const visit = (n: string): void => {
    if (out.has(n)) return;
    out.add(n);
    for (const d of STAGES.find((s) => s.name === n)?.needs ?? []) visit(d);
  };
  visit(name);
  return out;
}
