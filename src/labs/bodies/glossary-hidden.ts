/** The hidden-neuron view's glossary terms. */
import type { GlossaryEntry } from '../../shell/glossary/glossary';

export const HIDDEN_TERMS: readonly GlossaryEntry[] = [
  {
    id: 'hidden-neuron',
    term: 'Hidden neuron',
    text: 'A memory neuron $h_\\mu$ of the two-layer network: one per stored memory, joined to every visible pixel by the synapses $\\xi_{\\mu i}$. Its output $f_\\mu$ says how active that memory is.',
  },
];
