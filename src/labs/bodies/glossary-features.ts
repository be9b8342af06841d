/** The random-features view's glossary terms (DrDAM; Hoover et al. 2024, models.md §6). */
import type { GlossaryEntry } from '../../shell/glossary/glossary';

export const FEATURES_TERMS: readonly GlossaryEntry[] = [
  {
    id: 'rf-drdam',
    term: 'distributed memory (DrDAM)',
    text: 'All memories folded into one vector T = Σ φ(ξ) of random features. Its size is fixed by the number of features Y, not by how many memories it holds; its energy is an estimate of the exact one.',
  },
  {
    id: 'rf-mrdam',
    term: 'exact memory (MrDAM)',
    text: 'The memories kept one by one (K·D numbers). Its energy −β⁻¹ log Σ exp(−β‖x − ξ‖²/2) is exact; the distributed memory approximates it.',
  },
  {
    id: 'rf-features-y',
    term: 'random features Y',
    text: 'How many random projections of the state the feature map takes. More features make the estimate closer to the exact energy (the error shrinks about like 1/√Y) and cost more memory and time.',
  },
  {
    id: 'rf-feature-map',
    term: 'feature map φ',
    text: 'The function that turns a state into random features so that φ(x)·φ(y) ≈ exp(−β‖x − y‖²/2). SinCos and Cos use sines and cosines (they can go negative); Exp and ExpExp use exponentials (always positive, but they overflow for large β‖x‖²).',
  },
  {
    id: 'rf-projection',
    term: 'projection S',
    text: 'The random matrix the features start from. Gaussian: every entry drawn at random (Y·D numbers). Hadamard: built from fast structured blocks, so it needs far less memory for large Y.',
  },
  {
    id: 'rf-weights',
    term: 'weights',
    text: 'Numbers a memory must store. The distributed memory keeps 2Y (SinCos) whatever the number of memories; adding one adds φ(ξ) to T. The exact memory keeps K·D.',
  },
  {
    id: 'rf-energy-error',
    term: 'energy error',
    text: 'The mean absolute difference |Ẽ − E| between the distributed memory’s energy and the exact one, over a set of query states.',
  },
  {
    id: 'rf-slope',
    term: 'fitted slope',
    text: 'The slope of a straight line through the points on log–log axes: error ∝ Y^slope. Random-feature theory predicts −½.',
  },
  {
    id: 'rf-hamming',
    term: 'retrieval agreement',
    text: 'Both memories descend from the same query; their fixed points are made binary and compared. The Hamming distance (divided by √D) counts the bits where they differ: 0 means both recalled the same pattern.',
  },
  {
    id: 'rf-identical',
    term: 'identical fixed points',
    text: 'A query whose two binarised fixed points (exact and distributed memory) match in every bit: Hamming distance 0. The table counts such queries out of those run.',
  },
  {
    id: 'rf-alpha',
    term: 'step α',
    text: 'Gradient descent moves the state by −α times the energy’s gradient at each step.',
  },
  {
    id: 'rf-clamp',
    term: 'clamped pixels',
    text: 'Pixels that are known and held fixed during the descent (their gradient is set to 0); the rest is filled in.',
  },
  {
    id: 'rf-inpainting',
    term: 'inpainting',
    text: 'Filling in the hidden part of an image from the visible part, by descending the energy with the visible pixels clamped.',
  },
];
