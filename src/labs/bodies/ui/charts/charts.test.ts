import { describe, expect, it } from 'vitest';
import { fakeSvg } from '../../../../test-utils/fake-svg';
import { blocksOf, MAX_EDGES, renderBipartite, strongestEdges } from './bipartite';
import { greyLevels } from './grey';
import { renderBars } from './hidden-bars';
import { maxAbs, renderHeat, topAt } from './hidden-heat';
import { renderTimeSeries } from './time-series';

const f64 = (...v: number[]) => Float64Array.from(v);

describe('renderTimeSeries', () => {
  const data = {
    name: 'hidden-energy',
    title: 'Energy against time',
    yTitle: 'energy E',
    dt: 0.5,
    series: [
      { label: 'two layers', values: f64(1, 0.4, 0.5, 0.1) },
      { label: 'effective', values: f64(0.9, 0.3, 0.2, 0.1) },
    ],
    cursor: 2,
    rises: [2],
  };
  it('draws a line per series, the cursor and the rises, and says it in words', () => {
    const { svg, root } = fakeSvg();
    for (const width of [300, 800]) {
      renderTimeSeries(svg, data, { width });
      expect(root.find('path', 'series-line')).toHaveLength(2);
      expect(root.find('line', 'cursor')).toHaveLength(1);
      expect(root.find('circle', 'rise-dot')).toHaveLength(1);
      expect(root.getAttribute('aria-label')).toBe(
        'Energy against time: two layers from 1 at t = 0 to 0.1 at t = 1.5; effective from 0.9 at t = 0 to 0.1 at t = 1.5; it rose at 1 steps.',
      );
      expect(root.badAttributes()).toEqual([]);
    }
  });
  it('says there is no run, and draws no cursor outside the run', () => {
    const { svg, root } = fakeSvg();
    renderTimeSeries(svg, { ...data, series: [] }, { width: 320 });
    expect(root.textContent).toContain('no run yet');
    renderTimeSeries(svg, { ...data, cursor: 9, rises: [] }, { width: 320 });
    expect(root.find('line', 'cursor')).toHaveLength(0);
    expect(root.find('circle', 'rise-dot')).toHaveLength(0);
  });
});

describe('the hidden layer charts', () => {
  const f = f64(0, 0.2, 0.8, 0, 0.9, 0.1, 1, 0, 0); // 3 frames × 3 memories
  it('finds the largest output and the most active memory per frame', () => {
    expect(maxAbs(f)).toBe(1);
    expect(topAt(f, 3, 0)).toBe(2);
    expect(topAt(f, 3, 2)).toBe(0);
  });
  it('heat: a cell per active (frame, memory), the cursor, the winner in words', () => {
    const { svg, root } = fakeSvg();
    renderHeat(svg, { t: [0, 1, 2], f, K: 3, labels: [3, 5, 7], cursor: 1 }, { width: 400 });
    const cells = root.find('g', 'heat-cells')[0].children;
    expect(cells).toHaveLength(5); // the zeros are left out
    expect(root.find('line', 'cursor')).toHaveLength(1);
    expect(root.getAttribute('aria-label')).toContain(
      'at the end memory 0 (digit 3) is the most active',
    );
    expect(root.badAttributes()).toEqual([]);
    renderHeat(svg, { t: [], f: f64(), K: 3, labels: [], cursor: null }, { width: 400 });
    expect(root.textContent).toContain('no run yet');
  });
  it('bars: one per memory on the run’s scale, the largest highlighted, thumbnails when given', () => {
    const { svg, root } = fakeSvg();
    renderBars(
      svg,
      { f: f64(0.2, 0.7, 0.1), top: 1, labels: [3, 5, 7], thumbs: ['a', 'b', 'c'] },
      { width: 320 },
    );
    const bars = root.find('rect', 'bar');
    expect(bars).toHaveLength(3);
    expect(root.find('rect', 'top')[0].getAttribute('data-memory')).toBe('1');
    expect(root.find('image', 'thumb')).toHaveLength(3);
    const h = bars.map((b) => Number(b.getAttribute('height')));
    expect(h[1]).toBeGreaterThan(h[0]);
    expect(root.getAttribute('aria-label')).toContain('memory 1 (digit 5) with f = 0.7');
    expect(root.badAttributes()).toEqual([]);
  });
});

describe('the bipartite graph', () => {
  // 4×4 pixels in 2×2 blocks; memory 0 is the top-left block, memory 1 the bottom-right.
  const memories = new Float64Array(32);
  for (const i of [0, 1, 4, 5]) memories[i] = 0.5;
  for (const i of [10, 11, 14, 15]) memories[16 + i] = 0.5;
  const g = new Float64Array(16).fill(0.25);
  const d = { rows: 4, cols: 4, g, f: f64(0.9, 0.1), memories, labels: [2, 8], block: 2 };
  it('sums g per block and finds each block’s input to each neuron', () => {
    const b = blocksOf(d);
    expect([b.br, b.bc]).toEqual([2, 2]);
    expect(Array.from(b.sum)).toEqual([1, 1, 1, 1]);
    const edges = strongestEdges(d);
    expect(edges.map((e) => [e.block, e.memory])).toEqual([
      [0, 0],
      [3, 1],
    ]);
    expect(edges[0].c).toBeCloseTo(0.5, 12);
  });
  it('draws the blocks, a node per hidden neuron and the edges, at most MAX_EDGES', () => {
    const { svg, root } = fakeSvg();
    renderBipartite(svg, d, { width: 360 });
    expect(root.find('rect', 'block')).toHaveLength(4);
    expect(root.find('circle', 'node')).toHaveLength(2);
    expect(root.find('line', 'edge')).toHaveLength(2);
    expect(root.getAttribute('aria-label')).toContain(
      'The most active hidden neuron is 0 (digit 2)',
    );
    expect(root.badAttributes()).toEqual([]);
    const big = { ...d, rows: 28, cols: 28, g: new Float64Array(784).fill(1), block: 4 };
    big.memories = new Float64Array(50 * 784).fill(0.1);
    big.f = new Float64Array(50).fill(0.02);
    big.labels = Array.from({ length: 50 }, (_, m) => m % 10);
    expect(strongestEdges(big)).toHaveLength(MAX_EDGES);
  });
});

describe('greyLevels', () => {
  it('scales to the brightest value, negatives and non-finite values as paper', () => {
    expect(Array.from(greyLevels([0, 0.5, 1, -1, NaN]))).toEqual([0, 128, 255, 0, 0]);
    expect(Array.from(greyLevels([0, 0]))).toEqual([0, 0]);
  });
});
