/**
 * The labs' test hooks share window.__dam: no two parts may define the same key (a lab's
 * `cancel` would silently replace another's). mergeHookPart refuses a clash; here every lab's
 * part is merged as the page does, so a clash fails the unit tests before any e2e run.
 */
import { describe, expect, it } from 'vitest';
import { LABS } from '../labs/registry';
import type { Shell } from './shell';
import { mergeHookPart } from './test-hook';

describe('test hook keys', () => {
  it('refuses a key two parts define', () => {
    const api = mergeHookPart({}, { a: 1 }, 'one');
    expect(() => mergeHookPart(api, { a: 2 }, 'two')).toThrow(/"a" of two is already taken/);
  });

  it('every lab has keys of its own', async () => {
    // Installing only builds the handles; none runs, so a bare shell does.
    const shell = {} as Shell;
    const api: Record<string, unknown> = {};
    for (const lab of LABS) mergeHookPart(api, await lab.testApi(shell), `lab ${lab.id}`);
    expect(Object.keys(api).length).toBeGreaterThan(10);
  });
});
