import { describe, expect, it } from 'vitest';
import { visibleRects } from './visible';

/** A fake box: one 20 px line per 100 characters; a span's rect is its line. */
const line = (offset: number) => Math.floor(offset / 100) * 20;
const rect = (top: number) =>
  ({ top, bottom: top + 18, left: 0, right: 50, width: 50, height: 18 }) as DOMRect;

describe('visibleRects', () => {
  const spans = Array.from({ length: 1000 }, (_, i) => ({ start: i * 100 + 10, end: i * 100 + 30 }));
  const clip = { top: 10_000, bottom: 10_600 } as DOMRect; // lines 500 to 530 on screen

  it('measures only spans near the visible part, in a logarithmic number of probes plus those on screen', () => {
    const measured: number[] = [];
    const out = visibleRects(
      spans,
      (start) => {
        measured.push(start);
        return [rect(line(start))];
      },
      clip,
      100,
    );
    const shown = out.map((r, i) => (r.length ? i : -1)).filter((i) => i >= 0);
    // Lines whose bottom is at or below 9,900 and whose top is at or above 10,700: spans 495 to 535.
    expect(shown[0]).toBe(495);
    expect(shown.at(-1)).toBe(535);
    expect(shown.length).toBe(41);
    expect(measured.length).toBeLessThan(41 + 2 * Math.log2(1000) + 2);
  });

  it('keeps the findings order whatever order the spans come in', () => {
    const shuffled = [...spans].reverse();
    const out = visibleRects(shuffled, (start) => [rect(line(start))], clip, 0);
    const shown = out.map((r, i) => (r.length ? shuffled[i]!.start : -1)).filter((s) => s >= 0);
    expect(shown.length).toBe(31);
    expect(Math.min(...shown)).toBe(50_010);
  });

  it('spans with no rects (hidden text) are not drawn', () => {
    const out = visibleRects(spans, (start) => (start % 200 === 10 ? [] : [rect(line(start))]), clip, 0);
    expect(out.every((r, i) => r.length === 0 || i % 2 === 1)).toBe(true);
    expect(out.filter((r) => r.length).length).toBeGreaterThan(10);
  });
});
