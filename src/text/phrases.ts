import type { PhraseIndex } from "../lexicon/compile.js";
import type { TokenList } from "./tokens.js";

/**
 * Length in tokens of the longest phrase of `index` that starts at token
 * `i`, or 0. Phrases are lower-case words; punctuation tokens inside the
 * text (`U.S.` gives `u.s` and `.`) are matched as words too.
 */
export function matchPhrase(tokens: TokenList, i: number, index: PhraseIndex, maxGap = 1): number {
  const lower = tokens.lowerAt(i);
  if (lower === undefined) return 0;
  // (Accents aside: the index holds each phrase folded too, `Brasília` meets `Brasilia`.)
  const folded = tokens.foldedAt(i);
  const candidates = index.get(lower) ?? (folded === lower || folded === undefined ? undefined : index.get(folded));
  if (candidates === undefined) return 0;
  // (Read by index, not as tokens: this runs at every token of a text, for every lexicon.)
  for (const words of candidates) {
    let ok = true;
    for (let k = 1; k < words.length; k++) {
      const start = tokens.startAt(i + k);
      const prevEnd = tokens.endAt(i + k - 1);
      if (start === undefined || prevEnd === undefined || (tokens.lowerAt(i + k) !== words[k] && tokens.foldedAt(i + k) !== words[k]) || start - prevEnd > maxGap) {
        ok = false;
        break;
      }
    }
    if (ok) return words.length;
  }
  return 0;
}
