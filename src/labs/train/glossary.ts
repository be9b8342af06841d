/** The training lab's own glossary terms (the shared ones are in src/shell/glossary). */
import type { GlossaryEntry } from '../../shell/glossary/glossary';

export const TRAIN_TERMS: readonly GlossaryEntry[] = [
  {
    id: 'classifier',
    term: 'Dense memory classifier',
    text: 'Krotov and Hopfield’s network: 784 pixel neurons plus 10 label neurons. The pixels are clamped and every label neuron is updated once: $c_\\alpha = \\tanh\\big(\\beta \\sum_\\mu [F(\\xi^\\mu\\cdot x^{\\alpha+}) - F(\\xi^\\mu\\cdot x^{\\alpha-})]\\big)$; the largest wins.',
  },
  {
    id: 'train-temperature',
    term: 'Temperature T',
    text: 'Sets the classifier’s sharpness, $\\beta = 1/T^n$. Too small and every label saturates; too large and the evidence is washed out.',
  },
  {
    id: 'contributors',
    term: 'Contributors',
    text: 'How many memories it takes to reach 90% of the evidence for a decision. Many contributors: features that add up. A few: prototypes that decide alone.',
  },
  {
    id: 'epoch',
    term: 'Epoch',
    text: 'One pass of training over all training digits, in minibatches.',
  },
  {
    id: 'test-error',
    term: 'Test error',
    text: 'The share of the held-out test digits (20% of the asset, never trained on) that the classifier labels wrongly.',
  },
];
