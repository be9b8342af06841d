/** The census lab's own glossary terms (prototype and the stability ratio are shared with the studio). */
import type { GlossaryEntry } from '../../shell/glossary/glossary';

export const CENSUS_TERMS: readonly GlossaryEntry[] = [
  {
    id: 'census',
    term: 'Census',
    text: 'Start the network from many seeded probes, let each fall to a fixed point, and list the distinct stable states it reached, with how many probes ended in each.',
  },
  {
    id: 'prototype-task',
    term: 'Prototype task',
    text: 'P random ±1 prototypes; each gives E examples, every bit flipped with probability p. The network is trained on the examples only, never on the prototypes.',
  },
  {
    id: 'hebbian',
    term: 'Hebbian network',
    text: 'The classical Hopfield network: weights $w_{ij} = \\frac{1}{N}\\sum_\\mu x^\\mu_i x^\\mu_j$ over the training states, zero diagonal, energy $E = -\\frac{1}{2}\\sigma^\\top W \\sigma$.',
  },
  {
    id: 'probe',
    term: 'Probe',
    text: 'A starting state for the census: a uniform random state, or a training example or a prototype with some bits flipped.',
  },
  {
    id: 'learned-state',
    term: 'Learned state',
    text: 'A stable state equal to one of the training examples (overlap ≥ 0.99).',
  },
  {
    id: 'basin-share',
    term: 'Basin share',
    text: 'The fraction of the converged probes that ended in a state (or a class of states): a measure of how large its basin of attraction is for the probes drawn.',
  },
  {
    id: 'unit-energy',
    term: 'Per-unit energy',
    text: 'Unit i’s part of the energy, $e_i = -\\sigma_i h_i$ with $h_i$ its local field. At a stable state every $e_i \\le 0$; a unit with $e_i$ near 0 is close to flipping.',
  },
  {
    id: 'energy-profile',
    term: 'Energy profile',
    text: 'The N per-unit energies of a state sorted from lowest to highest. The classifiers read it resampled to L quantiles, optionally divided by its largest magnitude (normalised).',
  },
  {
    id: 'roc-auc',
    term: 'ROC and AUC',
    text: 'The ROC curve plots the share of spurious states caught against the share of other states wrongly flagged, over every threshold. Its area (AUC) is the chance a random spurious state scores above a random other one: 0.5 is guessing, 1 is perfect.',
  },
  {
    id: 'sr-threshold',
    term: 'SR threshold',
    text: 'The baseline classifier: a state is called spurious when its stability ratio is below a threshold, the one with the best balanced accuracy on the training states.',
  },
  {
    id: 'balanced-accuracy',
    term: 'Balanced accuracy',
    text: 'The mean of the accuracy on spurious states and on the others, so a classifier that calls everything "not spurious" scores 0.5 however rare spurious states are.',
  },
  {
    id: 'census-models',
    term: 'Logistic, SVM, dense network',
    text: 'Three models trained on energy profiles: logistic regression and a linear support vector machine (a weight per profile quantile, drawn below the table) and a small dense network with one hidden layer, trained with tfjs in the worker.',
  },
  {
    id: 'cross-task',
    term: 'Train on one task, test on another',
    text: 'The models learn from the stable states of one network and are scored on another network’s (other P, p, E, or MNIST digits): do they generalise?',
  },
  {
    id: 'phase-map',
    term: 'Prototype phase map',
    text: 'Over a grid of example counts E and flip probabilities p: the share of generating prototypes that are fixed points of the Hebbian network, over seeded tasks. The line is our Gaussian estimate of where that share crosses ½.',
  },
];
