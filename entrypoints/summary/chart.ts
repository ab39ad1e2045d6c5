/** Daily balance over the last weeks (uPlot): one point per day, the week's average as a step, messages as bars. */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Summary } from '@/lib/stats/summary';
import { dayKey, localZone, mondayOf, zonedInstant } from '@/lib/stats/zone';
import { el, section } from './dom';
import { shortDay } from './format';

const css = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/** Each day's week average, so the weekly trend reads as steps under the daily points. */
function weeklySteps(daily: Summary['daily']): Array<number | null> {
  const sums = new Map<string, { total: number; n: number }>();
  for (const p of daily) {
    if (p.averageScore === null) continue;
    const w = sums.get(mondayOf(p.day)) ?? { total: 0, n: 0 };
    // Weighted by messages that day, so a busy day counts more than a quiet one.
    w.total += p.averageScore * Math.max(1, p.messages);
    w.n += Math.max(1, p.messages);
    sums.set(mondayOf(p.day), w);
  }
  return daily.map((p) => {
    const w = sums.get(mondayOf(p.day));
    return w ? w.total / w.n : null;
  });
}

export function renderChart(s: Summary, weeks: number): { element: HTMLElement; mount(): void } {
  const scored = s.daily.filter((p) => p.averageScore !== null);
  const scores = scored.map((p) => Math.round(p.averageScore!));
  const label = scored.length
    ? `Balance per day over the last ${weeks} weeks: ${scored.length} days with requests, ` +
      `from ${Math.min(...scores)} to ${Math.max(...scores)} out of 100.`
    : `No requests in the last ${weeks} weeks yet.`;
  const box = el('div', { id: 'balance-chart', role: 'img', 'aria-label': label });
  const element = section(
    'chart',
    'Balance, day by day',
    el(
      'p',
      { class: 'muted' },
      `Dots: a day's average balance (0 = pure process, 100 = people-aware). Line: the week's average. Bars: messages that day.`,
    ),
    box,
  );

  function mount() {
    const x = s.daily.map((p) => zonedInstant(p.day, 12 * 60, localZone) / 1000);
    const data: uPlot.AlignedData = [
      x,
      s.daily.map((p) => p.averageScore),
      weeklySteps(s.daily),
      s.daily.map((p) => p.messages),
    ];
    const accent = css('--accent') || '#0f766e';
    const muted = css('--muted') || '#5b6472';
    const grid = { stroke: css('--border') || '#dfe2e7', width: 1 };
    const width = () => Math.max(320, box.clientWidth);
    const plot = new uPlot(
      {
        width: width(),
        height: 260,
        padding: [12, 36, 0, 0], // room for the last date label
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
        scales: {
          x: { time: true },
          score: { range: [0, 100] },
          n: { range: (_u, _min, max) => [0, Math.max(4, max * 2.5)] },
        },
        axes: [
          // Ticks at least 90 px apart, so dates never overlap.
          {
            stroke: muted,
            grid,
            space: 90,
            values: (_u, ticks) => ticks.map((t) => shortDay(dayKey(t * 1000, localZone))),
          },
          { scale: 'score', stroke: muted, grid, size: 40 },
        ],
        series: [
          {},
          {
            label: 'Daily balance',
            scale: 'score',
            stroke: accent,
            width: 0,
            points: { show: true, size: 7, fill: accent, stroke: accent },
          },
          {
            label: 'Weekly average',
            scale: 'score',
            stroke: accent,
            width: 2,
            paths: uPlot.paths.stepped!({ align: 1 }),
            points: { show: false },
            spanGaps: false,
          },
          {
            label: 'Messages',
            scale: 'n',
            stroke: 'transparent',
            fill: css('--bar') || 'rgba(91,100,114,0.25)',
            paths: uPlot.paths.bars!({ size: [0.6, 14] }),
            points: { show: false },
          },
        ],
      },
      data,
      box,
    );
    new ResizeObserver(() => plot.setSize({ width: width(), height: 260 })).observe(box);
  }
  return { element, mount };
}
