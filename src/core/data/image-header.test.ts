import { describe, expect, it } from 'vitest';
import { readImageHeader } from './image-header';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(
    parts.flatMap((p) => (typeof p === 'string' ? Array.from(p, (c) => c.charCodeAt(0)) : p)),
  );
const be32 = (v: number) => [(v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255];

describe('readImageHeader', () => {
  it('reads a PNG IHDR', () => {
    const b = bytes([0x89], 'PNG', [13, 10, 26, 10], be32(13), 'IHDR', be32(10000), be32(300));
    expect(readImageHeader(b)).toEqual({ format: 'png', width: 10000, height: 300 });
  });

  it('reads a GIF logical screen', () => {
    expect(readImageHeader(bytes('GIF89a', [0x10, 0x27, 0x05, 0x00]))).toEqual({
      format: 'gif',
      width: 10000,
      height: 5,
    });
  });

  it('walks JPEG segments to the frame header', () => {
    const app0 = [0xff, 0xe0, 0, 6, 1, 2, 3, 4];
    const sof = [0xff, 0xc2, 0, 17, 8, 0x01, 0x2c, 0x27, 0x10, 3];
    expect(readImageHeader(bytes([0xff, 0xd8], app0, sof))).toEqual({
      format: 'jpeg',
      width: 10000,
      height: 300,
    });
    expect(readImageHeader(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 2, 0x12, 0x34]))).toEqual({
      format: 'jpeg',
      width: null,
      height: null,
    });
  });

  it('reads the three WebP flavours', () => {
    const riff = (chunk: string, body: number[]) =>
      bytes('RIFF', [0, 0, 0, 0], 'WEBP', chunk, [0, 0, 0, 0], body);
    const vp8 = riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, 0x10, 0x27, 0x2c, 0x01]);
    expect(readImageHeader(vp8)).toMatchObject({ format: 'webp', width: 10000, height: 300 });
    // VP8L: 14 bits width−1 = 99, 14 bits height−1 = 49.
    const bits = 99 | (49 << 14);
    const vp8l = riff('VP8L', [
      0x2f,
      bits & 255,
      (bits >> 8) & 255,
      (bits >> 16) & 255,
      0,
      0,
      0,
      0,
      0,
    ]);
    expect(readImageHeader(vp8l)).toMatchObject({ width: 100, height: 50 });
    const vp8x = riff('VP8X', [0, 0, 0, 0, 0x0f, 0x27, 0, 0x2b, 0x01, 0]);
    expect(readImageHeader(vp8x)).toMatchObject({ width: 10000, height: 300 });
  });

  it('recognises SVG text, with or without an XML prolog', () => {
    expect(readImageHeader(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))?.format).toBe('svg');
    expect(readImageHeader(bytes('\n<?xml version="1.0"?>\n<svg width="1">'))?.format).toBe('svg');
  });

  it('returns null for anything else, whatever the file is called', () => {
    expect(readImageHeader(bytes('hello, world'))).toBeNull();
    expect(readImageHeader(new Uint8Array(0))).toBeNull();
    expect(readImageHeader(bytes([0x89], 'PNX'))).toBeNull();
  });
});
