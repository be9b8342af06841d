import { describe, expect, it } from 'vitest';
import { fakeSvg } from '../../../../test-utils/fake-svg';
import { renderSimilarity, SHOWN_MAX, similarityColour } from './similarity';

const eye = (M: number, off: number) =>
  Float64Array.from({ length: M * M }, (_, k) => (k % (M + 1) === 0 ? 1 : off));

describe('the similarity heat maps', () => {
  it('colours −1 blue, 0 white, +1 red on one scale for both panels', () => {
    expect(similarityColour(0)).toMatch(/^rgb\((2[3-5]\d), (2[3-5]\d), (2[3-5]\d)\)$/);
    const rgbOf = (c: string) => c.match(/\d+/g)!.map(Number);
    const [r1, , b1] = rgbOf(similarityColour(1));
    const [r2, , b2] = rgbOf(similarityColour(-1));
    expect(r1).toBeGreaterThan(b1);
    expect(b2).toBeGreaterThan(r2);
    const { svg, root } = fakeSvg();
    renderSimilarity(svg, { M: 3, before: eye(3, 0.5), after: eye(3, -0.5) }, { width: 700 });
    expect(root.find('g', 'similarity-panel')).toHaveLength(2);
    const cells = root.find('rect', 'cell');
    expect(cells).toHaveLength(18);
    expect(cells[1].getAttribute('fill')).toBe(similarityColour(0.5));
    expect(cells[10].getAttribute('fill')).toBe(similarityColour(-0.5));
    expect(root.getAttribute('aria-label')).toMatch(/0.5 before, -0.5 after/);
    expect(root.find('text', 'legend-text').length).toBeGreaterThan(0);
    expect(root.badAttributes()).toEqual([]);
  });

  it('shows the first memories of a large set and says so', () => {
    const { svg, root } = fakeSvg();
    const M = SHOWN_MAX + 10;
    renderSimilarity(svg, { M, before: eye(M, 0), after: eye(M, 0) }, { width: 320 });
    expect(root.find('rect', 'cell')).toHaveLength(2 * SHOWN_MAX * SHOWN_MAX);
    expect(root.find('text', 'cut-note')[0].textContent).toBe(
      `The first ${SHOWN_MAX} of ${M} memories.`,
    );
  });
});
