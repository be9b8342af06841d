import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_DIR, ICON_SIZES, iconPng, iconSvg } from './build-icons.mjs';

describe('app icons', () => {
  it('the checked-in icons are what scripts/build-icons.mjs draws', () => {
    expect(readFileSync(join(ICON_DIR, 'icon.svg'), 'utf8')).toBe(iconSvg());
    for (const px of ICON_SIZES) {
      const png = readFileSync(join(ICON_DIR, `icon-${px}.png`));
      expect(png.equals(iconPng(px)), `icon-${px}.png`).toBe(true);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([px, px]);
    }
  });
});
