/**
 * The MNIST asset (public/datasets/mnist-10k.bin), fetched and parsed once per page and kept
 * outside the store (7.8 MB of pixels are not state; the store records the load status). One
 * instance lives in the shell; the worker gets the parsed set from it (compute.ts).
 */
import { indicesOfClass, parseMnistAsset, type MnistSet } from '../../core/data/mnist-format';

export const MNIST_URL = `${import.meta.env.BASE_URL}datasets/mnist-10k.bin`;

export interface MnistData {
  /** Fetches and validates the asset once; rejects with a message a user can act on. */
  load(): Promise<MnistSet>;
  /** The loaded set, or null before loading. */
  set(): MnistSet | null;
  /** Asset indices of every example of class d, ascending ([] before loading). */
  classIndices(d: number): readonly number[];
}

/** @param fetchImpl injectable for tests; `preloaded` skips the fetch (Node tests). */
export function createMnistData(
  fetchImpl: typeof fetch = (...a) => fetch(...a),
  preloaded: MnistSet | null = null,
): MnistData {
  let set: MnistSet | null = null;
  let byClass: number[][] = [];
  let loading: Promise<MnistSet> | null = null;
  const install = (parsed: MnistSet) => {
    byClass = Array.from({ length: 10 }, (_, d) => indicesOfClass(parsed, d));
    set = parsed;
    return parsed;
  };
  if (preloaded) install(preloaded);

  async function fetchSet(): Promise<MnistSet> {
    let res: Response;
    try {
      res = await fetchImpl(MNIST_URL);
    } catch (err) {
      throw new Error(`Could not download the MNIST digits (${MNIST_URL}): ${String(err)}`, {
        cause: err,
      });
    }
    if (!res.ok) {
      throw new Error(
        `Could not download the MNIST digits (${MNIST_URL}: HTTP ${res.status}). ` +
          'Run `npm run data` to build public/datasets/mnist-10k.bin.',
      );
    }
    return install(parseMnistAsset(await res.arrayBuffer()));
  }

  return {
    load() {
      if (set) return Promise.resolve(set);
      loading ??= fetchSet().finally(() => (loading = null));
      return loading;
    },
    set: () => set,
    classIndices: (d) => byClass[d] ?? [],
  };
}
