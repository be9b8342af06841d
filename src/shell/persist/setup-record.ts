/**
 * The set-up as one JSON-safe record (the IndexedDB entry): the shared parts (bank, cue, params,
 * drawing, view, compared models, and the bank a prototype task put aside, if any) and each lab's
 * part under its codec's record key. Reading
 * validates everything with the schemas of files and links; unknown keys are errors.
 */
import * as v from 'valibot';
import type { CueSpec, MemoryItem } from '../../core/data/contracts';
import type { GreyImage } from '../../core/data/images';
import { token } from '../../schema/fields';
import { parseInput } from '../../schema/parse';
import type { BankAside, BankPrototypes } from '../../store/bank-slice';
import type { Params } from '../../store/params-slice';
import { bankFromValue, bankToFile, type BankFile } from '../bank/bank-file';
import type { ModelChoice } from '../model/model';
import { asideFromRecord, asideToRecord, type AsideRecord } from './aside-record';
import type { LabCodec } from './lab-codec';
import {
  compareSchema,
  cueSchema,
  cueToWire,
  drawingSchema,
  imageToWire,
  paramsSchema,
  type WireCue,
  type WireImage,
} from './wire';

export const SETUP_FORMAT = 'dam-playground-setup';
export const SETUP_VERSION = 1;

export interface Setup {
  size: number;
  items: MemoryItem[];
  /** The prototype task the bank carries (null or absent: none). */
  prototypes?: BankPrototypes | null;
  /** The bank a prototype task put aside (null or absent: none). */
  aside?: BankAside | null;
  cue: CueSpec;
  params: Partial<Params>;
  drawing: { raw: GreyImage; autoPreprocess: boolean };
  /** The lab shown when it was saved (or an older record's view name). */
  view: string;
  compare: ModelChoice[];
  /** Each lab's part, by its codec's record key. */
  labs: Record<string, unknown>;
}

export interface SetupRecord {
  format: typeof SETUP_FORMAT;
  version: number;
  bank: BankFile;
  cue: WireCue;
  params: Partial<Params>;
  drawing: { raw: WireImage; autoPreprocess: boolean };
  view: string;
  compare: ModelChoice[];
  aside?: AsideRecord;
  [lab: string]: unknown;
}

export const setupToRecord = (s: Setup): SetupRecord => ({
  format: SETUP_FORMAT,
  version: SETUP_VERSION,
  bank: bankToFile(s.size, s.items, s.prototypes),
  cue: cueToWire(s.cue),
  params: s.params,
  drawing: { raw: imageToWire(s.drawing.raw), autoPreprocess: s.drawing.autoPreprocess },
  view: s.view,
  compare: s.compare,
  ...(s.aside ? { aside: asideToRecord(s.aside) } : {}),
  ...s.labs,
});

type RecordCodec = Pick<LabCodec, 'recordKey' | 'schema'>;

/** @throws InputError naming the first problem (the record is then ignored). */
export function setupFromRecord(value: unknown, codecs: readonly RecordCodec[]): Setup {
  const known: Record<string, v.GenericSchema> = {
    format: v.literal(SETUP_FORMAT, 'is not a DAM Playground set-up'),
    version: v.literal(SETUP_VERSION, `must be ${SETUP_VERSION} (saved in an unknown format)`),
  };
  for (const key of ['bank', 'cue', 'params', 'drawing', 'view', 'compare'])
    known[key] = v.unknown();
  known.aside = v.optional(v.unknown());
  for (const c of codecs) known[c.recordKey] = v.optional(v.unknown());
  const o = parseInput(v.strictObject(known), value, { maxDepth: 9 }) as Record<string, unknown>;
  const { size, items, prototypes } = bankFromValue(o.bank, 'bank');
  const at = (key: string) => ({ maxDepth: 6, at: key });
  const labs: Record<string, unknown> = {};
  for (const c of codecs) {
    if (o[c.recordKey] === undefined || o[c.recordKey] === null) continue;
    labs[c.recordKey] = parseInput(
      c.schema({ count: items.length }),
      o[c.recordKey],
      at(c.recordKey),
    );
  }
  const drawing = parseInput(drawingSchema(), o.drawing, at('drawing'));
  return {
    size,
    items,
    ...(prototypes ? { prototypes } : {}),
    ...(o.aside === undefined || o.aside === null
      ? {}
      : { aside: asideFromRecord(o.aside, 'aside') }),
    cue: parseInput(cueSchema(size, items.length), o.cue, at('cue')),
    params: parseInput(paramsSchema(), o.params, at('params')),
    drawing: { raw: drawing.raw, autoPreprocess: drawing.autoPreprocess },
    view: parseInput(token(/^[a-z][a-z0-9-]{0,31}$/, 32, 'a lab name'), o.view, at('view')),
    compare: parseInput(compareSchema(), o.compare, at('compare')),
    labs,
  };
}
