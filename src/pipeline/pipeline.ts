import type { ParseContext, Stage } from "./context.js";
import { emptyState, type ParseState } from "./state.js";
import { normalise } from "../stages/normalise/index.js";
import { segment } from "../stages/segment/index.js";
import { entities } from "../stages/entities/index.js";
import { quotes } from "../stages/quotes/index.js";
import { attribution } from "../stages/attribution/index.js";
import { time } from "../stages/time/index.js";
import { timeline } from "../stages/timeline/index.js";

/** A named pipeline stage. */
export interface NamedStage {
  readonly name: string;
  readonly run: Stage;
}

/** The stages in order; `assemble` turns the final state into the report. */
export const STAGES: readonly NamedStage[] = Object.freeze([
  { name: "normalise", run: normalise },
  { name: "segment", run: segment },
  { name: "entities", run: entities },
  { name: "quotes", run: quotes },
  { name: "attribution", run: attribution },
  { name: "time", run: time },
  { name: "timeline", run: timeline },
]);

/** Runs the stages up to and including `until` (all of them by default). */
export function runStages(ctx: ParseContext, until?: string): ParseState {
  let state = emptyState(ctx.text);
  for (const stage of STAGES) {
    state = stage.run(ctx, state);
    if (stage.name === until) break;
  }
  return state;
}
