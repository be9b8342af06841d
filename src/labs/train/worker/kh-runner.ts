/**
 * The one training driver of the Krotov–Hopfield lab, shared by the lab worker and `dam train`:
 * runs a group in lockstep (the next epoch of every unfinished run, in the order given, then the
 * next round), evaluates after every epoch, and reports through one event sink.
 *
 * Between minibatches it yields to the event loop (so a worker answers pause, cancel and ping
 * while training), holds while paused, and at most every `progressEveryMs` reports the running
 * run's progress with a copy of its memories. Pausing only waits: the trainers keep their state,
 * so a paused and resumed group ends bit-identical to an uninterrupted one.
 */
import { KH_LIMITS } from '../../../core/classifier/kh-model';
import type { LabEvent, LabRunSpec, LabTrainOutcome } from './api';
import type { KhTrainer } from './kh-trainer';
import { createHoldGate } from '../../../engine/hold-gate';

export interface KhRunnerOptions {
  /** Makes the trainer of one run (tfjs in the lab; tfjs or the core in the CLI). */
  createTrainer(spec: LabRunSpec): KhTrainer;
  /** Receives events in batches; awaited, so a slow sink slows training instead of piling up. */
  onEvents(events: LabEvent[]): void | Promise<void>;
  /** Minimum time between two progress events, ms (default 400). */
  progressEveryMs?: number;
  /** Lets queued events run (default: engine/pause.ts, setImmediate in Node, a MessageChannel in a worker). */
  yieldToEvents?: () => Promise<void>;
}

export interface KhRunner {
  /**
   * Trains until every run reached its epochs ('finished') or cancel() ('cancelled'); rejects
   * with the first error. Every trainer is disposed when it settles. Call once.
   */
  run(): Promise<LabTrainOutcome>;
  /**
   * Holds after the current minibatch (or before the next epoch). Resolves once the loop holds
   * (every event before the hold already delivered) or the group ended: after it, nothing moves.
   */
  pause(): Promise<void>;
  resume(): void;
  cancel(): void;
  readonly paused: boolean;
  /** Runs whose trainers are alive (not yet finished or disposed). */
  readonly held: number;
}

/** Checks a group before anything is built: one sentence naming the first problem. */
export function checkRuns(runs: LabRunSpec[]): void {
  if (!Array.isArray(runs) || runs.length === 0)
    throw new Error('a training group needs at least one run');
  const ids = new Set<number>();
  const [lo, hi] = KH_LIMITS.epochs;
  for (const r of runs) {
    if (ids.has(r.id)) throw new Error(`run id ${r.id} is used twice in the group`);
    ids.add(r.id);
    if (!Number.isInteger(r.epochs) || r.epochs < lo || r.epochs > hi) {
      throw new Error(`run ${r.id}: epochs must be an integer ${lo}–${hi} (got ${r.epochs})`);
    }
    checkLimits(r);
  }
}

/** The lab's ranges (KH_LIMITS) for the options a run sets; khConfig checks the rest. */
function checkLimits(r: LabRunSpec): void {
  const o = r.options ?? {};
  const ints = [
    ['n', o.n, KH_LIMITS.n],
    ['m', o.m, KH_LIMITS.m],
    ['K', o.K, KH_LIMITS.K],
    ['batchSize', o.batchSize, KH_LIMITS.batchSize],
  ] as const;
  for (const [name, v, [a, b]] of ints) {
    if (v !== undefined && (!Number.isInteger(v) || v < a || v > b)) {
      throw new Error(`run ${r.id}: ${name} must be an integer ${a}–${b} (got ${v})`);
    }
  }
  const [a, b] = KH_LIMITS.T;
  for (const [name, v] of [
    ['Tin', o.Tin],
    ['Tf', o.Tf],
  ] as const) {
    if (v !== undefined && !(v >= a && v <= b)) {
      throw new Error(`run ${r.id}: ${name} must be a number ${a}–${b} (got ${v})`);
    }
  }
}

export function createKhRunner(runs: LabRunSpec[], opts: KhRunnerOptions): KhRunner {
  checkRuns(runs);
  const every = opts.progressEveryMs ?? 400;
  const gate = createHoldGate(opts.yieldToEvents);
  const { checkpoint } = gate;
  const live = new Map<number, KhTrainer>();

  const disposeAll = () => {
    for (const t of live.values()) t.dispose();
    live.clear();
  };

  async function trainRound(spec: LabRunSpec, trainer: KhTrainer): Promise<boolean> {
    let last = -Infinity;
    const epoch = trainer.epoch + 1;
    const progress = async (fraction: number) => {
      last = performance.now();
      const memories = await trainer.memories();
      await opts.onEvents([{ kind: 'progress', id: spec.id, epoch, fraction, memories }]);
    };
    if (epoch === (spec.resume?.epoch ?? 0) + 1) await progress(0); // the starting memories
    // A pause that came during the last evaluation holds here, before the first minibatch.
    if (!(await checkpoint())) return false;
    const result = await trainer.trainEpoch(async (done, total) => {
      if (done < total && performance.now() - last >= every) await progress(done / total);
      return checkpoint();
    });
    if (!result) return false;
    const score = await trainer.evaluate();
    const memories = await trainer.memories();
    await opts.onEvents([
      {
        kind: 'epoch',
        id: spec.id,
        epoch: trainer.epoch,
        trainLoss: result.trainLoss,
        trainError: score.trainError,
        testError: score.testError,
        ms: result.ms,
        T: result.T,
        memories,
        contributors: score.contributors,
      },
    ]);
    return true;
  }

  async function run(): Promise<LabTrainOutcome> {
    gate.start('this training group was already run');
    try {
      for (const spec of runs) live.set(spec.id, opts.createTrainer(spec));
      for (;;) {
        const active = runs.filter((s) => {
          const t = live.get(s.id);
          if (t && t.epoch >= s.epochs) {
            t.dispose();
            live.delete(s.id);
          }
          return live.has(s.id);
        });
        if (active.length === 0) return 'finished';
        for (const spec of active) {
          if (gate.cancelled || !(await trainRound(spec, live.get(spec.id)!))) return 'cancelled';
        }
      }
    } finally {
      gate.end();
      disposeAll();
    }
  }

  return {
    run,
    pause: () => gate.pause(),
    resume: () => gate.resume(),
    cancel: () => gate.cancel(),
    get paused() {
      return gate.paused;
    },
    get held() {
      return live.size;
    },
  };
}
