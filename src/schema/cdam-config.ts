/** CDAM schemas (cdam.ts is the index): the config of `dam cdam --config`. */
import type { AutomatonSpec } from '../core/cdam/automaton';
import type { RangeOfRecallSpec } from '../core/cdam/experiments';
import type { CdamParams } from '../core/cdam/types';
import { int, oneOf } from './fields';
import { checkShape, InputError, parseJsonText, quote } from './parse';
import {
  CDAM_CONFIG_BYTES,
  L,
  MAX_DEPTH,
  check,
  keysOf,
  type CdamSetup,
  type CdamCue,
  type SequenceRequest,
  type PhaseRequest,
} from './cdam-base';
import { setupAt, cueAt, paramsSchema } from './cdam-setup';
import { rangeAt, sequenceAt, automatonAt, phaseAt } from './cdam-experiments';

/** `dam cdam --config`: one experiment. */
export type CdamConfig =
  | { experiment: 'range'; spec: RangeOfRecallSpec }
  | { experiment: 'run'; setup: CdamSetup; cue: CdamCue; params: CdamParams; steps: number }
  | { experiment: 'sequence'; request: SequenceRequest }
  | { experiment: 'automaton'; spec: AutomatonSpec }
  | { experiment: 'phase'; request: PhaseRequest };

export const CDAM_EXPERIMENTS = ['range', 'run', 'sequence', 'automaton', 'phase'] as const;

const CONFIG =
  '{"experiment": "range", "spec": {…}} (or "run" with setup, cue, params, steps; "sequence" or "phase" with request; "automaton" with spec)';

export function parseCdamConfig(value: unknown): CdamConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InputError(`the config: must be an object like ${CONFIG} (got ${quote(value)})`);
  checkShape(value, MAX_DEPTH);
  const experiment = check(
    oneOf(CDAM_EXPERIMENTS),
    (value as { experiment?: unknown }).experiment,
    'experiment',
  );
  if (experiment === 'run') {
    const c = keysOf(value, ['experiment', 'setup', 'cue', 'params', 'steps'], '', CONFIG);
    const setup = setupAt(c.setup, 'setup');
    const cue = cueAt(c.cue, 'cue', setup.memories.P);
    const params = check(paramsSchema(), c.params, 'params');
    const steps = check(int(1, L.stepsMax), c.steps, 'steps');
    return { experiment, setup, cue, params, steps };
  }
  if (experiment === 'range' || experiment === 'automaton') {
    const c = keysOf(value, ['experiment', 'spec'], '', CONFIG);
    return experiment === 'range'
      ? { experiment, spec: rangeAt(c.spec, 'spec') }
      : { experiment, spec: automatonAt(c.spec, 'spec') };
  }
  const c = keysOf(value, ['experiment', 'request'], '', CONFIG);
  return experiment === 'sequence'
    ? { experiment, request: sequenceAt(c.request, 'request') }
    : { experiment, request: phaseAt(c.request, 'request') };
}

/** Config text → config; broken JSON is one clear line. `what` prefixes messages (a file name). */
export function parseCdamConfigText(text: string, what?: string): CdamConfig {
  const raw = parseJsonText(text, { maxBytes: CDAM_CONFIG_BYTES, maxDepth: MAX_DEPTH, what });
  try {
    return parseCdamConfig(raw);
  } catch (e) {
    if (e instanceof InputError && what) throw new InputError(`${what}: ${e.message}`, e.field);
    throw e;
  }
}
