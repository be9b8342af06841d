/**
 * The set-up as one JSON-safe record (the IndexedDB entry): bank, cue, params, drawing, view and
 * compare models. Reading validates everything with the same parsers as files and links.
 */
import { bankFromValue, bankToFile, type BankFile } from '../bank/bank-file';
import type { CueSpec, GreyImage, MemoryItem } from '../../core/data/contracts';
import { basinFromWire, basinToWire, type WireBasin } from '../../labs/basins/app/codec';
import type { BasinSettings } from '../../labs/basins/app/slice';
import { labFromWire, labToWire, type WireLab } from '../../labs/train/app/codec';
import type { LabSetup } from '../../labs/train/app/slice';
import {
  cueFromWire,
  cueToWire,
  imageFromWire,
  imageToWire,
  paramsFromWire,
  record,
  SetupError,
  type WireCue,
  type WireImage,
} from './wire';

export const SETUP_FORMAT = 'dam-playground-setup';
export const SETUP_VERSION = 1;

export interface Setup {
  size: number;
  items: MemoryItem[];
  cue: CueSpec;
  params: object;
  drawing: { raw: GreyImage; autoPreprocess: boolean };
  view: string;
  compare: object[];
  /** The basins view's slice; absent in records saved before it existed. */
  basin?: BasinSettings;
  /** The training lab's run set-up; absent in records saved before it existed. */
  lab?: LabSetup;
}

export interface SetupRecord {
  format: typeof SETUP_FORMAT;
  version: number;
  bank: BankFile;
  cue: WireCue;
  params: object;
  drawing: { raw: WireImage; autoPreprocess: boolean };
  view: string;
  compare: object[];
  basin?: WireBasin;
  lab?: WireLab;
}

export const setupToRecord = (s: Setup): SetupRecord => ({
  format: SETUP_FORMAT,
  version: SETUP_VERSION,
  bank: bankToFile(s.size, s.items),
  cue: cueToWire(s.cue),
  params: s.params,
  drawing: { raw: imageToWire(s.drawing.raw), autoPreprocess: s.drawing.autoPreprocess },
  view: s.view,
  compare: s.compare,
  ...(s.basin ? { basin: basinToWire(s.basin) } : {}),
  ...(s.lab ? { lab: labToWire(s.lab) } : {}),
});

/** Validates compare models against the shape of `template` (2 … 4 of them). */
export function compareFromWire(v: unknown, template: object): object[] {
  if (!Array.isArray(v) || v.length < 2 || v.length > 4) {
    throw new SetupError('the compared models must be a list of 2 to 4');
  }
  return v.map((m) => ({ ...template, ...paramsFromWire(m, template) }));
}

/** @param templates current params and one compare model: the keys and types to accept. */
export function setupFromRecord(
  value: unknown,
  templates: { params: object; compare: object },
): Setup {
  const o = record(value, 'the saved set-up');
  if (o.format !== SETUP_FORMAT || o.version !== SETUP_VERSION) {
    throw new SetupError('it was saved in an unknown format');
  }
  const { size, items } = bankFromValue(o.bank);
  const d = record(o.drawing, 'the drawing');
  return {
    size,
    items,
    cue: cueFromWire(o.cue, size, items.length),
    params: paramsFromWire(o.params, templates.params),
    drawing: {
      raw: imageFromWire(d.raw, 'the drawing'),
      autoPreprocess: d.autoPreprocess === true,
    },
    view: typeof o.view === 'string' && /^[a-z-]{1,20}$/.test(o.view) ? o.view : 'single',
    compare: compareFromWire(o.compare, templates.compare),
    ...(o.basin === undefined ? {} : { basin: basinFromWire(o.basin, items.length) }),
    ...(o.lab === undefined ? {} : { lab: labFromWire(o.lab) }),
  };
}
