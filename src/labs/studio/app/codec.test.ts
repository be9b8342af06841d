import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { studioCodec } from './codec';

const schema = () => studioCodec.schema({ count: 10 });

describe('studio codec', () => {
  it('reads links and records from before the model-change choice as "continue"', () => {
    expect(v.parse(schema(), { compare: true })).toEqual({
      compare: true,
      onModelChange: 'continue',
    });
  });

  it('keeps "restart" and refuses anything else', () => {
    expect(v.parse(schema(), { compare: false, onModelChange: 'restart' })).toEqual({
      compare: false,
      onModelChange: 'restart',
    });
    expect(v.safeParse(schema(), { compare: false, onModelChange: 'jump' }).success).toBe(false);
  });
});
