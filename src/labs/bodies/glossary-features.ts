/** The random-features view's glossary terms (the DrDAM view fills it). */
import type { GlossaryEntry } from '../../shell/glossary/glossary';

export const FEATURES_TERMS: readonly GlossaryEntry[] = [];
