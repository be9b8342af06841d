/**
 * JSON-safe forms of the shared set-up (typed arrays as base64) and their schemas (valibot,
 * src/schema): images, memory items, the cue, model parameters and compared models. Bank files,
 * the saved set-up and share links all parse through these, so a field has one range and one
 * message wherever it comes from. Unknown keys are errors that name the key.
 */
import * as v from 'valibot';
import { GLYPH_LETTERS } from '../../core/data/datasets';
import { base64ToBytes, bytesToBase64, packBits, unpackBits } from '../../core/data/base64';
import {
  GRID_MAX,
  GRID_MIN,
  type CueSpec,
  type MemoryItem,
  type PatternSource,
} from '../../core/data/contracts';
import { type GreyImage } from '../../core/data/images';
import { LIMITS } from '../../core/dynamics/model-spec';
import { bool, int, num, oneOf, seed, text } from '../../schema/fields';
import { labelFor, MNIST_COUNT, newItemId } from '../bank/bank-items';
import { FAMILIES, type Family, type ModelChoice } from '../model/model';
import { SPEED_MAX } from '../model/speed';
import type { EnergyAxis, Params, StepUnit } from '../../store/params-slice';

export const IMAGE_SIDE_MAX = 256;
export const LABEL_MAX = 120;

export const gridSizeSchema = () => int(GRID_MIN, GRID_MAX);

/** base64 text → bytes, as a schema step (an issue instead of a throw). */
export const base64Bytes = (what: string, maxBytes: number) =>
  v.pipe(
    v.string(`must be base64 text`),
    v.maxLength(Math.ceil(maxBytes / 3) * 4 + 4, `is longer than ${maxBytes} bytes of ${what}`),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      try {
        return base64ToBytes(dataset.value);
      } catch {
        addIssue({ message: 'is not valid base64' });
        return NEVER;
      }
    }),
  );

// ---- images ----

export interface WireImage {
  width: number;
  height: number;
  pixels: string;
}

export const imageToWire = (img: GreyImage): WireImage => ({
  width: img.width,
  height: img.height,
  pixels: bytesToBase64(img.pixels),
});

export const imageEntries = {
  width: int(1, IMAGE_SIDE_MAX),
  height: int(1, IMAGE_SIDE_MAX),
  pixels: base64Bytes('pixels', IMAGE_SIDE_MAX * IMAGE_SIDE_MAX),
};

export const toImage = (o: ImageLike): GreyImage => ({
  width: o.width,
  height: o.height,
  pixels: o.pixels,
});

type ImageLike = { width: number; height: number; pixels: Uint8Array };

/** Checks that an image-shaped object holds exactly width × height pixels. */
export const checkPixels = <T extends ImageLike>() =>
  v.check<T, (issue: v.CheckIssue<T>) => string>(
    (o) => o.pixels.length === o.width * o.height,
    ({ input }) => `holds ${input.pixels.length} pixels, not ${input.width}×${input.height}`,
  );

export const imageSchema = () =>
  v.pipe(v.strictObject(imageEntries), checkPixels(), v.transform(toImage));

// ---- memory items ----

export type WireSource =
  | { kind: 'mnist'; index: number }
  | { kind: 'glyph'; letter: string }
  | { kind: 'random'; seed: number }
  | ({ kind: 'inline' } & WireImage);

export interface WireItem {
  label: string;
  source: WireSource;
}

export function sourceToWire(source: PatternSource): WireSource {
  return source.kind === 'inline' ? { kind: 'inline', ...imageToWire(source.image) } : source;
}

export const itemToWire = (item: MemoryItem): WireItem => ({
  label: item.label,
  source: sourceToWire(item.source),
});

const letterSchema = v.pipe(
  v.string(),
  v.transform((s) => s.toUpperCase()),
  v.check((s) => s.length === 1 && GLYPH_LETTERS.includes(s), `must be one of ${GLYPH_LETTERS}`),
);

export const sourceSchema = () =>
  v.variant(
    'kind',
    [
      v.strictObject({ kind: v.literal('mnist'), index: int(0, MNIST_COUNT - 1) }),
      v.strictObject({ kind: v.literal('glyph'), letter: letterSchema }),
      v.strictObject({ kind: v.literal('random'), seed: seed() }),
      v.pipe(
        v.strictObject({ kind: v.literal('inline'), ...imageEntries }),
        checkPixels(),
        v.transform((o): PatternSource => ({ kind: 'inline', image: toImage(o) })),
      ),
    ],
    'must have kind mnist, glyph, random or inline',
  );

export const itemSchema = () =>
  v.pipe(
    v.strictObject({ label: v.optional(text(LABEL_MAX)), source: sourceSchema() }),
    v.transform((o): MemoryItem => ({
      id: newItemId(),
      label: o.label ?? labelFor(o.source as PatternSource),
      source: o.source as PatternSource,
    })),
  );

// ---- cue ----

export interface WireCue {
  start: CueSpec['start'];
  flipP: number;
  occlude: CueSpec['occlude'];
  /** Packed bits, base64; null for no clamp mask. */
  clamp: string | null;
}

export const cueToWire = (cue: CueSpec): WireCue => ({
  start: cue.start,
  flipP: cue.flipP,
  occlude: cue.occlude,
  clamp: cue.clamp ? bytesToBase64(packBits(cue.clamp)) : null,
});

/** @param size grid side the cue belongs to; @param count memories in the bank. */
export const cueSchema = (size: number, count: number) =>
  v.pipe(
    v.strictObject({
      start: v.variant(
        'kind',
        [
          v.strictObject({ kind: v.literal('memory'), index: int(0, Math.max(0, count - 1)) }),
          v.strictObject({ kind: v.literal('drawing') }),
          v.strictObject({ kind: v.literal('random'), seed: seed() }),
        ],
        'must have kind memory, drawing or random',
      ),
      flipP: num(0, 1),
      occlude: v.nullish(
        v.pipe(
          v.strictObject({
            x: int(0, size - 1),
            y: int(0, size - 1),
            w: int(0, size),
            h: int(0, size),
          }),
          v.check(
            (r) => r.x + r.w <= size && r.y + r.h <= size,
            `must fit the ${size}×${size} grid`,
          ),
        ),
        null,
      ),
      clamp: v.nullish(base64Bytes('clamp mask', Math.ceil((GRID_MAX * GRID_MAX) / 8)), null),
    }),
    v.rawTransform(({ dataset, addIssue, NEVER }): CueSpec => {
      const o = dataset.value;
      let clamp: Uint8Array | null = null;
      if (o.clamp) {
        try {
          clamp = unpackBits(o.clamp, size * size);
        } catch {
          addIssue({ message: `clamp mask does not fit the ${size}×${size} grid` });
          return NEVER;
        }
      }
      return { start: o.start, flipP: o.flipP, occlude: o.occlude ?? null, clamp };
    }),
  );

// ---- model parameters ----

const FAMILY_NAMES = FAMILIES.map((f) => f.value) as [Family, ...Family[]];
const STEP_UNITS: readonly StepUnit[] = ['neuron', 'sweep'];
const ENERGY_AXES: readonly EnergyAxis[] = ['normalised', 'log', 'raw'];

/** Every parameter with its range, each optional (older links carry fewer); n and β always. */
export const paramsSchema = () =>
  v.strictObject({
    energy: v.optional(oneOf(FAMILY_NAMES)),
    n: v.optional(int(LIMITS.nMin, LIMITS.nMax)),
    beta: v.optional(num(LIMITS.betaMin, LIMITS.betaMax)),
    mode: v.optional(oneOf(['async', 'sync'] as const)),
    order: v.optional(oneOf(['sequential', 'random'] as const)),
    temperature: v.optional(num(0, 1)),
    seed: v.optional(seed()),
    speed: v.optional(int(0, SPEED_MAX)),
    maxSteps: v.optional(int(1, LIMITS.maxStepsMax)),
    stepUnit: v.optional(oneOf(STEP_UNITS as ['neuron', 'sweep'])),
    energyAxis: v.optional(oneOf(ENERGY_AXES as ['normalised', 'log', 'raw'])),
  }) satisfies v.GenericSchema<unknown, Partial<Params>>;

export const modelSchema = () =>
  v.strictObject({
    energy: oneOf(FAMILY_NAMES),
    n: int(LIMITS.nMin, LIMITS.nMax),
    beta: num(LIMITS.betaMin, LIMITS.betaMax),
  }) satisfies v.GenericSchema<unknown, ModelChoice>;

/** The compared models: 2 to 4. */
export const compareSchema = () =>
  v.pipe(
    v.array(modelSchema(), 'must be a list of 2 to 4 models'),
    v.minLength(2, 'must be a list of 2 to 4 models'),
    v.maxLength(4, 'must be a list of 2 to 4 models'),
  );

export const drawingSchema = () =>
  v.strictObject({ raw: imageSchema(), autoPreprocess: v.optional(bool(), false) });
