import { describe, expect, it } from 'vitest';
import { selectBackend } from './backend';
import { tf } from './tf';

describe('selectBackend in Node (only cpu is registered)', () => {
  it('auto picks cpu and reports every probe', async () => {
    const info = await selectBackend('auto');
    expect(info.name).toBe('cpu');
    expect(tf.getBackend()).toBe('cpu');
    expect(info.reason).toMatch(/^cpu: the only backend that started/);
    expect(info.probes.map((p) => p.name)).toEqual(['webgpu', 'webgl', 'wasm', 'cpu']);
    expect(info.probes.find((p) => p.name === 'webgl')?.note).toMatch(/not available/);
  });

  it('a forced backend that fails falls back and says so', async () => {
    const info = await selectBackend('webgl');
    expect(info.name).toBe('cpu');
    expect(info.reason).toMatch(
      /^webgl was requested but failed \(not available in this realm\); cpu:/,
    );
  });

  it('a forced backend that starts is used without calibrating the others', async () => {
    const info = await selectBackend('cpu');
    expect(info).toMatchObject({ name: 'cpu', reason: 'cpu: requested' });
    expect(info.probes).toHaveLength(1);
  });
});
