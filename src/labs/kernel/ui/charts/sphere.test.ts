import { describe, expect, it } from 'vitest';
import { fakeSvg } from '../../../../test-utils/fake-svg';
import { closestPair, renderSphere, turn } from './sphere';

// An octahedron: six unit vectors ±e1, ±e2, ±e3, 90° apart.
const OCTA = [1, 0, 0, -1, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 1, 0, 0, -1];

describe('the sphere view', () => {
  it('turns points about the vertical axis and tilts them', () => {
    const [x, y, z] = turn([1, 0, 0], Math.PI / 2, 0);
    expect([x, y, z].map((v) => Math.round(v * 1e6) / 1e6)).toEqual([0, 0, -1]);
    expect(turn([0, 1, 0], 0, Math.PI / 2)[2]).toBeCloseTo(1);
  });

  it('finds the closest pair and its angle', () => {
    expect(closestPair(OCTA, 6, 3)!.deg).toBeCloseTo(90);
    expect(closestPair([1, 0, 0.6, 0.8, -1, 0], 3, 2)).toMatchObject({ a: 0, b: 1 });
  });

  it('draws six memories on the sphere with great circles, front and back, and the closest pair', () => {
    const { svg, root } = fakeSvg();
    for (const width of [300, 700]) {
      renderSphere(
        svg,
        { points: OCTA, M: 6, dims: 3, dPhi: 3, iteration: 500 },
        { width, yaw: 0.4, pitch: 0.3 },
      );
      expect(root.find('circle', 'memory')).toHaveLength(6);
      expect(root.find('circle', 'back').length).toBeGreaterThan(0);
      expect(root.find('circle', 'front').length).toBeGreaterThan(0);
      expect(root.find('path', 'great-front')).toHaveLength(3);
      expect(root.find('line', 'closest-pair')).toHaveLength(1);
      expect(root.find('text', 'memory-label').map((t) => t.textContent)).toHaveLength(6);
      expect(root.getAttribute('aria-label')).toMatch(/on the sphere S².*90° apart/);
      expect(root.badAttributes()).toEqual([]);
    }
  });

  it('draws a circle for D_Φ = 2, says when only three of D_Φ coordinates are shown, and when empty', () => {
    const { svg, root } = fakeSvg();
    renderSphere(
      svg,
      { points: [1, 0, 0, 1], M: 2, dims: 2, dPhi: 2, iteration: 0 },
      { width: 320, yaw: 0, pitch: 0 },
    );
    expect(root.find('path', 'great-front')).toHaveLength(0);
    expect(root.find('circle', 'front')).toHaveLength(2);
    expect(root.find('text', 'caption')[0].textContent).toMatch(/90° apart/);
    renderSphere(
      svg,
      { points: OCTA, M: 6, dims: 3, dPhi: 200, iteration: 3 },
      { width: 320, yaw: 0, pitch: 0 },
    );
    expect(root.find('line', 'closest-pair')).toHaveLength(0);
    expect(root.getAttribute('aria-label')).toContain('the first three of D_Φ = 200 coordinates');
    renderSphere(
      svg,
      { points: [], M: 0, dims: 3, dPhi: 3, iteration: 0 },
      { width: 320, yaw: 0, pitch: 0 },
    );
    expect(root.find('g', 'empty')).toHaveLength(1);
  });
});
