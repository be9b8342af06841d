/**
 * The sequential mode's exports: every run's accuracy matrix and forgetting curve as CSV, and
 * everything (set-up, matrices, summaries, curves) as JSON. Task names follow core/sequential
 * taskClasses.
 */
import type { SeqResults } from './seq-results';

const f = (v: number) => (Number.isFinite(v) ? String(Number(v.toFixed(4))) : '');

/** run, after task i, then the accuracy on each task j. */
export function seqMatrixCsv(r: SeqResults): string {
  const head = ['run', 'after_task', ...Array.from({ length: r.tasks }, (_, j) => `task_${j + 1}`)];
  const lines = [head.join(',')];
  for (const run of r.runs)
    run.matrix.forEach(
      (row, i) => row && lines.push([`"${run.name}"`, i + 1, ...row.map(f)].join(',')),
    );
  return lines.join('\n') + '\n';
}

/** run, epoch, task being trained, then the accuracy on each task. */
export function seqCurveCsv(r: SeqResults): string {
  const head = [
    'run',
    'epoch',
    'training_task',
    ...Array.from({ length: r.tasks }, (_, j) => `task_${j + 1}`),
  ];
  const lines = [head.join(',')];
  for (const run of r.runs)
    for (const p of run.curve)
      lines.push([`"${run.name}"`, p.epoch, p.task + 1, ...p.accuracy.map(f)].join(','));
  return lines.join('\n') + '\n';
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
