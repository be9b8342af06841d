/** The support-size classes of a metastable histogram of `n` counts: 1, 2, …, "≥n". */
export const sizeLabels = (n: number): string[] =>
  Array.from({ length: n }, (_, k) => (k === n - 1 ? `≥${n}` : String(k + 1)));
