import type { Sentence } from "../model/index.js";

/** The sentence that holds `offset` (binary search over sentences in text order). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo];
  return s !== undefined && s.start <= offset ? s : undefined;
}
