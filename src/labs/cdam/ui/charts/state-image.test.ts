import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fakeSvg } from '../../../../test-utils/fake-svg';
import { base64, rgbPng } from './png';
import { renderState, stateRgb, STRIP_MAX } from './state-image';

describe('the state picture', () => {
  it('encodes a valid PNG whose pixels are the state min–max scaled', () => {
    const png = rgbPng(
      2,
      3,
      Uint8Array.from({ length: 18 }, (_, i) => i),
    );
    const buf = Buffer.from(png);
    expect(buf.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(buf.readUInt32BE(16)).toBe(2);
    expect(buf.readUInt32BE(20)).toBe(3);
    const idatLen = buf.readUInt32BE(33);
    expect(buf.subarray(37, 41).toString('ascii')).toBe('IDAT');
    const raw = inflateSync(buf.subarray(41, 41 + idatLen));
    expect(Array.from(raw.subarray(0, 7))).toEqual([0, 0, 1, 2, 3, 4, 5]);
    expect(base64(png)).toBe(buf.toString('base64'));
    const rgb = stateRgb([0, 2, 4, 4], 2);
    expect(Array.from(rgb.subarray(0, 3))).toEqual([250, 250, 247]);
    expect(Array.from(rgb.subarray(9, 12))).toEqual([26, 32, 64]);
  });

  it('draws an image state as one <image>, and a non-image state as a bar strip', () => {
    const { svg, root } = fakeSvg();
    renderState(svg, { x: new Float64Array(784).fill(0.5), side: 28 }, { width: 300 });
    const img = root.find('image', 'state-picture');
    expect(img).toHaveLength(1);
    expect(img[0].getAttribute('href')).toMatch(/^data:image\/png;base64,/);
    expect(root.find('rect', 'bar')).toHaveLength(0);
    renderState(
      svg,
      { x: Float64Array.from({ length: 1000 }, (_, i) => Math.sin(i)), side: null },
      { width: 400 },
    );
    expect(root.find('image')).toHaveLength(0);
    expect(root.find('rect', 'bar')).toHaveLength(STRIP_MAX);
    expect(root.getAttribute('aria-label')).toMatch(/first 400 of 1000/);
    expect(root.badAttributes()).toEqual([]);
    renderState(svg, { x: [], side: null }, { width: 300 });
    expect(root.find('g', 'empty')).toHaveLength(1);
  });
});
