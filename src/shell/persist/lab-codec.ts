/**
 * A lab's part of the share link and of the saved set-up: one declarative table per lab, parsed
 * by a schema (src/schema), so unknown keys and out-of-range values are errors that name the
 * field. The shell loops over the registry's codecs (share-link.ts, setup-record.ts).
 */
import type * as v from 'valibot';
import type { DamState } from '../../store';

export interface CodecContext {
  /** Memories in the bank being restored (plane indices, cue memories must fit it). */
  count: number;
}

/** `Value`: what the schema decodes to; `Wire`: the JSON-safe form `save` writes. */
export interface LabCodec<Value = unknown, Wire = unknown> {
  /** The part's key in share links (short) … */
  linkKey: string;
  /** … and in the saved set-up record. */
  recordKey: string;
  /** The wire form's schema (it decodes to Value), for the bank being restored. */
  schema(ctx: CodecContext): v.GenericSchema<unknown, Value>;
  /** The current part as JSON-safe data. */
  save(state: DamState): Wire;
  /** Applies a decoded part to the store. */
  load(value: Value, state: DamState): void;
  /** Whether the part changed (the saved set-up is written then). */
  changed(a: DamState, b: DamState): boolean;
}

/** Checks a codec against its types, erasing them for the registry. */
export const defineCodec = <Value, Wire>(codec: LabCodec<Value, Wire>): LabCodec =>
  codec as unknown as LabCodec;
