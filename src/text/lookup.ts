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

/** Index of the first item whose `start` is at or after `offset`, in items sorted by `start` (binary search). */
export function firstStartingAtOrAfter(items: readonly { readonly start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
