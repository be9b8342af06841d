import { describe, expect, it } from 'vitest';
import { fakeSvg } from '../../../../test-utils/fake-svg';
import { DISTRIBUTED_COLOUR, EXACT_COLOUR, renderTrace } from './rf-trace';

const data = {
  title: 'Energy along the descent',
  yTitle: 'energy',
  every: 10,
  series: [
    { label: 'exact (MrDAM)', values: [0.5, 0.2, -0.1, -0.2], colour: EXACT_COLOUR },
    { label: 'distributed (DrDAM)', values: [0.6, 0.25, NaN, -0.15], colour: DISTRIBUTED_COLOUR },
  ],
};

describe('renderTrace', () => {
  it('draws both lines over the recorded steps and reads their last values', () => {
    const { svg, root } = fakeSvg();
    for (const width of [300, 700]) {
      renderTrace(svg, data, { width });
      expect(root.find('path', 'rf-trace-line')).toHaveLength(2);
      expect(root.getAttribute('aria-label')).toBe(
        'Energy along the descent over 30 steps: exact (MrDAM): -0.2 at the end; distributed (DrDAM): -0.15 at the end',
      );
      expect(root.badAttributes()).toEqual([]);
    }
  });
  it('leaves a gap at a missing value and says so with nothing to draw', () => {
    const { svg, root } = fakeSvg();
    renderTrace(svg, data, { width: 400 });
    const d = root.find('path', 'rf-trace-line')[1].getAttribute('d')!;
    // Two pieces: the path moves (M) twice.
    expect(d.match(/M/g)).toHaveLength(2);
    renderTrace(svg, { ...data, series: [] }, { width: 400 });
    expect(root.textContent).toContain('no descent yet');
  });
});
