import type { Stage } from "../../pipeline/context.js";
import { tokenize } from "../../text/tokens.js";
import { findBlocks } from "./blocks.js";
import { findSentences } from "./sentences.js";

/** Splits the view into tokens, blocks (headings, paragraphs, credits, turns) and sentences. */
export const segment: Stage = (ctx, state) => {
  const tokens = tokenize(state.view);
  const blocks = findBlocks(state.view, ctx.lexicon);
  const sentences = findSentences(state.view, tokens, blocks);
  return { ...state, tokens, blocks, sentences };
};
