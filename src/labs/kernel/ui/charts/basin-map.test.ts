import { describe, expect, it } from 'vitest';
import { fakeSvg } from '../../../../test-utils/fake-svg';
import { basinColour, marksInUnit, NONE_FILL, renderBasinMap, runs } from './basin-map';

const cells = (labels: number[], R: number, converged: number) => ({
  R,
  labels: Int16Array.from(labels),
  share: Float64Array.from([0.5, 0.25]),
  converged,
});

describe('the basin maps', () => {
  it('merges a row’s cells of one label into runs', () => {
    expect(runs([0, 0, 1, -1, -1, 0], 3, 0)).toEqual([
      [0, 2, 0],
      [2, 1, 1],
    ]);
    expect(runs([0, 0, 1, -1, -1, 0], 3, 1)).toEqual([
      [0, 2, -1],
      [2, 1, 0],
    ]);
  });

  it('draws before | after with white where no memory was reached, the marks and the converged share', () => {
    const { svg, root } = fakeSvg();
    const before = cells([0, -1, -1, 1], 2, 0.5);
    const after = cells([0, 0, 1, 1], 2, 1);
    renderBasinMap(
      svg,
      {
        before,
        after,
        marks: [
          { x: 0.25, y: 0.25 },
          { x: 0.75, y: 0.75 },
        ],
      },
      { width: 700 },
    );
    expect(root.find('g', 'basin-panel')).toHaveLength(2);
    expect(root.find('rect', 'none').map((r) => r.getAttribute('fill'))).toEqual([
      NONE_FILL,
      NONE_FILL,
    ]);
    expect(root.find('rect', 'run')).toHaveLength(4 + 2);
    expect(root.find('circle', 'memory-mark')).toHaveLength(4);
    expect(root.find('text', 'panel-title').map((t) => t.textContent)).toEqual([
      'before: 50% converged',
      'after: 100% converged',
    ]);
    expect(basinColour(0)).not.toBe(basinColour(1));
    expect(root.getAttribute('aria-label')).toMatch(
      /50% of queries converged .* before U-Hop\+, 100% after/,
    );
    expect(root.badAttributes()).toEqual([]);
    renderBasinMap(svg, null, { width: 320 });
    expect(root.find('g', 'empty')).toHaveLength(1);
  });

  it('maps plane coordinates into the unit square and drops marks outside', () => {
    const e = { x0: -1, x1: 1, y0: -2, y1: 2 };
    expect(
      marksInUnit(
        [
          { x: 0, y: 0 },
          { x: 5, y: 0 },
        ],
        e,
      ),
    ).toEqual([{ x: 0.5, y: 0.5, k: 0 }]);
    expect(
      marksInUnit(
        [
          { x: 5, y: 0 },
          { x: 0, y: 0 },
        ],
        e,
      )[0].k,
    ).toBe(1);
  });
});
