import { describe, expect, it } from 'vitest';
import { fakeSvg } from '../../../../test-utils/fake-svg';
import { cellColour, rangeOf, renderLandscape } from './rf-landscape';

const R = 4;
const bowl = Float64Array.from({ length: R * R }, (_, k) => (k % R) ** 2 + Math.floor(k / R) ** 2);
const off = Float64Array.from(bowl, (v, k) => (k === 5 ? NaN : v + 100));

const data = {
  R,
  lo: -1,
  hi: 1,
  panels: [
    { label: 'exact', energy: bowl, path: Float64Array.from([0, 0, -0.5, -0.5, -1, -1]) },
    { label: 'distributed', energy: off, path: null },
  ],
  memories: Float64Array.from([-1, -1, 1, 1]),
  cue: [0, 0] as const,
};

describe('renderLandscape', () => {
  it('draws R² cells per panel, the memories, the cue and the path', () => {
    const { svg, root } = fakeSvg();
    for (const width of [320, 800]) {
      renderLandscape(svg, data, { width });
      expect(root.find('g', 'rf-panel')).toHaveLength(2);
      expect(root.find('rect')).toHaveLength(2 * R * R);
      expect(root.find('circle', 'rf-memory')).toHaveLength(4);
      expect(root.find('path', 'rf-cue')).toHaveLength(2);
      expect(root.find('path', 'rf-path')).toHaveLength(1);
      expect(root.getAttribute('aria-label')).toContain('2 memories marked');
      expect(root.badAttributes()).toEqual([]);
    }
  });
  it('stacks the panels on a phone and puts them side by side when wide', () => {
    const { svg, root } = fakeSvg();
    renderLandscape(svg, data, { width: 320 });
    const tall = Number(root.getAttribute('height'));
    renderLandscape(svg, data, { width: 800 });
    expect(tall).toBeGreaterThan(Number(root.getAttribute('height')));
  });
  it('colours both panels on the exact scale: off values saturate, refused cells are grey', () => {
    const { svg, root } = fakeSvg();
    renderLandscape(svg, data, { width: 800 });
    const fills = root.find('rect').map((r) => r.getAttribute('fill'));
    const second = fills.slice(R * R);
    expect(second[5]).toBe('#9a9a9a');
    expect(new Set(second.filter((_, k) => k !== 5)).size).toBe(1);
    expect(fills[0]).toBe(cellColour(0, 0, 18));
  });
  it('says so without data or with a grid of the wrong size', () => {
    const { svg, root } = fakeSvg();
    renderLandscape(
      svg,
      { ...data, panels: [{ label: 'x', energy: [1, 2], path: null }] },
      { width: 400 },
    );
    expect(root.textContent).toContain('none computed yet');
    expect(rangeOf([NaN])).toBeNull();
    expect(rangeOf([2, 2])).toEqual([2, 3]);
  });
});
