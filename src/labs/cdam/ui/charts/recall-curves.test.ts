import { describe, expect, it } from 'vitest';
import type { RangeOfRecallRow } from '../../../../core/cdam/experiments';
import { SERIES } from '../../../../charts/palette';
import { fakeSvg } from '../../../../test-utils/fake-svg';
import { recallScene, renderRecall } from './recall-curves';

const modes = { auto: 1, narrow: 0, wide: 0, quiescent: 0 };
const rows: RangeOfRecallRow[] = [
  { a: 1, h: 0, byDistance: [0.9, 0.1, 0], attractorByDistance: [1, 0.2, 0.1], modes },
  { a: -0.5, h: 1.5, byDistance: [0.3, 0.5, 0.2], attractorByDistance: [1, 0.8, 0.6], modes },
];

describe('the range-of-recall curves', () => {
  it('draws one line with points per (a, h) in series colours, with a legend', () => {
    const { svg, root } = fakeSvg();
    renderRecall(svg, rows, { which: 'byDistance', width: 400 });
    const lines = root.find('path', 'recall-line');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => l.getAttribute('stroke'))).toEqual([SERIES[0], SERIES[1]]);
    expect(root.find('circle', 'recall-point')).toHaveLength(6);
    expect(root.find('text', 'legend-text').map((t) => t.textContent)).toEqual([
      'a = 1, h = 0',
      'a = -0.5, h = 1.5',
    ]);
    expect(root.getAttribute('aria-label')).toMatch(/a = 1, h = 0: 0.9 at d = 0, 0.1 at d = 1/);
    expect(root.badAttributes()).toEqual([]);
    const att = recallScene(rows, { which: 'attractorByDistance' });
    expect(att.attrs['aria-label']).toMatch(/similarity of the final states/);
    expect(recallScene([], { which: 'byDistance' }).attrs['aria-label']).toMatch(/run the sweep/);
  });
});
