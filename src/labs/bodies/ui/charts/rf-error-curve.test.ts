import { describe, expect, it } from 'vitest';
import type { FeaturesPoint } from '../../../../core/features/experiment-types';
import { fakeSvg } from '../../../../test-utils/fake-svg';
import { renderErrorCurve, renderRetrievalCurve, seriesOf } from './rf-error-curve';
import { logTickLabel, logTicks, wholeTicks } from './rf-logx';

const pt = (beta: number, Y: number, query: FeaturesPoint['query'], e: number, hd?: number) => ({
  beta,
  Y,
  query,
  energyMAE: e,
  energySEM: e / 10,
  gradMAE: e,
  ...(hd === undefined ? {} : { retrievalHamming: hd, retrievalAgree: hd === 0 ? 1 : 0.5 }),
});

// Error ∝ Y^(-1/2) at β = 10, ∝ Y^(-1/4) at β = 30 (stored queries only for β = 30).
const points: FeaturesPoint[] = [256, 1024, 4096].flatMap((Y) => [
  pt(10, Y, 'stored', 4 / Math.sqrt(Y), 0.2 / Math.log2(Y)),
  pt(10, Y, 'random', 40 / Math.sqrt(Y)),
  pt(30, Y, 'stored', 2 / Y ** 0.25),
]);
const curves = [
  { beta: 10, query: 'stored' as const, slope: -0.5, intercept: 1 },
  { beta: 10, query: 'random' as const, slope: -0.5, intercept: 3 },
  { beta: 30, query: 'stored' as const, slope: null, intercept: null },
];
const baselines = [{ beta: 10, randomGuess: 3 }];

describe('renderErrorCurve', () => {
  it('draws one series per (β, query) with its points, the fits and the slopes in words', () => {
    const { svg, root } = fakeSvg();
    for (const width of [320, 800]) {
      renderErrorCurve(svg, { points, curves, baselines }, { width });
      expect(root.find('g', 'rf-curve')).toHaveLength(3);
      expect(root.find('circle', 'rf-point')).toHaveLength(9);
      // β = 30 has no slope from the core: no fitted line for it.
      expect(root.find('line', 'rf-fit')).toHaveLength(2);
      expect(root.find('g', 'rf-baseline')).toHaveLength(1);
      const legend = root
        .find('text', 'legend-text')
        .map((t) => t.textContent)
        .join(' ');
      expect(legend).toContain('β = 10, at memories: slope −0.5');
      expect(legend).toContain('β = 30, at memories: no slope yet');
      expect(root.getAttribute('aria-label')).toContain('log–log');
      expect(root.badAttributes()).toEqual([]);
    }
  });
  it('draws a slope of −½ as a line falling one decade per 6.64 doublings', () => {
    const { svg, root } = fakeSvg();
    renderErrorCurve(svg, { points, curves, baselines: [] }, { width: 600 });
    const fit = root.find('line', 'rf-fit')[0];
    const n = (k: string) => Number(fit.getAttribute(k));
    // The fit goes down (larger y in pixels) as Y grows.
    expect(n('y2')).toBeGreaterThan(n('y1'));
    const circles = root.find('circle', 'rf-point').slice(0, 3);
    // The points of an exact power law lie on its fit: first and last point match the ends.
    const cy = circles.map((c) => Number(c.getAttribute('cy')));
    expect(Math.abs(cy[0] - n('y1'))).toBeLessThan(0.6);
  });
  it('says so with no usable point, and skips zero or non-finite errors', () => {
    const { svg, root } = fakeSvg();
    renderErrorCurve(svg, { points: [], curves: [], baselines: [] }, { width: 320 });
    expect(root.textContent).toContain('no points yet');
    renderErrorCurve(
      svg,
      {
        points: [pt(1, 256, 'near', 0), pt(1, 512, 'near', NaN), pt(1, 1024, 'near', 0.1)],
        curves: [],
        baselines: [],
      },
      { width: 320 },
    );
    expect(root.find('circle', 'rf-point')).toHaveLength(1);
    expect(root.badAttributes()).toEqual([]);
  });
});

describe('renderRetrievalCurve', () => {
  it('draws the Hamming distance of the retrieval points only', () => {
    const { svg, root } = fakeSvg();
    renderRetrievalCurve(svg, { points, curves, baselines }, { width: 400 });
    expect(root.find('g', 'rf-curve')).toHaveLength(1);
    expect(root.find('circle', 'rf-point')).toHaveLength(3);
    expect(root.getAttribute('aria-label')).toContain('at the largest Y');
    expect(root.badAttributes()).toEqual([]);
    renderRetrievalCurve(svg, { points: [points[1]], curves, baselines }, { width: 400 });
    expect(root.textContent).toContain('no retrieval run yet');
  });
});

describe('helpers', () => {
  it('groups by β then query, each sorted by Y', () => {
    const s = seriesOf([...points].reverse());
    expect(s.map((x) => `${x.beta}/${x.query}`)).toEqual(['10/stored', '10/random', '30/stored']);
    expect(s[0].points.map((p) => p.Y)).toEqual([256, 1024, 4096]);
  });
  it('puts whole-number ticks in a range, thinned', () => {
    expect(wholeTicks(7.75, 12.25, 10)).toEqual([8, 9, 10, 11, 12]);
    expect(wholeTicks(0, 20, 5)).toEqual([0, 5, 10, 15, 20]);
    expect(wholeTicks(3.2, 3.8, 4)).toEqual([]);
    // Under two decades in range: 2·10^k and 5·10^k join in, labelled as such.
    const narrow = logTicks(-2.9, -1.9, 6);
    expect(narrow.map(logTickLabel)).toEqual(['2e-3', '5e-3', '1e-2']);
    expect(logTicks(-3.1, -0.9, 6)).toEqual([-3, -2, -1]);
  });
});
