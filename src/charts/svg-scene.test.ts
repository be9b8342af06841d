import { describe, expect, it } from 'vitest';
import { fakeSvg } from '../test-utils/fake-svg';
import { attrText, h, paint } from './svg-scene';

describe('paint', () => {
  it('replaces the content, sets and removes root attributes, wires clicks', () => {
    const { svg, root } = fakeSvg();
    let clicks = 0;
    paint(svg, { role: 'img', 'data-x': 1 }, [
      h('g', { class: 'a' }, [h('text', { x: 1.234 }, 'hi')]),
      { ...h('rect', { width: 2 }), onClick: () => clicks++ },
    ]);
    expect(root.find('text')[0].getAttribute('x')).toBe('1.23');
    expect(root.textContent).toBe('hi');
    root.find('rect')[0].click();
    expect(clicks).toBe(1);
    paint(svg, { role: 'img', 'data-x': null }, [h('circle', { r: 1, fill: undefined })]);
    expect(root.find('*').map((e) => e.tagName)).toEqual(['circle']);
    expect(root.getAttribute('data-x')).toBeNull();
    expect(root.find('circle')[0].getAttribute('fill')).toBeNull();
  });

  it('keeps NaN visible so the chart tests catch it', () => {
    expect(attrText(NaN)).toBe('NaN');
    expect(attrText(2)).toBe('2');
    expect(attrText('a b')).toBe('a b');
  });
});
