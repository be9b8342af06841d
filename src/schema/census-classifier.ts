/**
 * The census classifiers' settings as outside input (the CLI's config, the share link, a saved
 * set-up): every key optional and filled from DEFAULT_CLASSIFIER, unknown keys and values out of
 * CLASSIFIER_LIMITS refused with the field named: `classifier.L: must be a whole number from 4
 * to 256 (got 1000)`.
 */
import * as v from 'valibot';
import {
  CLASSIFIER_LIMITS as C,
  DEFAULT_CLASSIFIER as D,
  type ClassifierOptions,
} from '../core/census/models/options';
import { bool, int, num, seed } from './fields';
import { InputError, parseInput } from './parse';

const OBJECT = 'must be an object like {"L": 32, "hidden": 16, "epochs": 200}';

/** The schema, for embedding in a larger one (the census set-up). */
export const classifierSchema = () =>
  v.strictObject(
    {
      normalise: v.optional(bool(), D.normalise),
      L: v.optional(int(C.L.min, C.L.max), D.L),
      hidden: v.optional(int(C.hidden.min, C.hidden.max), D.hidden),
      epochs: v.optional(int(C.epochs.min, C.epochs.max), D.epochs),
      lr: v.optional(num(C.lr.min, C.lr.max), D.lr),
      l2: v.optional(num(C.l2.min, C.l2.max), D.l2),
      seed: v.optional(seed(), D.seed),
      mixtures: v.optional(
        v.picklist(['other', 'spurious'], 'must be "other" or "spurious"'),
        D.mixtures,
      ),
    },
    OBJECT,
  );

/** An object of classifier settings; nothing (undefined) is every default. */
export function parseClassifierOptions(raw: unknown, path = 'classifier'): ClassifierOptions {
  if (raw === undefined) return { ...D };
  // valibot takes an array for an object with keys "0", "1", …: say what is wanted instead.
  if (Array.isArray(raw)) throw new InputError(`${path}: ${OBJECT}`, path);
  return parseInput(classifierSchema(), raw, { maxDepth: 1, at: path });
}
