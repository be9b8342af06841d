/**
 * `dam kernel`: U-Hop+ (docs/models.md §7.2) in Node on the kernel room's code path
 * (src/labs/kernel/worker: kernelMemories, runKernelTraining, kernelBasins, metastableTable), one
 * JSON object out:
 *  - from flags (kernel-flags.ts): one training of N(0, I) memories; {"minAngleBefore",
 *    "minAngleAfter", "loss", "minAngle"} per iteration in degrees, "tammesDeg", "bounds",
 *    and with --normaliser the synthetic metastable table (initial against learned Φ);
 *  - from `--config c.json` (src/schema/kernel.ts): the same for its training, plus the MNIST
 *    metastable table and a basin map's converged shares when the config asks for them.
 * Large trainings and the table run on tfjs-wasm (as the lab's worker on CPUs) unless
 * `--engine core`, which keeps the training in the core's float64 loop (the table still uses
 * tfjs, on its cpu backend). A number that is not finite is never printed: the command fails.
 */
import { subSeed } from '../core/util/sub-seed';
import { selectNodeBackend } from '../engine/tf-node';
import { kernelMemories, mnistQueries } from '../labs/kernel/worker/kernel-memories';
import { runKernelTraining, type KernelTraining } from '../labs/kernel/worker/kernel-train';
import { kernelBasins, rawMap } from '../labs/kernel/worker/kernel-views';
import { metastableTable } from '../labs/kernel/worker/metastable-tf';
import { SYNTHETIC_DEFAULTS, syntheticSupport } from '../labs/kernel/worker/synthetic-support';
import type { Normaliser } from '../core/kernel/types';
import { parseKernelConfigText, type KernelConfig } from '../schema/kernel';
import { quote } from '../schema/parse';
import { emitJson, untilDeadline } from './command-end';
import { parseKernelArgs } from './kernel-flags';
import { loadMnistFile } from './mnist-file';
import { MAX_INPUT_BYTES, readFileCapped } from './read-input';
import { startDeadline } from './time-limit';
import { checkOutPath } from './write-out';

/** The training's part of the printed object. */
export function trainingJson(t: KernelTraining): Record<string, unknown> {
  const r = t.result;
  const h = r.history;
  return {
    spec: r.spec,
    minAngleBefore: h[0].minAngleDeg,
    minAngleAfter: h[h.length - 1].minAngleDeg,
    lossBefore: h[0].loss,
    lossAfter: h[h.length - 1].loss,
    loss: h.map((s) => s.loss),
    minAngle: h.map((s) => s.minAngleDeg),
    tammesDeg: r.tammesDeg,
    bounds: r.boundsDeg,
    backend: r.backend,
    ms: Math.round(r.ms),
  };
}

async function runFlags(
  a: Extract<ReturnType<typeof parseKernelArgs>, { mode: 'flags' }>,
  signal: { readonly aborted: boolean },
  normaliser: Normaliser | null,
): Promise<Record<string, unknown>> {
  const mem = kernelMemories(a.training.memories);
  const engine = a.engine === 'core' ? 'core' : 'auto';
  const t = await runKernelTraining(a.training, mem, { signal, engine });
  const out = trainingJson(t);
  if (normaliser) {
    const spec = {
      ...SYNTHETIC_DEFAULTS,
      normaliser,
      seed: subSeed(a.training.uhop.seed, 2),
      sphere: a.training.memories.sphere,
    };
    const s = syntheticSupport(spec, t.memories, { initial: t.init, learned: t.map }, signal);
    out.metastable = { ...spec, threshold: s.threshold, initial: s.initial, learned: s.learned };
  }
  return out;
}

async function runConfig(
  c: KernelConfig,
  engine: 'wasm' | 'core',
  signal: { readonly aborted: boolean },
): Promise<Record<string, unknown>> {
  const needsMnist = c.training.memories.source === 'mnist';
  const mnist = needsMnist ? await loadMnistFile() : undefined;
  const mem = kernelMemories(c.training.memories, mnist);
  const t = await runKernelTraining(c.training, mem, {
    signal,
    engine: engine === 'core' ? 'core' : 'auto',
  });
  const out = trainingJson(t);
  out.metastable = null;
  out.basins = null;
  if (c.metastable && mnist) {
    const req = { ...c.metastable, training: c.training };
    const queries = mnistQueries(mnist, req.queries, c.training.memories.sphere);
    const table = await metastableTable(
      req,
      t.memories,
      queries,
      {
        raw: rawMap(req.raw, t),
        learned: t.map,
      },
      { signal },
    );
    out.metastable = { ...table, ms: Math.round(table.ms) };
  }
  if (c.basins) {
    const r = await kernelBasins({ ...c.basins, training: c.training }, t, {
      signal,
      engine: engine === 'core' ? 'core' : 'auto',
    });
    const shares = (b: typeof r.before) => ({
      converged: b.converged,
      share: Array.from(b.share),
    });
    out.basins = { R: c.basins.R, before: shares(r.before), after: shares(r.after) };
  }
  return out;
}

export async function kernelCommand(args: string[], print: (line: string) => void): Promise<void> {
  const a = parseKernelArgs(args);
  const deadline = startDeadline(a.timeLimit);
  if (a.out !== undefined) checkOutPath(a.out);
  const config =
    a.mode === 'config'
      ? parseKernelConfigText(await readFileCapped(a.config, MAX_INPUT_BYTES), quote(a.config))
      : null;
  await selectNodeBackend(a.engine === 'wasm' ? 'wasm' : 'cpu');
  const signal = {
    get aborted() {
      return deadline.expired();
    },
  };
  const out = await untilDeadline(deadline, a.out, 'run', () =>
    a.mode === 'flags'
      ? runFlags(a, signal, a.normaliser)
      : runConfig(config as KernelConfig, a.engine, signal),
  );
  emitJson(print, out, a.out);
}
