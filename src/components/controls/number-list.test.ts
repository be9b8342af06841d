/** Lists of numbers as typed. */
import { describe, expect, it } from 'vitest';
import { listText, parseList } from './number-list';

describe('number lists', () => {
  it('reads lists of numbers, and names what is not one', () => {
    expect(parseList('32, 45 64;91', true)).toEqual([32, 45, 64, 91]);
    expect(parseList('0.1, x', false)).toBe('"x" is not a number');
    expect(parseList('3.5', true)).toBe('3.5 is not a whole number');
    expect(listText([1, 2.5])).toBe('1, 2.5');
  });
});
