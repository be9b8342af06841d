import { describe, expect, it } from 'vitest';
import { fakeSvg } from '../../../../test-utils/fake-svg';
import { BANDS, contourScene, energyRange, renderContours } from './contours';

const R = 12;
const bowl = (c: number) =>
  Float64Array.from({ length: R * R }, (_, k) => {
    const x = ((k % R) / (R - 1)) * 3 - 1.5;
    const y = (Math.floor(k / R) / (R - 1)) * 3 - 1.5;
    return c * (x * x + y * y);
  });

describe('the energy contours', () => {
  it('puts every panel on one scale and draws bands, rings and the legend', () => {
    const grids = [
      { iteration: 0, energy: bowl(1) },
      { iteration: 5, energy: bowl(2) },
    ];
    expect(energyRange(grids)).toEqual([expect.closeTo(0.02, 1), expect.closeTo(9, 5)]);
    const { svg, root } = fakeSvg();
    renderContours(svg, { R, extent: 1.5, grids, marks: [1, 0, 0, 1] }, { width: 700 });
    expect(root.find('g', 'contour-panel')).toHaveLength(2);
    expect(root.find('path', 'band').length).toBeGreaterThanOrEqual(BANDS);
    expect(root.find('path', 'band')[0].getAttribute('d')).toMatch(/^M/);
    expect(root.find('circle', 'memory-ring')).toHaveLength(4);
    expect(root.find('text', 'panel-title').map((t) => t.textContent)).toEqual([
      'before (0 iterations)',
      'after 5 iterations',
    ]);
    expect(root.getAttribute('aria-label')).toMatch(/after 0, 5 U-Hop\+ iterations/);
    expect(root.badAttributes()).toEqual([]);
  });

  it('says when there is nothing to draw', () => {
    expect(
      contourScene({ R, extent: 1, grids: [], marks: null }, { width: 320 }).children,
    ).toHaveLength(1);
  });
});
