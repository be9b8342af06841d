/**
 * The sequential set-up's schema for links and the saved set-up (codec.ts part `q`): every field
 * named, ranges from seq-setup.ts SEQ_RANGES, unknown keys refused.
 */
import * as v from 'valibot';
import { KH_LIMITS } from '../../../core/classifier/kh-model';
import { SEQ_METHODS, TASK_KINDS } from '../../../core/sequential/types';
import { bool, int, list, num, oneOf, seed } from '../../../schema/fields';
import { SEQ_RANGES as R, type SeqLabSetup } from './seq-setup';

export const seqSetupSchema = () =>
  v.pipe(
    v.strictObject({
      kind: oneOf(TASK_KINDS),
      tasks: int(R.tasks[0], R.tasks[1]),
      perClass: int(R.perClass[0], R.perClass[1]),
      epochs: int(R.epochs[0], R.epochs[1]),
      K: int(R.K[0], R.K[1]),
      seed: seed(),
      batchSize: int(KH_LIMITS.batchSize[0], KH_LIMITS.batchSize[1]),
      m: int(R.m[0], R.m[1]),
      eps0: num(R.eps0[0], R.eps0[1]),
      runs: list(
        v.strictObject({ n: int(KH_LIMITS.n[0], KH_LIMITS.n[1]), method: oneOf(SEQ_METHODS) }),
        R.runs[0],
        R.runs[1],
      ),
      buffer: int(R.buffer[0], R.buffer[1]),
      selection: oneOf(['balanced', 'random'] as const),
      pseudoItems: int(R.pseudoItems[0], R.pseudoItems[1]),
      pseudoSteps: int(R.pseudoSteps[0], R.pseudoSteps[1]),
      lambda: num(R.lambda[0], R.lambda[1]),
      fisherSamples: int(R.fisherSamples[0], R.fisherSamples[1]),
      normalised: bool(),
      T: v.nullable(num(0.001, KH_LIMITS.T[1])),
    }),
    v.transform((o): SeqLabSetup => ({ ...o, runs: o.runs.map((r) => ({ ...r })) })),
  );
