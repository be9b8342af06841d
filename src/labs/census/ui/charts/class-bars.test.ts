import { describe, expect, it } from 'vitest';
import { fakeSvg } from '../../../../test-utils/fake-svg';
import { renderClassBars, type ClassBarsRow } from './class-bars';

const ROWS: ClassBarsRow[] = [
  { cls: 'learned', states: 1, probes: 4, share: 0.04 },
  { cls: 'prototype', states: 3, probes: 60, share: 0.6 },
  { cls: 'spurious', states: 12, probes: 36, share: 0.36 },
];

describe('renderClassBars', () => {
  it('draws two bars and two printed values per class, and says them in words', () => {
    const { svg, root } = fakeSvg();
    for (const width of [320, 900]) {
      renderClassBars(svg, { rows: ROWS }, { width });
      expect(root.find('rect', 'bar-states')).toHaveLength(3);
      expect(root.find('rect', 'bar-share')).toHaveLength(3);
      expect(root.find('text', 'bar-value').map((t) => t.textContent)).toEqual([
        '1 state',
        '4% of probes',
        '3 states',
        '60% of probes',
        '12 states',
        '36% of probes',
      ]);
      expect(root.getAttribute('role')).toBe('img');
      expect(root.getAttribute('aria-label')).toBe(
        'Counts per class: learned 1 state, 4% of probes; prototype 3 states, 60% of probes; ' +
          'spurious 12 states, 36% of probes',
      );
      expect(root.getAttribute('width')).toBe(String(width));
      expect(root.badAttributes()).toEqual([]);
      // Every value fits inside the chart.
      for (const t of root.find('text', 'bar-value'))
        expect(Number(t.getAttribute('x')) + 6.1 * t.textContent.length).toBeLessThanOrEqual(width);
    }
  });

  it('redraws in full: a second render replaces the first', () => {
    const { svg, root } = fakeSvg();
    renderClassBars(svg, { rows: ROWS }, { width: 400 });
    renderClassBars(svg, { rows: ROWS.slice(0, 1) }, { width: 400, height: 200 });
    expect(root.find('rect', 'bar-states')).toHaveLength(1);
    expect(root.badAttributes()).toEqual([]);
  });

  it('says so when there is no data', () => {
    const { svg, root } = fakeSvg();
    renderClassBars(svg, { rows: [] }, { width: 320 });
    expect(root.find('rect', 'bar')).toHaveLength(0);
    expect(root.textContent).toContain('no data');
    expect(root.getAttribute('aria-label')).toContain('no data');
    expect(root.badAttributes()).toEqual([]);
  });
});
