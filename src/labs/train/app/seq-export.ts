/**
 * The sequential mode's exports: every run's accuracy matrix and forgetting curve as CSV, and
 * everything (set-up, matrices, summaries, curves) as JSON. Task names follow core/sequential
 * taskClasses.
 */
import { csvLines, csvRow } from '../../../core/util/csv';
import type { SeqResults } from './seq-results';

const f = (v: number) => (Number.isFinite(v) ? Number(v.toFixed(4)) : NaN);

/** run, after task i, then the accuracy on each task j. */
export function seqMatrixCsv(r: SeqResults): string {
  const head = ['run', 'after_task', ...Array.from({ length: r.tasks }, (_, j) => `task_${j + 1}`)];
  const lines = [csvRow(head)];
  for (const run of r.runs)
    run.matrix.forEach((row, i) => row && lines.push(csvRow([run.name, i + 1, ...row.map(f)])));
  return csvLines(lines);
}

/** run, epoch, task being trained, then the accuracy on each task. */
export function seqCurveCsv(r: SeqResults): string {
  const head = [
    'run',
    'epoch',
    'training_task',
    ...Array.from({ length: r.tasks }, (_, j) => `task_${j + 1}`),
  ];
  const lines = [csvRow(head)];
  for (const run of r.runs)
    for (const p of run.curve)
      lines.push(csvRow([run.name, p.epoch, p.task + 1, ...p.accuracy.map(f)]));
  return csvLines(lines);
}

export function seqJson(r: SeqResults): string {
  return JSON.stringify(
    {
      model: 'Krotov–Hopfield classifier trained on tasks in sequence (docs/models.md §8.2)',
      setup: r.setup,
      source: r.source,
      runs: r.runs.map((run) => ({
        name: run.name,
        matrix: run.matrix,
        finalAccuracy: run.result?.finalAccuracy ?? null,
        forgetting: run.result?.forgetting ?? null,
        ms: run.result?.ms ?? null,
        curve: run.curve,
      })),
    },
    null,
    1,
  );
}
