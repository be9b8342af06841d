/** idb.ts when IndexedDB is missing, blocked by another tab, or fails to open: a clear rejection. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { idbGet, idbPut } from './idb';

/** An indexedDB whose open() request fires `event` (with `error` for onerror) once asked. */
function openThat(event: 'onblocked' | 'onerror', error: DOMException | null = null) {
  const req: Record<string, unknown> = { error };
  const open = vi.fn(() => {
    queueMicrotask(() => (req[event] as () => void)());
    return req;
  });
  vi.stubGlobal('indexedDB', { open });
  return open;
}

afterEach(() => vi.unstubAllGlobals());

describe('IndexedDB unavailable', () => {
  it('missing: rejects saying so, for reads and writes', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(idbGet('current')).rejects.toThrow('this browser gives the page no IndexedDB');
    await expect(idbPut('current', {})).rejects.toThrow('no IndexedDB');
  });

  it('blocked by another tab: rejects saying so', async () => {
    const open = openThat('onblocked');
    await expect(idbGet('current')).rejects.toThrow('IndexedDB is blocked by another tab');
    expect(open).toHaveBeenCalledWith('dam-playground', 1);
  });

  it("an open error: rejects with the browser's error", async () => {
    openThat('onerror', new DOMException('disk full', 'QuotaExceededError'));
    await expect(idbGet('current')).rejects.toThrow('disk full');
  });

  it('an open error without an error object: a generic sentence', async () => {
    openThat('onerror');
    await expect(idbGet('current')).rejects.toThrow('IndexedDB could not be opened');
  });
});
