import type { Lexicon } from "../lexicon/compile.js";
import type { ParseState } from "./state.js";

/** What every stage may read and none may change. */
export interface ParseContext {
  /** The text under analysis (already cut to `maxInputLength`). */
  readonly text: string;
  /** The reference date (`YYYY-MM-DD`), or null: the core never reads the clock. */
  readonly referenceDate: string | null;
  /** Built-in lexicons merged with the caller's, caller first. */
  readonly lexicon: Lexicon;
}

/** A pipeline stage: a pure function of the context and the state so far. */
export type Stage = (ctx: ParseContext, state: ParseState) => ParseState;
