import { describe, expect, it } from 'vitest';
import { fakeSvg } from '../../../../test-utils/fake-svg';
import { renderCurve } from './curves';

const history = [0, 1, 2, 3].map((i) => ({
  iteration: i,
  loss: 1 - i / 10,
  minAngleDeg: 40 + 15 * i,
}));

describe('the training curves', () => {
  it('draws the angle with the Tammes line, the Prop. 3.1 bounds and the scrubber', () => {
    const { svg, root } = fakeSvg();
    const d = { history, total: 10, tammesDeg: 90, boundsDeg: { lower: 60, upper: 125 }, scrub: 2 };
    renderCurve(svg, d, { width: 400, which: 'angle' });
    expect(root.find('path', 'history-line')).toHaveLength(1);
    expect(root.find('g', 'tammes-line')[0].textContent).toContain('Tammes optimum 90°');
    expect(root.find('g', 'bound-lower')[0].textContent).toContain('Prop. 3.1 lower bound 60°');
    expect(root.find('g', 'bound-upper')[0].textContent).toContain('upper bound 125°');
    expect(root.find('line', 'scrub-rule')).toHaveLength(1);
    expect(root.getAttribute('aria-label')).toMatch(
      /40° at iteration 0, 85° at iteration 3; Tammes optimum 90°/,
    );
    expect(root.badAttributes()).toEqual([]);
  });

  it('draws the loss alone without bound lines, and says when there is nothing yet', () => {
    const { svg, root } = fakeSvg();
    renderCurve(
      svg,
      { history, total: 3, tammesDeg: 90, boundsDeg: null, scrub: null },
      { width: 320, which: 'loss' },
    );
    expect(root.find('g', 'tammes-line')).toHaveLength(0);
    expect(root.find('line', 'scrub-rule')).toHaveLength(0);
    expect(root.getAttribute('aria-label')).toMatch(
      /Separation loss .*1 at iteration 0, 0.7 at iteration 3/,
    );
    renderCurve(
      svg,
      { history: [], total: 3, tammesDeg: null, boundsDeg: null, scrub: null },
      { width: 320, which: 'angle' },
    );
    expect(root.find('g', 'empty')).toHaveLength(1);
  });
});
