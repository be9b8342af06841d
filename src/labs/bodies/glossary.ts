/** The bodies lab's own glossary terms: the hidden-neuron view's and the random-features view's. */
import type { GlossaryEntry } from '../../shell/glossary/glossary';
import { FEATURES_TERMS } from './glossary-features';
import { HIDDEN_TERMS } from './glossary-hidden';

export const BODIES_TERMS: readonly GlossaryEntry[] = [...HIDDEN_TERMS, ...FEATURES_TERMS];
