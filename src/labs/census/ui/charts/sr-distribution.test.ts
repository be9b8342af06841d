import { describe, expect, it } from 'vitest';
import { fakeSvg } from '../../../../test-utils/fake-svg';
import { renderSrDistribution, srBins } from './sr-distribution';

const f64 = (...v: number[]) => Float64Array.from(v);
const DATA = {
  byClass: [
    { cls: 'spurious' as const, sr: f64(0.05, 0.07, 0.12, 0.5) },
    { cls: 'learned' as const, sr: f64(0.61, 0.62, 0.9) },
  ],
  threshold: 0.3,
};

describe('renderSrDistribution', () => {
  it('bins 0–1 with 1 in the last bin', () => {
    expect(srBins([0, 0.05, 0.1, 0.99, 1, -1, 2], 10)).toEqual([3, 1, 0, 0, 0, 0, 0, 0, 0, 3]);
  });

  it('draws a row per class, a bar per filled bin and the labelled threshold', () => {
    const { svg, root } = fakeSvg();
    // 10 bins at 320: spurious fills bins 0, 1, 5; learned 6, 9.
    renderSrDistribution(svg, DATA, { width: 320 });
    const first = root.find('rect', 'sr-bin')[0].getAttribute('x');
    expect(root.find('g', 'sr-row').map((g) => g.getAttribute('data-class'))).toEqual([
      'learned',
      'spurious',
    ]);
    expect(root.find('rect', 'sr-bin')).toHaveLength(5);
    expect(root.find('g', 'threshold')[0].textContent).toBe('threshold 0.3');
    const label = root.getAttribute('aria-label')!;
    expect(label).toContain('learned 3 states, median 0.62 (0.61 to 0.9)');
    expect(label).toContain('Threshold 0.3: below it lie 0 of 3 learned, 3 of 4 spurious.');
    expect(root.badAttributes()).toEqual([]);
    // 20 bins at 900: spurious fills bins 1, 2, 10; learned 12, 18.
    renderSrDistribution(svg, DATA, { width: 900, height: 300 });
    expect(root.find('rect', 'sr-bin')).toHaveLength(5);
    expect(root.find('rect', 'sr-bin')[0].getAttribute('x')).not.toBe(first);
    expect(root.badAttributes()).toEqual([]);
  });

  it('leaves the threshold out when there is none, and says so when there is no data', () => {
    const { svg, root } = fakeSvg();
    renderSrDistribution(svg, { byClass: DATA.byClass }, { width: 320 });
    expect(root.find('g', 'threshold')).toHaveLength(0);
    renderSrDistribution(svg, { byClass: [{ cls: 'mixture', sr: f64() }] }, { width: 320 });
    expect(root.find('rect', 'sr-bin')).toHaveLength(0);
    expect(root.textContent).toContain('no data');
    expect(root.getAttribute('aria-label')).toContain('no data');
  });
});
