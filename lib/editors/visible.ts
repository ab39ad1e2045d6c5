/**
 * Which findings to measure: only those in or near the visible part of the box. Text flows top to bottom, so
 * a finding's position grows with its offset; a binary search finds the first one near the view and a walk
 * measures on until the first one past it. A 1,000-finding draft costs ~10 + (on screen) measurements a pass,
 * not 1,000; the rest are measured when a scroll brings them near.
 */

export interface Span {
  start: number;
  end: number;
}

/**
 * Rects for each span (same order as `spans`): measured with `measure` for those within `margin` px of `clip`
 * vertically, empty for the rest.
 */
export function visibleRects(
  spans: readonly Span[],
  measure: (start: number, end: number) => DOMRect[],
  clip: DOMRect,
  margin: number,
): DOMRect[][] {
  const out: DOMRect[][] = spans.map(() => []);
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start);
  const cache = new Map<number, DOMRect[]>();
  const rectsAt = (k: number): DOMRect[] => {
    const i = order[k]!;
    let r = cache.get(i);
    if (!r) cache.set(i, (r = measure(spans[i]!.start, spans[i]!.end)));
    return r;
  };
  const top = clip.top - margin;
  const bottom = clip.bottom + margin;
  // First position whose last line ends at or below `top` (unmeasurable spans, e.g. hidden text, count as below).
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = rectsAt(mid);
    const end = r.length ? Math.max(...r.map((x) => x.bottom)) : Infinity;
    if (end < top) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < order.length; k++) {
    const r = rectsAt(k);
    if (r.length && Math.min(...r.map((x) => x.top)) > bottom) break;
    out[order[k]!] = r;
  }
  return out;
}
