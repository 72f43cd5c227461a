import type { Span } from './types';

/** Index of the first item whose start is at or after `offset`; `items` are sorted by start. */
export function lowerBound<T extends { start: number }>(items: readonly T[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items (sorted by start) that start in `[from, to)`. */
export function startingIn<T extends { start: number }>(items: readonly T[], from: number, to: number): T[] {
  return items.slice(lowerBound(items, from), lowerBound(items, to));
}

/** A test for "strictly inside one of these spans" over sorted, non-overlapping spans (quotes). */
export function insideSpans(spans: readonly Span[]): (offset: number) => boolean {
  return (offset) => {
    const k = lowerBound(spans, offset) - 1;
    return k >= 0 && offset > spans[k].start && offset < spans[k].end;
  };
}
