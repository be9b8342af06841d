/**
 * The whole set-up in the URL, so a link reproduces a run exactly:
 *   #/<lab>?v=1[&<view flags>]&c=<checksum>&s=<payload>     (older links: #v=1&…, no route)
 * (the view flags, student=1&presenter=1&lesson=…, are read and written by ./view-flags.ts)
 * payload = base64url(deflate-raw(JSON)) of the bank (MNIST digits as index runs "m0-9", glyphs
 * "gA", random patterns "r<seed>", inline images "i<k>" into a list of base64 pixels, and under
 * "q" the prototype task the bank carries, if any, as packed bits), the cue,
 * the model parameters, the drawing, the view and compared models, and each lab's part under its
 * codec's link key. The checksum (FNV-1a of the payload) catches tampered and truncated links.
 *
 * Reading is bounded before anything large is allocated: a payload over HASH_MAX characters is
 * refused, inflating stops past INFLATED_MAX bytes, and the JSON goes through the schema layer.
 */
import * as v from 'valibot';
import { base64UrlToBytes, bytesToBase64Url } from '../../core/data/base64';
import { GLYPH_LETTERS } from '../../core/data/datasets';
import type { CueSpec, MemoryItem, PatternSource } from '../../core/data/contracts';
import type { GreyImage } from '../../core/data/images';
import { list, text, token } from '../../schema/fields';
import { InputError, parseInput } from '../../schema/parse';
import { BANK_MAX, type BankPrototypes } from '../../store/bank-slice';
import type { Params } from '../../store/params-slice';
import { labelFor, MNIST_COUNT, newItemId } from '../bank/bank-items';
import {
  checkPrototypesFit,
  prototypesSchema,
  prototypesToWire,
  type WirePrototypes,
} from '../bank/prototype-wire';
import type { ModelChoice } from '../model/model';
import type { LabCodec } from '../persist/lab-codec';
import {
  compareSchema,
  cueSchema,
  cueToWire,
  gridSizeSchema,
  imageEntries,
  imageSchema,
  imageToWire,
  LABEL_MAX,
  paramsSchema,
  checkPixels,
  toImage,
  type WireCue,
  type WireImage,
} from '../persist/wire';
import { deflateRaw, inflateRaw, InflateLimitError } from './compress';
import { flagsQuery, type ViewFlags } from './view-flags';

export const LINK_VERSION = 1;
/** Longest payload read from a link (characters of base64url). */
export const HASH_MAX = 256 * 1024;
/** Largest inflated payload (bytes), counted while inflating. */
export const INFLATED_MAX = 64 * 2 ** 20;

export interface SharedSetup {
  size: number;
  items: MemoryItem[];
  /** The prototype task the bank carries (null: an ordinary bank). */
  prototypes?: BankPrototypes | null;
  cue: CueSpec | null;
  params: Partial<Params> | null;
  drawing: { raw: GreyImage; autoPreprocess: boolean } | null;
  /** The lab (or an older link's view name) the link was made in. */
  view: string | null;
  compare: ModelChoice[] | null;
  /** Each lab's validated part, by its codec's link key. */
  labs: Record<string, unknown>;
}

type LinkCodec = Pick<LabCodec, 'linkKey' | 'schema'>;

interface Payload {
  b: { s: number; t: string; i: (WireImage & { l: string })[]; q?: WirePrototypes };
  c: WireCue | null;
  p: Partial<Params> | null;
  d: { r: WireImage; a: boolean } | null;
  w: string | null;
  k: ModelChoice[] | null;
  [lab: string]: unknown;
}

/** FNV-1a, 32 bits, as 8 hex digits. */
export function checksum(textIn: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < textIn.length; i++) {
    h ^= textIn.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function encodeItems(items: readonly MemoryItem[], inline: Payload['b']['i']): string {
  const tokens: string[] = [];
  let runStart = -1;
  let runEnd = -1;
  const flush = () => {
    if (runStart >= 0) tokens.push(runStart === runEnd ? `m${runStart}` : `m${runStart}-${runEnd}`);
    runStart = runEnd = -1;
  };
  for (const { source, label } of items) {
    if (source.kind === 'mnist' && runStart >= 0 && source.index === runEnd + 1) {
      runEnd = source.index;
      continue;
    }
    flush();
    if (source.kind === 'mnist') runStart = runEnd = source.index;
    else if (source.kind === 'glyph') tokens.push(`g${source.letter}`);
    else if (source.kind === 'random') tokens.push(`r${source.seed}`);
    else {
      tokens.push(`i${inline.length}`);
      inline.push({ ...imageToWire(source.image), l: label });
    }
  }
  flush();
  return tokens.join(',');
}

const item = (source: PatternSource, label = labelFor(source)): MemoryItem => ({
  id: newItemId(),
  label,
  source,
});

const bad = (field: string, message: string): never => {
  throw new InputError(`${field}: ${message}`, field);
};

function decodeItems(
  tokens: string,
  inline: readonly { image: GreyImage; l: string }[],
): MemoryItem[] {
  const items: MemoryItem[] = [];
  if (tokens === '') return items;
  for (const [k, tok] of tokens.split(',').entries()) {
    const at = `b.t[${k}]`;
    const body = tok.slice(1);
    if (tok[0] === 'm') {
      const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(body);
      if (!m) bad(at, `bad memory token "${tok.slice(0, 12)}"`);
      const a = Number(m![1]);
      const b = m![2] === undefined ? a : Number(m![2]);
      if (a > MNIST_COUNT - 1 || b > MNIST_COUNT - 1 || b < a)
        bad(at, `MNIST indices must run upwards within 0 to ${MNIST_COUNT - 1}`);
      if (items.length + b - a + 1 > BANK_MAX) bad('b.t', `more than ${BANK_MAX} memories`);
      for (let i = a; i <= b; i++) items.push(item({ kind: 'mnist', index: i }));
    } else if (tok[0] === 'g' && body.length === 1 && GLYPH_LETTERS.includes(body)) {
      items.push(item({ kind: 'glyph', letter: body }));
    } else if (tok[0] === 'r' && /^\d{1,10}$/.test(body) && Number(body) <= 0xffffffff) {
      items.push(item({ kind: 'random', seed: Number(body) }));
    } else if (tok[0] === 'i' && /^\d{1,5}$/.test(body) && Number(body) < inline.length) {
      const { image, l } = inline[Number(body)];
      items.push(item({ kind: 'inline', image }, l));
    } else {
      bad(at, `bad memory token "${tok.slice(0, 12)}"`);
    }
    if (items.length > BANK_MAX) bad('b.t', `more than ${BANK_MAX} memories`);
  }
  return items;
}

/** The query part (without "#" or route) for a set-up. */
export async function encodeShareHash(
  setup: SharedSetup,
  flags?: Partial<ViewFlags>,
): Promise<string> {
  const inline: Payload['b']['i'] = [];
  const payload: Payload = {
    b: {
      s: setup.size,
      t: encodeItems(setup.items, inline),
      i: inline,
      ...(setup.prototypes ? { q: prototypesToWire(setup.prototypes) } : {}),
    },
    c: setup.cue ? cueToWire(setup.cue) : null,
    p: setup.params,
    d: setup.drawing
      ? { r: imageToWire(setup.drawing.raw), a: setup.drawing.autoPreprocess }
      : null,
    w: setup.view,
    k: setup.compare,
    ...setup.labs,
  };
  const json = new TextEncoder().encode(JSON.stringify(payload));
  const s = bytesToBase64Url(await deflateRaw(json));
  const shown = flagsQuery(flags);
  return `v=${LINK_VERSION}${shown ? `&${shown}` : ''}&c=${checksum(s)}&s=${s}`;
}

const bankSchema = () =>
  v.strictObject({
    s: gridSizeSchema(),
    t: v.pipe(text(BANK_MAX * 12), v.regex(/^[0-9a-zA-Z,-]*$/, 'must be a list of memory tokens')),
    i: list(
      v.pipe(
        v.strictObject({ ...imageEntries, l: v.optional(text(LABEL_MAX), 'drawing') }),
        checkPixels(),
        v.transform((o) => ({ image: toImage(o), l: o.l })),
      ),
      0,
      BANK_MAX,
    ),
    q: v.optional(prototypesSchema()),
  });

const viewSchema = () => token(/^[a-z][a-z0-9-]{0,31}$/, 32, 'a lab name');

/**
 * The set-up in a link's query, or null when it carries none.
 * @param codecs every lab's codec (their link keys are the payload's other known keys).
 * @throws InputError naming the first problem: damaged, truncated, tampered or out of range.
 */
export async function decodeShareHash(
  query: string | URLSearchParams,
  codecs: readonly LinkCodec[],
): Promise<SharedSetup | null> {
  const q = typeof query === 'string' ? new URLSearchParams(query.replace(/^#/, '')) : query;
  const s = q.get('s');
  if (s === null) return null;
  if (s.length > HASH_MAX) {
    throw new InputError(
      `it is ${Math.round(s.length / 1024)} KB, longer than the ${HASH_MAX / 1024} KB a link may carry`,
    );
  }
  if (q.get('v') !== String(LINK_VERSION)) {
    throw new InputError(`link version "${(q.get('v') ?? '').slice(0, 12)}" is not supported`);
  }
  if (q.get('c') !== checksum(s)) {
    throw new InputError('its checksum does not match, so it was cut short or altered');
  }
  let payload: unknown;
  try {
    const bytes = await inflateRaw(base64UrlToBytes(s), INFLATED_MAX);
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (err) {
    if (err instanceof InflateLimitError) throw new InputError(err.message);
    throw new InputError('its data could not be decoded');
  }
  // Two steps: the bank first, since the cue and the labs' parts must fit it.
  const known: Record<string, v.GenericSchema> = { b: v.unknown() };
  for (const key of ['c', 'p', 'd', 'w', 'k', ...codecs.map((c) => c.linkKey)]) {
    known[key] = v.optional(v.unknown());
  }
  const o = parseInput(v.strictObject(known), payload, { maxDepth: 8 }) as Record<string, unknown>;
  const b = parseInput(bankSchema(), o.b, { maxDepth: 5, at: 'b' });
  const items = decodeItems(b.t, b.i);
  const size = b.s;
  const prototypes = b.q ?? null;
  checkPrototypesFit(prototypes, size, 'b.q');
  const part = <S extends v.GenericSchema>(key: string, schema: S): v.InferOutput<S> | null => {
    const value = o[key];
    if (value === null || value === undefined) return null;
    return parseInput(schema, value, { maxDepth: 6, at: key });
  };
  const drawing = part(
    'd',
    v.strictObject({ r: imageSchema(), a: v.optional(v.boolean(), false) }),
  );
  const labs: Record<string, unknown> = {};
  for (const codec of codecs) {
    const wire = part(codec.linkKey, codec.schema({ count: items.length }));
    if (wire !== null) labs[codec.linkKey] = wire;
  }
  return {
    size,
    items,
    ...(prototypes ? { prototypes } : {}),
    cue: part('c', cueSchema(size, items.length)),
    params: part('p', paramsSchema()),
    drawing: drawing ? { raw: drawing.r, autoPreprocess: drawing.a } : null,
    view: part('w', viewSchema()),
    compare: part('k', compareSchema()),
    labs,
  };
}
