import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_TERMS } from '../../shell/glossary/glossary';
import { BODIES_TERMS } from './glossary';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx$/.test(f) ? [p] : [];
  });

describe('the bodies lab glossary', () => {
  it('has an entry for every term a control names (term="…") in the lab', () => {
    const ids = new Set([...SHARED_TERMS, ...BODIES_TERMS].map((t) => t.id));
    const used = new Set<string>();
    for (const f of files('src/labs/bodies'))
      for (const m of readFileSync(f, 'utf8').matchAll(/\bterm="([a-z0-9-]+)"/g)) used.add(m[1]);
    expect(used.size).toBeGreaterThan(8);
    expect([...used].filter((id) => !ids.has(id))).toEqual([]);
  });
});
