/**
 * The kernel part of a whole share link, as the shell writes and reads it: it round-trips, and a
 * checksummed link whose kernel part was edited is refused with the field named.
 */
import { describe, expect, it } from 'vitest';
import { decodeShareHash, encodeShareHash, type SharedSetup } from '../../../shell/link/share-link';
import { kernelCodec, kernelToWire } from './codec';
import { presetSetup } from './presets';
import { DEFAULT_KERNEL_SETUP } from './slice';

const base = (k: unknown): SharedSetup => ({
  size: 28,
  items: [],
  cue: null,
  params: null,
  drawing: null,
  view: 'kernel',
  compare: null,
  labs: { u: k },
});

describe('the kernel part of a share link', () => {
  it('round-trips and refuses an edited value by name', async () => {
    const setup = presetSetup('basins-5')!;
    const read = await decodeShareHash(await encodeShareHash(base(kernelToWire(setup))), [
      kernelCodec,
    ]);
    expect(read!.labs.u).toEqual(setup);
    const bad = {
      ...kernelToWire(DEFAULT_KERNEL_SETUP),
      khm: { ...DEFAULT_KERNEL_SETUP.khm, beta: 1e9 },
    };
    await expect(decodeShareHash(await encodeShareHash(base(bad)), [kernelCodec])).rejects.toThrow(
      /^u\.khm\.beta: must be a number from 0\.001 to 1000 \(got 1000000000\)$/,
    );
  });
});
