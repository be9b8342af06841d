/**
 * Upload limits at their exact boundaries (bytes, pixels) and the decode deadline. Node has File
 * and Blob; the browser decoders (createImageBitmap, <img>, a 2D canvas) are stand-ins here.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DECODE_TIMEOUT_MS,
  MAX_FILE_BYTES,
  MAX_PIXELS,
  UploadError,
  loadImageFile,
  uploadErrorMessage,
} from './upload';

const opts = { size: 8, invert: 'never', binarise: false, centre: false } as const;

/** A file of exactly `bytes` bytes that starts with a PNG header of `w`×`h`. */
function png(w: number, h: number, bytes = 64): File {
  const b = new Uint8Array(bytes);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  b.set(
    [...'IHDR'].map((c) => c.charCodeAt(0)),
    12,
  );
  const view = new DataView(b.buffer);
  view.setUint32(16, w);
  view.setUint32(20, h);
  return new File([b], 'pic.png', { type: 'image/png' });
}

let decodes = 0;
/** createImageBitmap: resolves a blank bitmap, or never settles when `hang`. */
function decoder(hang = false) {
  vi.stubGlobal('createImageBitmap', () => {
    decodes++;
    return hang ? new Promise(() => undefined) : Promise.resolve({ close: () => undefined });
  });
}

beforeEach(() => {
  decodes = 0;
  const ctx = {
    drawImage: () => undefined,
    getImageData: (_x: number, _y: number, w: number, h: number) => ({
      data: new Uint8ClampedArray(w * h * 4),
    }),
  };
  vi.stubGlobal('document', { createElement: () => ({ getContext: () => ctx }) });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** The UploadError message, or null when it loaded. */
const refusal = (file: File) =>
  loadImageFile(file, opts).then(
    () => null,
    (e: unknown) => {
      expect(e).toBeInstanceOf(UploadError);
      return (e as Error).message;
    },
  );

describe('file size limit', () => {
  it('exactly MAX_FILE_BYTES is accepted', async () => {
    decoder();
    const file = png(4, 4, MAX_FILE_BYTES);
    expect(file.size).toBe(MAX_FILE_BYTES);
    expect(await refusal(file)).toBeNull();
    expect(decodes).toBe(1);
  });

  it('one byte over is refused before decoding, the message naming size and limit', async () => {
    decoder();
    const file = png(4, 4, MAX_FILE_BYTES + 1);
    expect(await refusal(file)).toBe('it is 20.1 MB; images up to 20 MB can be loaded');
    expect(decodes).toBe(0);
    expect(uploadErrorMessage(file, new UploadError('x'))).toBe('Could not load pic.png: x.');
  });

  it('an empty file is refused', async () => {
    expect(await refusal(new File([], 'e.png'))).toBe('the file is empty');
  });
});

describe('pixel limit', () => {
  it('exactly MAX_PIXELS (8000×5000) is accepted', async () => {
    decoder();
    expect(8000 * 5000).toBe(MAX_PIXELS);
    expect(await refusal(png(8000, 5000))).toBeNull();
    expect(decodes).toBe(1);
  });

  it('one pixel over (1×40000001) is refused before decoding, naming the limit', async () => {
    decoder();
    expect(await refusal(png(1, MAX_PIXELS + 1))).toBe(
      'it is 1×40000001 pixels (40.1 megapixels); images up to 40 megapixels can be loaded; shrink it first',
    );
    expect(decodes).toBe(0);
  });
});

describe('decode deadline', () => {
  it('a raster decode that never finishes times out with a clear message', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    decoder(true);
    let message: string | null | undefined;
    void refusal(png(4, 4)).then((m) => (message = m));
    await vi.advanceTimersByTimeAsync(DECODE_TIMEOUT_MS - 1);
    expect(decodes).toBe(1);
    expect(message).toBeUndefined(); // still decoding, within the deadline
    await vi.advanceTimersByTimeAsync(1);
    expect(message).toBe('Decoding the image took too long');
  });

  it('an SVG whose decode never finishes times out too', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let started = 0;
    vi.stubGlobal(
      'Image',
      class {
        src = '';
        decode() {
          started++;
          return new Promise(() => undefined);
        }
      },
    );
    const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg"></svg>'], 'a.svg');
    let message: string | null | undefined;
    void refusal(svg).then((m) => (message = m));
    await vi.advanceTimersByTimeAsync(DECODE_TIMEOUT_MS);
    expect(started).toBe(1);
    expect(message).toBe('Reading the SVG took too long');
  });
});
