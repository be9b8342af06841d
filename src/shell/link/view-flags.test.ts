import { describe, expect, it } from 'vitest';
import { readHash, routeHash } from '../routes';
import { flagsQuery, readViewFlags, sameFlags, withDefaults } from './view-flags';

describe('view flags', () => {
  it('round-trips every flag through the address, the lesson step 1-based', () => {
    const flags = { student: true, presenter: true, lesson: { id: 'hopfield-basics', step: 3 } };
    const hash = routeHash('studio', flags);
    expect(hash).toBe('#/studio?student=1&presenter=1&lesson=hopfield-basics.4');
    expect(withDefaults(readViewFlags(readHash(hash).query).given)).toEqual(flags);
  });

  it('writes only the flags that are on, and keeps older forms readable', () => {
    expect(routeHash('basins')).toBe('#/basins');
    expect(routeHash('train', { presenter: true, query: 'v=1&s=x' })).toBe(
      '#/train?presenter=1&v=1&s=x',
    );
    expect(flagsQuery({ student: false, presenter: false, lesson: null })).toBe('');
    expect(readViewFlags('student=true&presenter=0').given).toEqual({
      student: true,
      presenter: false,
    });
    // Older links: no route, flags in the hash itself.
    expect(readViewFlags(readHash('#student=1').query).given).toEqual({ student: true });
  });

  it('ignores a bad value, naming the flag, and keeps the good ones', () => {
    const bad = [
      'lesson=Basics.2',
      'lesson=basics',
      'lesson=basics.0',
      'lesson=basics.100',
      `lesson=${'a'.repeat(41)}.1`,
      'lesson=a.b.1',
      'lesson=',
    ];
    for (const q of bad) {
      const r = readViewFlags(`presenter=1&${q}`);
      expect(r.given, q).toEqual({ presenter: true });
      expect(r.problems, q).toHaveLength(1);
      expect(r.problems[0], q).toMatch(/^lesson: must be a lesson id/);
    }
    const r = readViewFlags('student=yes&lesson=x.99');
    expect(r.given).toEqual({ lesson: { id: 'x', step: 98 } });
    expect(r.problems).toEqual(['student: must be one of 1, true, 0, false (got "yes")']);
  });

  it('compares flag sets by what the address would show', () => {
    const a = withDefaults({ lesson: { id: 'x', step: 1 } });
    expect(sameFlags(a, withDefaults({ lesson: { id: 'x', step: 1 } }))).toBe(true);
    expect(sameFlags(a, withDefaults({ lesson: { id: 'x', step: 2 } }))).toBe(false);
  });
});
