/** CDAM schemas (cdam.ts is the index): the graph editor's adjacency CSV, in and out. */
import { adjacency } from '../core/cdam/graph';
import type { CdamGraph } from '../core/cdam/types';
import { InputError, quote } from './parse';
import { CDAM_CSV_BYTES, L } from './cdam-base';

const NUMERAL = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * The graph of an adjacency matrix as text: P lines of P numbers separated by commas, semicolons,
 * tabs or spaces (a non-zero value is an edge i → j; negative values are refused), blank lines
 * at the end ignored. `directed`: 'auto' (directed unless the matrix is symmetric), true, or
 * false (the matrix must be symmetric). Errors name the line and column, 1-based.
 */
export function parseAdjacencyCsv(text: string, directed: boolean | 'auto' = 'auto'): CdamGraph {
  if (typeof text !== 'string')
    throw new InputError(`the adjacency: must be text (got ${quote(text)})`);
  if (text.length > CDAM_CSV_BYTES)
    throw new InputError(
      `the adjacency: larger than ${CDAM_CSV_BYTES} bytes (a 60 × 60 matrix fits in 8 KB)`,
    );
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  if (lines.length === 0)
    throw new InputError('the adjacency: is empty (P lines of P values 0 or 1 expected)');
  const rows: number[][] = [];
  for (let r = 0; r < lines.length; r++) {
    const line = lines[r].trim();
    if (line === '') throw new InputError(`line ${r + 1}: is empty (P lines of P values expected)`);
    if (r >= L.PMax)
      throw new InputError(`line ${r + 1}: more than ${L.PMax} lines; at most ${L.PMax} memories`);
    const cells = line.split(/\s*[,;\t]\s*|\s+/);
    if (cells.length > L.PMax)
      throw new InputError(`line ${r + 1}: ${cells.length} values; at most ${L.PMax} memories`);
    if (r > 0 && cells.length !== rows[0].length)
      throw new InputError(
        `line ${r + 1} has ${cells.length} values, line 1 has ${rows[0].length}`,
      );
    rows.push(
      cells.map((cell, c) => {
        const where = `line ${r + 1}, column ${c + 1}`;
        const x = NUMERAL.test(cell) ? Number(cell) : NaN;
        if (!Number.isFinite(x))
          throw new InputError(`${where}: ${quote(cell.slice(0, 20))} is not a number`);
        if (x < 0)
          throw new InputError(
            `${where}: ${cell} is negative (0: no edge, any positive value: an edge)`,
          );
        return x;
      }),
    );
  }
  const P = rows.length;
  if (rows[0].length !== P)
    throw new InputError(
      `the adjacency: ${P} lines of ${rows[0].length} values; it must be square (P lines of P values)`,
    );
  const A = rows.map((row) => row.map((x) => x !== 0));
  let asymmetric: [number, number] | null = null;
  for (let i = 0; i < P && !asymmetric; i++)
    for (let j = i + 1; j < P; j++)
      if (A[i][j] !== A[j][i]) {
        asymmetric = [i, j];
        break;
      }
  const isDirected = directed === 'auto' ? asymmetric !== null : directed;
  if (!isDirected && asymmetric) {
    const [i, j] = asymmetric;
    throw new InputError(
      `line ${i + 1}, column ${j + 1}: the matrix is not symmetric (${rows[i][j]} here, ${rows[j][i]} at line ${j + 1}, column ${i + 1}); import it as directed`,
    );
  }
  const edges: Array<[number, number]> = [];
  for (let i = 0; i < P; i++)
    for (let j = isDirected ? 0 : i; j < P; j++) if (A[i][j]) edges.push([i, j]);
  return { P, directed: isDirected, edges };
}

/** The adjacency export: P lines of P values 0 or 1, comma-separated (parseAdjacencyCsv reads it back). */
export function adjacencyCsv(graph: CdamGraph): string {
  const A = adjacency(graph);
  const { P } = graph;
  const lines: string[] = [];
  for (let i = 0; i < P; i++)
    lines.push(Array.from(A.subarray(i * P, (i + 1) * P), (x) => (x ? '1' : '0')).join(','));
  return lines.join('\n') + '\n';
}

// ---- the CLI config ---------------------------------------------------------------------------
