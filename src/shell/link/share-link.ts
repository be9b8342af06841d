/**
 * The whole set-up in the URL hash, so a link reproduces a run exactly:
 *   #v=1[&student=1]&c=<checksum>&s=<payload>
 * payload = base64url(deflate-raw(JSON)) of the bank (MNIST digits as index runs "m0-9", glyphs
 * "gA", random patterns "r<seed>", inline images "i<k>" into a list of base64 pixels), the cue (clamp
 * mask as packed bits), the model parameters, the drawing and the view. The checksum (FNV-1a of
 * the payload) catches tampered and truncated links.
 */
import { GLYPH_LETTERS } from '../../core/data/datasets';
import { base64UrlToBytes, bytesToBase64Url } from './base64';
import { labelFor, MNIST_COUNT, newItemId } from '../bank/bank-items';
import { deflateRaw, inflateRaw } from './compress';
import type { CueSpec, GreyImage, MemoryItem, PatternSource } from '../../core/data/contracts';
import {
  cueFromWire,
  cueToWire,
  gridSize,
  imageFromWire,
  imageToWire,
  int,
  isRecord,
  paramsFromWire,
  record,
  SetupError,
  type WireImage,
} from '../persist/wire';
import { BANK_MAX } from '../../store/bank-slice';
import { compareFromWire } from '../persist/setup-record';
import { basinFromWire, basinToWire, type WireBasin } from '../../labs/basins/app/codec';
import type { BasinSettings } from '../../labs/basins/app/slice';
import { labFromWire, labToWire, type WireLab } from '../../labs/train/app/codec';
import type { LabSetup } from '../../labs/train/app/slice';

export const LINK_VERSION = 1;

export interface SharedSetup {
  size: number;
  items: MemoryItem[];
  cue: CueSpec | null;
  params: Record<string, unknown> | null;
  drawing: { raw: GreyImage; autoPreprocess: boolean } | null;
  view: string;
  /** Models of the compare view, or null. */
  compare: object[] | null;
  /** The basins view's slice (plane, resolution); absent or null in older links. */
  basin?: BasinSettings | null;
  /** The training lab's run set-up; absent or null in older links. */
  lab?: LabSetup | null;
}

export interface LinkFlags {
  /** Simplified view: no bank editor, no advanced model controls. */
  student: boolean;
}

interface Payload {
  b: { s: number; t: string; i: (WireImage & { l: string })[] };
  c: ReturnType<typeof cueToWire> | null;
  p: Record<string, unknown> | null;
  d: { r: WireImage; a: boolean } | null;
  w: string;
  k: object[] | null;
  /** Added later: older links have none. */
  g?: WireBasin | null;
  /** Added later still: the lab set-up. */
  l?: WireLab | null;
}

/** FNV-1a, 32 bits, as 8 hex digits. */
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
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

function decodeItems(tokens: string, inline: unknown): MemoryItem[] {
  if (!Array.isArray(inline)) throw new SetupError('the inline images are not a list');
  const items: MemoryItem[] = [];
  if (tokens === '') return items;
  for (const tok of tokens.split(',')) {
    const body = tok.slice(1);
    if (tok[0] === 'm') {
      const m = /^(\d+)(?:-(\d+))?$/.exec(body);
      if (!m) throw new SetupError(`bad memory token "${tok}"`);
      const a = int(Number(m[1]), 'MNIST index', 0, MNIST_COUNT - 1);
      const b = m[2] === undefined ? a : int(Number(m[2]), 'MNIST index', a, MNIST_COUNT - 1);
      if (items.length + b - a + 1 > BANK_MAX)
        throw new SetupError(`more than ${BANK_MAX} memories`);
      for (let i = a; i <= b; i++) items.push(item({ kind: 'mnist', index: i }));
    } else if (tok[0] === 'g' && body.length === 1 && GLYPH_LETTERS.includes(body)) {
      items.push(item({ kind: 'glyph', letter: body }));
    } else if (tok[0] === 'r' && /^\d{1,10}$/.test(body)) {
      items.push(item({ kind: 'random', seed: int(Number(body), 'random seed', 0, 0xffffffff) }));
    } else if (tok[0] === 'i' && /^\d{1,5}$/.test(body) && Number(body) < inline.length) {
      const raw = record(inline[Number(body)], 'inline image');
      const label = typeof raw.l === 'string' ? raw.l.slice(0, 120) : 'drawing';
      items.push(item({ kind: 'inline', image: imageFromWire(raw, 'inline image') }, label));
    } else {
      throw new SetupError(`bad memory token "${tok.slice(0, 12)}"`);
    }
    if (items.length > BANK_MAX) throw new SetupError(`more than ${BANK_MAX} memories`);
  }
  return items;
}

/** The hash (without "#") for a set-up. */
export async function encodeShareHash(setup: SharedSetup, flags?: LinkFlags): Promise<string> {
  const inline: Payload['b']['i'] = [];
  const payload: Payload = {
    b: { s: setup.size, t: encodeItems(setup.items, inline), i: inline },
    c: setup.cue ? cueToWire(setup.cue) : null,
    p: setup.params,
    d: setup.drawing
      ? { r: imageToWire(setup.drawing.raw), a: setup.drawing.autoPreprocess }
      : null,
    w: setup.view,
    k: setup.compare,
    g: setup.basin ? basinToWire(setup.basin) : null,
    l: setup.lab ? labToWire(setup.lab) : null,
  };
  const json = new TextEncoder().encode(JSON.stringify(payload));
  const s = bytesToBase64Url(await deflateRaw(json));
  return `v=${LINK_VERSION}${flags?.student ? '&student=1' : ''}&c=${checksum(s)}&s=${s}`;
}

/** Flags that hide controls; read even when the set-up in the link is broken. */
export function readLinkFlags(hash: string): LinkFlags {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const student = q.get('student');
  return { student: student === '1' || student === 'true' };
}

/**
 * The set-up in a hash, or null when the hash carries none.
 * @param templates current model parameters and one compare model: the keys and types the
 *   link's values must match.
 * @throws SetupError when the link is damaged, truncated or tampered with.
 */
export async function decodeShareHash(
  hash: string,
  templates: { params: object; compare: object },
): Promise<SharedSetup | null> {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const s = q.get('s');
  if (s === null) return null;
  if (q.get('v') !== String(LINK_VERSION)) {
    throw new SetupError(`link version "${q.get('v') ?? ''}" is not supported`);
  }
  if (q.get('c') !== checksum(s)) {
    throw new SetupError('its checksum does not match, so it was cut short or altered');
  }
  let payload: unknown;
  try {
    const bytes = await inflateRaw(base64UrlToBytes(s));
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new SetupError('its data could not be decoded');
  }
  const o = record(payload, 'the link data');
  const b = record(o.b, 'the memory bank');
  const size = gridSize(b.s);
  if (typeof b.t !== 'string') throw new SetupError('the memory list is not text');
  const items = decodeItems(b.t, b.i);
  const cue = o.c === null || o.c === undefined ? null : cueFromWire(o.c, size, items.length);
  const params = o.p === null || o.p === undefined ? null : paramsFromWire(o.p, templates.params);
  let drawing: SharedSetup['drawing'] = null;
  if (o.d !== null && o.d !== undefined) {
    const d = record(o.d, 'the drawing');
    drawing = { raw: imageFromWire(d.r, 'the drawing'), autoPreprocess: d.a === true };
  }
  const compare =
    o.k === null || o.k === undefined ? null : compareFromWire(o.k, templates.compare);
  const view = typeof o.w === 'string' && /^[a-z-]{1,20}$/.test(o.w) ? o.w : 'single';
  const basin = o.g === null || o.g === undefined ? null : basinFromWire(o.g, items.length);
  const setup: SharedSetup = {
    size,
    items,
    cue,
    params: isRecord(params) ? params : null,
    drawing,
    view,
    compare,
  };
  if (basin) setup.basin = basin;
  if (o.l !== null && o.l !== undefined) setup.lab = labFromWire(o.l);
  return setup;
}
