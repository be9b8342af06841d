import { describe, expect, it } from 'vitest';
import { fakeSvg } from '../../../../test-utils/fake-svg';
import { correlationColour } from './cdam-scale';
import { heatmapColumns, heatmapScene, MAX_COLUMNS, renderHeatmap } from './heatmap';

/** T × P with memory μ's correlation (μ + 1)/P at every step but the last, where it is −1. */
const trace = (T: number, P: number) =>
  Float64Array.from({ length: T * P }, (_, k) =>
    Math.floor(k / P) === T - 1 ? -1 : ((k % P) + 1) / P,
  );

describe('the correlation heat map', () => {
  it('draws one cell per memory and colour run, memories in the order given, and the now rule', () => {
    const { svg, root } = fakeSvg();
    const P = 3;
    const T = 10;
    renderHeatmap(
      svg,
      { P, T, m: trace(T, P), order: [2, 0, 1], labels: ['A', 'B', 'C'], now: 4 },
      { width: 400 },
    );
    // Each row: one run of steps 0 … 8 and the last step on its own.
    const cells = root.find('rect', 'cell');
    expect(cells).toHaveLength(2 * P);
    expect(cells[0].getAttribute('fill')).toBe(correlationColour(1));
    expect(cells[1].getAttribute('fill')).toBe(correlationColour(-1));
    expect(cells[2].getAttribute('fill')).toBe(correlationColour(0.35));
    expect(root.find('text', 'memory-label').map((t) => t.textContent)).toEqual(['C', 'A', 'B']);
    expect(root.find('line', 'now-rule')).toHaveLength(1);
    expect(root.find('text', 'axis-label').map((t) => t.textContent)).toEqual(['step', 'memory']);
    expect(root.find('text', 'legend-text')[0].textContent).toMatch(/−1 \(blue\)/);
    expect(root.getAttribute('aria-label')).toMatch(
      /3 memories over 10 steps; at the last step memory A/,
    );
    expect(root.badAttributes()).toEqual([]);
  });

  it('averages a long run into at most MAX_COLUMNS columns', () => {
    const T = 1000;
    const P = 2;
    const m = Float64Array.from({ length: T * P }, (_, k) => (Math.floor(k / P) % 2 ? 1 : 0));
    const c = heatmapColumns(T, P, m);
    expect(c.cols).toBe(MAX_COLUMNS);
    expect(c.from[MAX_COLUMNS]).toBe(T);
    expect(c.v.every((v) => v > 0 && v < 1)).toBe(true);
    expect(heatmapColumns(50, P, m).cols).toBe(50);
    const s = heatmapScene({ P, T, m: trace(T, P), width: 480 });
    const { svg, root } = fakeSvg();
    renderHeatmap(svg, { P, T, m: trace(T, P) }, { width: 480 });
    expect(root.find('rect', 'cell').length).toBeLessThanOrEqual(P * MAX_COLUMNS);
    expect(root.textContent).toMatch(/each column is the mean of 2.5 steps/);
    expect(s.attrs['aria-label']).toMatch(/400 columns/);
  });
});
