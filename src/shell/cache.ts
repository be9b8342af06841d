/**
 * A typed cache with a subscription: where a lab keeps results too big or too fast-changing for
 * the store (live trajectories, basin maps, trained memories), owned by the lab's runtime (no
 * module state). `touch()` after changing the value in place; readers subscribe (React through
 * useCache, charts through `subscribe` without re-rendering).
 */
export interface Cache<T> {
  get(): T;
  /** Replaces the value and notifies. */
  set(value: T): void;
  /** Notifies after an in-place change. */
  touch(): void;
  /** Rises on every set or touch. */
  version(): number;
  subscribe(cb: () => void): () => void;
}

export function createCache<T>(initial: T): Cache<T> {
  let value = initial;
  let version = 0;
  const listeners = new Set<() => void>();
  const notify = () => {
    version++;
    for (const cb of [...listeners]) cb();
  };
  return {
    get: () => value,
    set(next) {
      value = next;
      notify();
    },
    touch: notify,
    version: () => version,
    subscribe(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
}
