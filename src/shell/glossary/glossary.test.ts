import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABS } from '../../labs/registry';
import { allTerms, SHARED_TERMS } from './glossary';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) && !/\.test\./.test(f) ? [p] : [];
  });
}

describe('glossary', () => {
  const terms = allTerms(LABS.map((l) => l.glossary));
  const ids = new Set(terms.map((t) => t.id));

  it('has an entry for every <Term id="…"> written in the app', () => {
    const used = new Set<string>();
    for (const file of sources('src')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/<Term id="([a-z0-9-]+)"/g))
        used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('covers every verdict the studio can name, and the terms the lessons ask about', () => {
    for (const id of ['retrieved', 'inverted', 'mixture', 'spurious', 'metastable', 'settled']) {
      expect(ids.has(id)).toBe(true);
    }
    const asked = LABS.flatMap((l) => l.lessons).flatMap((l) =>
      l.steps.flatMap((s) => [...String(s.done).matchAll(/term:([a-z0-9-]+)/g)].map((m) => m[1])),
    );
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('keeps ids unique, sentences short and math balanced', () => {
    expect(new Set(SHARED_TERMS.map((t) => t.id)).size).toBe(SHARED_TERMS.length);
    expect(ids.size).toBe(terms.length);
    for (const t of terms) {
      expect(t.id).toMatch(/^[a-z0-9-]+$/);
      expect(t.text.length, t.id).toBeLessThan(400);
      expect((t.text.match(/\$/g) ?? []).length % 2, t.id).toBe(0);
    }
  });
});
