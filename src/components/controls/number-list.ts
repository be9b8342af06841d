/**
 * Lists of numbers as people type them ("32, 45, 64"): parsed with the reason when they are not,
 * and written back the same way.
 */
export function parseList(text: string, integer: boolean): number[] | string {
  const parts = text
    .split(/[\s,;]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: number[] = [];
  for (const p of parts) {
    const v = Number(p);
    if (!Number.isFinite(v)) return `"${p.slice(0, 12)}" is not a number`;
    if (integer && !Number.isInteger(v)) return `${p} is not a whole number`;
    out.push(v);
  }
  return out;
}

export const listText = (values: readonly number[] | undefined): string =>
  (values ?? []).join(', ');
