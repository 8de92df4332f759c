import type { Sentence } from "../model/index.js";

/** The sentence that holds `offset` (binary search over sentences in text order). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return spanAt(sentences, offset);
}

/** The item whose `[start, end)` holds `offset`, in items sorted and not overlapping (binary search). */
export function spanAt<T extends { readonly start: number; readonly end: number }>(items: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  const item = items[lo];
  return item !== undefined && item.start <= offset ? item : undefined;
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

/**
 * Sorted, disjoint `[start, end)` ranges of `items`, flat (`start0, end0, start1, …`): a document of thirty thousand
 * quotes would otherwise hold as many small arrays while the stage runs.
 */
export function flatRanges<T>(items: readonly T[], start: (item: T) => number, end: (item: T) => number): number[] {
  const out: number[] = [];
  for (const item of items) out.push(start(item), end(item));
  return out;
}

/** True when `offset` lies in one of the flat ranges. */
export function inRanges(ranges: readonly number[], offset: number): boolean {
  return rangeAt(ranges, offset) >= 0;
}

/** Index of the range (its start's place in the flat list) that holds `offset`, or -1 (binary search). */
export function rangeAt(ranges: readonly number[], offset: number): number {
  let lo = 0;
  let hi = ranges.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[2 * mid + 1] ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return (ranges[2 * lo] ?? Infinity) <= offset ? 2 * lo : -1;
}
