import { describe, expect, it } from 'vitest';
import { inflateMnistAsset } from '../../engine/mnist-inflate';
import { mnistAssetFile } from '../../test-utils/mnist-asset';
import { createMnistData, MNIST_URL } from './mnist-data';

/** The app's decoder, in-process (the page runs it in workers/mnist.worker.ts). */
const decode = async (bytes: ArrayBuffer) => ({
  plain: await inflateMnistAsset(new Uint8Array(bytes)),
  ms: 1,
});
const serve = (body: Uint8Array, status = 200) =>
  (async () => new Response(body as Uint8Array<ArrayBuffer>, { status })) as typeof fetch;

describe.runIf(mnistAssetFile)('createMnistData', () => {
  const file = mnistAssetFile!;

  it('downloads the gzipped asset once, decodes it and reports the sizes', async () => {
    const urls: string[] = [];
    const fetchImpl = (async (url: string) => {
      urls.push(url);
      return new Response(file.slice() as Uint8Array<ArrayBuffer>);
    }) as typeof fetch;
    const data = createMnistData({ fetchImpl, decode });
    const [a, b] = await Promise.all([data.load(), data.load()]);
    expect(a).toBe(b);
    expect(urls).toEqual([MNIST_URL]);
    expect(MNIST_URL).toMatch(/mnist-10k-gz(-[\w-]+)?\.bin$/);
    expect(a.count).toBe(10_000);
    expect(data.classIndices(1)[0]).toBe(1001);
    expect(data.info()).toEqual({ downloaded: file.byteLength, decoded: 7_850_016, decodeMs: 1 });
  });

  it('turns a cut download or a missing file into one sentence', async () => {
    const cut = createMnistData({ fetchImpl: serve(file.slice(0, 100_000)), decode });
    await expect(cut.load()).rejects.toThrow(
      /^Could not read the MNIST digits \(.*mnist-10k-gz\.bin\): MNIST asset .*truncated or corrupt/,
    );
    expect(cut.set()).toBeNull();
    const missing = createMnistData({ fetchImpl: serve(new Uint8Array(), 404), decode });
    await expect(missing.load()).rejects.toThrow(/HTTP 404\). Run `npm run data`/);
  });
});
