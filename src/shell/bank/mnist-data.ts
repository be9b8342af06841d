/**
 * The MNIST asset (datasets/mnist-10k-gz.bin, 1.6 MB gzipped; built with a content hash in its
 * name, scripts/build-mnist.mjs), fetched, decoded in a
 * worker and parsed once per page and kept outside the store (7.8 MB of pixels are not state;
 * the store records the load status). One instance lives in the shell; the compute worker gets
 * the parsed set from it (compute.ts).
 */
import { indicesOfClass, parseMnistAsset, type MnistSet } from '../../core/data/mnist-format';
import { errorMessage } from '../../core/util/error-message';
import { decodeMnistInWorker, type DecodedMnist } from '../../worker-client/mnist-decode';
import assetUrl from '../../../datasets/mnist-10k-gz.bin?url';

export const MNIST_URL: string = assetUrl;

/** How the last load went: bytes downloaded, bytes decoded, the worker's decode time. */
export interface MnistLoadInfo {
  downloaded: number;
  decoded: number;
  decodeMs: number;
}

export interface MnistData {
  /** Fetches and validates the asset once; rejects with a message a user can act on. */
  load(): Promise<MnistSet>;
  /** The loaded set, or null before loading. */
  set(): MnistSet | null;
  /** Asset indices of every example of class d, ascending ([] before loading). */
  classIndices(d: number): readonly number[];
  /** Sizes and decode time of the load (null before it finished). */
  info(): MnistLoadInfo | null;
}

export interface MnistDataOptions {
  fetchImpl?: typeof fetch;
  /** Gunzips and checks the downloaded bytes (Node tests pass src/engine/mnist-inflate.ts). */
  decode?: (bytes: ArrayBuffer) => Promise<DecodedMnist>;
  /** Skips the fetch (Node tests). */
  preloaded?: MnistSet | null;
}

export function createMnistData(opts: MnistDataOptions = {}): MnistData {
  const fetchImpl = opts.fetchImpl ?? ((...a) => fetch(...a));
  const decode = opts.decode ?? decodeMnistInWorker;
  let info: MnistLoadInfo | null = null;
  let set: MnistSet | null = null;
  let byClass: number[][] = [];
  let loading: Promise<MnistSet> | null = null;
  const install = (parsed: MnistSet) => {
    byClass = Array.from({ length: 10 }, (_, d) => indicesOfClass(parsed, d));
    set = parsed;
    return parsed;
  };
  if (opts.preloaded) install(opts.preloaded);

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
          'Run `npm run data` to build datasets/mnist-10k-gz.bin.',
      );
    }
    try {
      const bytes = await res.arrayBuffer();
      const downloaded = bytes.byteLength;
      const { plain, ms } = await decode(bytes);
      const parsed = parseMnistAsset(plain);
      info = { downloaded, decoded: plain.byteLength, decodeMs: ms };
      return install(parsed);
    } catch (err) {
      throw new Error(`Could not read the MNIST digits (${MNIST_URL}): ${errorMessage(err)}`, {
        cause: err,
      });
    }
  }

  return {
    load() {
      if (set) return Promise.resolve(set);
      loading ??= fetchSet().finally(() => (loading = null));
      return loading;
    },
    set: () => set,
    classIndices: (d) => byClass[d] ?? [],
    info: () => info,
  };
}
