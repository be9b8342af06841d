import { describe, expect, it } from 'vitest';
import { fakeSvg } from '../../../../test-utils/fake-svg';
import { sizeLabels } from '../../app/support-sizes';
import { renderSupport } from './support-bars';

const hist = (counts: number[]) => {
  const queries = counts.reduce((a, b) => a + b, 0);
  return { counts, queries, single: counts[0] / queries, mean: 1 };
};

describe('the support-size bars', () => {
  it('draws raw and learned bars per size and normaliser, shares of the queries', () => {
    const { svg, root } = fakeSvg();
    renderSupport(
      svg,
      [
        { normaliser: 'softmax', phi: 'raw', histogram: hist([2, 4, 4]) },
        { normaliser: 'softmax', phi: 'learned', histogram: hist([8, 2, 0]) },
        { normaliser: 'sparsemax', phi: 'raw', histogram: hist([5, 5, 0]) },
        { normaliser: 'sparsemax', phi: 'learned', histogram: hist([10, 0, 0]) },
      ],
      { width: 400 },
    );
    expect(sizeLabels(3)).toEqual(['1', '2', '≥3']);
    expect(root.find('rect', 'raw')).toHaveLength(6);
    expect(root.find('rect', 'learned')).toHaveLength(6);
    expect(root.find('text', 'group-title').map((t) => t.textContent)).toEqual([
      'softmax',
      'sparsemax',
    ]);
    expect(root.getAttribute('aria-label')).toContain(
      'softmax, raw Φ: 20% size 1; softmax, learned Φ: 80% size 1',
    );
    expect(root.badAttributes()).toEqual([]);
    renderSupport(svg, [], { width: 320 });
    expect(root.find('g', 'empty')).toHaveLength(1);
  });
});
