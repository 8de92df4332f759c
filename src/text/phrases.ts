import type { PhraseIndex } from "../lexicon/compile.js";
import type { Token } from "./tokens.js";

/**
 * Length in tokens of the longest phrase of `index` that starts at token
 * `i`, or 0. Phrases are lower-case words; punctuation tokens inside the
 * text (`U.S.` gives `u.s` and `.`) are matched as words too.
 */
export function matchPhrase(tokens: readonly Token[], i: number, index: PhraseIndex, maxGap = 1): number {
  const first = tokens[i];
  if (first === undefined) return 0;
  // (Accents aside: the index holds each phrase folded too, `Brasília` meets `Brasilia`.)
  const candidates = index.get(first.lower) ?? (first.folded === first.lower ? undefined : index.get(first.folded));
  if (candidates === undefined) return 0;
  for (const words of candidates) {
    let ok = true;
    for (let k = 1; k < words.length; k++) {
      const t = tokens[i + k];
      const prev = tokens[i + k - 1];
      if (t === undefined || prev === undefined || (t.lower !== words[k] && t.folded !== words[k]) || t.start - prev.end > maxGap) {
        ok = false;
        break;
      }
    }
    if (ok) return words.length;
  }
  return 0;
}
