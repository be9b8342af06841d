/**
 * Turns an uploaded file into a grey image on the grid, safely: the format is read from the magic
 * bytes, files over 20 MB and rasters over 40 megapixels are refused from their header before any
 * decoding, rasters are decoded off the main thread by createImageBitmap straight to a small
 * intermediate size, and SVG is rasterised through an <img> at a bounded size. Every failure is an
 * UploadError whose message can be shown as it is.
 */
import { readImageHeader, type ImageFormat } from '../../core/data/image-header';
import {
  binariseImage,
  borderMean,
  fitToSquare,
  luminanceToInk,
  mnistNormalize,
  rgbaToLuminance,
  type InvertMode,
} from '../../core/data/preprocess';
import type { GreyImage } from '../../core/data/images';
import { errorMessage } from '../../core/util/error-message';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_PIXELS = 40_000_000;
/** Longest side of the intermediate picture the browser decodes to before our area averaging. */
const WORK_SIDE = 256;
export const DECODE_TIMEOUT_MS = 15_000;

export class UploadError extends Error {}

export interface UploadOptions {
  /** Grid side of the result. */
  size: number;
  invert: InvertMode;
  binarise: boolean;
  /** MNIST-style crop, scale and centre by mass. */
  centre: boolean;
}

export interface Uploaded {
  image: GreyImage;
  /** One line for the user: what was read and what was done to it. */
  note: string;
}

/** One decimal, rounded up, so a size just over a limit never reads as the limit ("20.1 MB"). */
const up1 = (x: number) => {
  const r = Math.ceil(x * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
};
const mb = (bytes: number) => `${up1(bytes / 1024 / 1024)} MB`;

function withTimeout<T>(p: Promise<T>, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new UploadError(`${what} took too long`)), DECODE_TIMEOUT_MS);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/** Size of the intermediate picture: the source shrunk (never enlarged) to fit WORK_SIDE. */
function workSize(w: number, h: number): { w: number; h: number } {
  const k = Math.min(1, WORK_SIDE / Math.max(w, h));
  return { w: Math.max(1, Math.round(w * k)), h: Math.max(1, Math.round(h * k)) };
}

function pixelsOf(
  source: CanvasImageSource,
  w: number,
  h: number,
): { rgba: Uint8ClampedArray; w: number; h: number } {
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new UploadError('This browser cannot read image pixels (no 2D canvas)');
  ctx.drawImage(source, 0, 0, w, h);
  return { rgba: ctx.getImageData(0, 0, w, h).data, w, h };
}

let decodes = 0;
/** How many images were handed to the browser's decoder (tests: a refused file adds none). */
export const decodesStarted = (): number => decodes;

async function decodeRaster(file: File, width: number, height: number) {
  decodes++;
  const { w, h } = workSize(width, height);
  let bitmap: ImageBitmap;
  try {
    bitmap = await withTimeout(
      createImageBitmap(file, { resizeWidth: w, resizeHeight: h, resizeQuality: 'high' }),
      'Decoding the image',
    );
  } catch (err) {
    if (err instanceof UploadError) throw err;
    throw new UploadError('the image data is damaged or incomplete, so it could not be decoded');
  }
  try {
    return pixelsOf(bitmap, w, h);
  } finally {
    bitmap.close();
  }
}

async function decodeSvg(file: File) {
  decodes++;
  const url = URL.createObjectURL(new Blob([file], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    try {
      await withTimeout(img.decode(), 'Reading the SVG');
    } catch (err) {
      if (err instanceof UploadError) throw err;
      throw new UploadError('the SVG is not valid, so it could not be drawn');
    }
    // An SVG without width/height has no intrinsic size: treat it as a square.
    const nw = img.naturalWidth || WORK_SIDE;
    const nh = img.naturalHeight || WORK_SIDE;
    const { w, h } = workSize(nw, nh);
    return { ...pixelsOf(img, w, h), nw, nh };
  } finally {
    URL.revokeObjectURL(url);
  }
}

const NAMES: Record<ImageFormat, string> = {
  png: 'PNG',
  jpeg: 'JPEG',
  gif: 'GIF',
  webp: 'WebP',
  svg: 'SVG',
};

/** Reads, checks, decodes and converts one file. Rejects with an UploadError on any problem. */
export async function loadImageFile(file: File, opts: UploadOptions): Promise<Uploaded> {
  if (file.size === 0) throw new UploadError('the file is empty');
  if (file.size > MAX_FILE_BYTES) {
    throw new UploadError(
      `it is ${mb(file.size)}; images up to ${mb(MAX_FILE_BYTES)} can be loaded`,
    );
  }
  const head = new Uint8Array(await file.slice(0, 256 * 1024).arrayBuffer());
  let header = readImageHeader(head);
  if (header?.format === 'jpeg' && header.width === null && file.size > head.length) {
    header = readImageHeader(new Uint8Array(await file.arrayBuffer())); // frame header further on
  }
  if (!header) {
    throw new UploadError('it is not a PNG, JPEG, WebP, GIF or SVG image, or it is damaged');
  }

  let decoded: { rgba: Uint8ClampedArray; w: number; h: number };
  let sourceSize: string;
  if (header.format === 'svg') {
    const svg = await decodeSvg(file);
    decoded = svg;
    sourceSize = `${svg.nw}×${svg.nh} SVG`;
  } else {
    const { width, height } = header;
    if (!width || !height) {
      throw new UploadError(`its ${NAMES[header.format]} header is damaged`);
    }
    if (width * height > MAX_PIXELS) {
      throw new UploadError(
        `it is ${width}×${height} pixels (${up1((width * height) / 1e6)} megapixels); ` +
          `images up to ${MAX_PIXELS / 1e6} megapixels can be loaded; shrink it first`,
      );
    }
    decoded = await decodeRaster(file, width, height);
    sourceSize = `${width}×${height} ${NAMES[header.format]}`;
  }

  const lum = rgbaToLuminance(decoded.rgba, decoded.w, decoded.h);
  const invert = opts.invert === 'always' || (opts.invert === 'auto' && borderMean(lum) > 127.5);
  let image = fitToSquare(luminanceToInk(lum, invert ? 'always' : 'never'), opts.size);
  if (opts.centre) image = mnistNormalize(image, opts.size);
  if (opts.binarise) image = binariseImage(image);
  const steps = [
    `${sourceSize} → ${opts.size}×${opts.size}`,
    invert ? 'light background inverted' : null,
    opts.centre ? 'centred' : null,
    opts.binarise ? 'binarised' : 'grey kept',
  ];
  return { image, note: `Loaded ${file.name || 'the image'}: ${steps.filter(Boolean).join(', ')}` };
}

/** Message for any error thrown by loadImageFile. */
export function uploadErrorMessage(file: File | null, err: unknown): string {
  const name = file?.name || 'the file';
  if (err instanceof UploadError) return `Could not load ${name}: ${err.message}.`;
  return `Could not load ${name}: ${errorMessage(err)}`;
}
