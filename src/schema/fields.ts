/**
 * Field schemas with their ranges written once, and messages that read as sentences
 * (parse.ts prefixes the field name and appends the bad value).
 */
import * as v from 'valibot';

/** A whole number in [min, max]. */
export const int = (min: number, max: number) => {
  const msg = `must be a whole number from ${min} to ${max}`;
  return v.pipe(v.number(msg), v.integer(msg), v.minValue(min, msg), v.maxValue(max, msg));
};

/** A finite number in [min, max]. */
export const num = (min: number, max: number) => {
  const msg = `must be a number from ${min} to ${max}`;
  return v.pipe(v.number(msg), v.finite(msg), v.minValue(min, msg), v.maxValue(max, msg));
};

/** An unsigned 32-bit seed (every seeded generator here takes one). */
export const SEED_MAX = 0xffffffff;
export const seed = () => int(0, SEED_MAX);

/** One of a fixed list of strings. */
export const oneOf = <const T extends readonly string[]>(options: T) =>
  v.picklist(options, `must be one of ${options.join(', ')}`);

/** Text of at most `max` characters. */
export const text = (max: number) => {
  const msg = `must be text of at most ${max} characters`;
  return v.pipe(v.string(msg), v.maxLength(max, msg));
};

/** Text matching a pattern (ids, tokens), at most `max` characters. */
export const token = (re: RegExp, max: number, what: string) =>
  v.pipe(
    v.string(`must be ${what}`),
    v.maxLength(max, `must be ${what}`),
    v.regex(re, `must be ${what}`),
  );

export const bool = () => v.boolean('must be true or false');

/** An array of `min`…`max` items of `item`. */
export const list = <S extends v.GenericSchema>(item: S, min: number, max: number) => {
  const msg = `must be a list of ${min === max ? min : `${min} to ${max}`} items`;
  return v.pipe(v.array(item, msg), v.minLength(min, msg), v.maxLength(max, msg));
};
