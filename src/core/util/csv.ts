/** CSV fields and rows for the labs' exports: a field is quoted when it holds a comma, a quote or a line break; a number that is not finite is an empty field. */
export function csvField(v: string | number): string {
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : v;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvRow = (xs: readonly (string | number)[]): string => xs.map(csvField).join(',');

/** Rows joined with a final line break. */
export const csvLines = (rows: readonly string[]): string => rows.join('\n') + '\n';
