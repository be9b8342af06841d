/**
 * The training lab's big data, kept outside the store in one cache per lab runtime: per run,
 * the memories at the kept epochs (the scrubber's stops), the latest memories while an epoch
 * trains, and contributor statistics per run and epoch; also the main-thread models built from
 * them (for drawing, generation and completion), cached per memories array. `touch()` after a
 * change; the grids and charts subscribe.
 */
import type { ContributorStats } from '../../../core/classifier/kh-explain';
import type { KhConfig, KhModel } from '../../../core/classifier/kh-model';

export interface Snapshot {
  epoch: number;
  /** Temperature the memories are read with. */
  T: number;
  /** K × (D + C). */
  memories: Float32Array;
}

/** The memories a grid shows: a kept snapshot, or the in-epoch ones while training. */
export interface ShownMemories extends Snapshot {
  /** Share of epoch `epoch + 1` done (0 for a finished epoch). */
  fraction: number;
}

export type StatsEntry =
  | { kind: 'pending' }
  | { kind: 'ready'; stats: ContributorStats; trainError?: number; testError?: number }
  | { kind: 'error'; message: string };

export interface Snapshots {
  /** Forgets everything about a run. */
  clearRun(key: string): void;
  /** Keeps a snapshot (replacing one of the same epoch), in epoch order. */
  keepSnapshot(key: string, snap: Snapshot): void;
  /** The newest memories of a run (in-epoch progress or a finished epoch). */
  setLatest(key: string, shown: ShownMemories): void;
  /** Forgets an epoch that will not finish (cancelled): back to the last one that did. */
  dropProgress(key: string): void;
  snapshots(key: string): readonly Snapshot[];
  /**
   * What to show for `scrub`: the last kept snapshot at or before that epoch (the first one when
   * none is that early); with scrub null, the newest memories there are.
   */
  shownMemories(key: string, scrub: number | null): ShownMemories | null;
  statsFor(key: string, epoch: number): StatsEntry | undefined;
  setStats(key: string, epoch: number, entry: StatsEntry): void;
  /** The classifier for a run's memories (Float64 copy for src/core), cached per array. */
  modelOf(config: KhConfig, shown: Snapshot): KhModel;
  /** Notifies subscribers after changes. */
  touch(): void;
  version(): number;
  subscribe(cb: () => void): () => void;
}

const statsKey = (key: string, epoch: number) => `${key}@${epoch}`;

export function createSnapshots(): Snapshots {
  const kept = new Map<string, Snapshot[]>();
  const latest = new Map<string, ShownMemories>();
  /** The memories of each run's last finished epoch (kept or not). */
  const finished = new Map<string, Snapshot>();
  const stats = new Map<string, StatsEntry>();
  const models = new WeakMap<Float32Array, { T: number; model: KhModel }>();
  const listeners = new Set<() => void>();
  let version = 0;

  return {
    clearRun(key) {
      kept.delete(key);
      latest.delete(key);
      finished.delete(key);
      for (const k of [...stats.keys()]) if (k.startsWith(`${key}@`)) stats.delete(k);
    },
    keepSnapshot(key, snap) {
      const list = (kept.get(key) ?? []).filter((s) => s.epoch !== snap.epoch);
      list.push(snap);
      list.sort((a, b) => a.epoch - b.epoch);
      kept.set(key, list);
    },
    setLatest(key, shown) {
      latest.set(key, shown);
      if (shown.fraction === 0) finished.set(key, shown);
    },
    dropProgress(key) {
      const done = finished.get(key);
      if (done) latest.set(key, { ...done, fraction: 0 });
      else latest.delete(key);
    },
    snapshots: (key) => kept.get(key) ?? [],
    shownMemories(key, scrub) {
      const list = kept.get(key) ?? [];
      const now = latest.get(key);
      if (scrub === null) {
        const last = list[list.length - 1];
        if (
          now &&
          (!last || now.epoch > last.epoch || (now.epoch === last.epoch && now.fraction > 0))
        )
          return now;
        return last ? { ...last, fraction: 0 } : (now ?? null);
      }
      let pick: Snapshot | undefined;
      for (const s of list) if (s.epoch <= scrub) pick = s;
      pick ??= list[0];
      return pick ? { ...pick, fraction: 0 } : null;
    },
    statsFor: (key, epoch) => stats.get(statsKey(key, epoch)),
    setStats: (key, epoch, entry) => void stats.set(statsKey(key, epoch), entry),
    modelOf(config, shown) {
      const hit = models.get(shown.memories);
      if (hit && hit.T === shown.T && hit.model.config === config) return hit.model;
      const model: KhModel = { config, memories: Float64Array.from(shown.memories), T: shown.T };
      models.set(shown.memories, { T: shown.T, model });
      return model;
    },
    touch() {
      version++;
      for (const cb of [...listeners]) cb();
    },
    version: () => version,
    subscribe(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
}
