/**
 * The glossary: every term a student meets on screen, in one or two sentences and its equation
 * ($…$ is math). The shell holds the terms all labs share; a lab adds its own through its
 * definition (`glossary`). The "what's this?" popovers and the help overlay read it.
 */
export interface GlossaryEntry {
  /** Key used by <Term id>, lower case and dashes. */
  id: string;
  /** The term as a heading. */
  term: string;
  text: string;
}

export const SHARED_TERMS: readonly GlossaryEntry[] = [
  {
    id: 'memory',
    term: 'Memory',
    text: 'A stored pattern $\\xi^\\mu$ (here a 28×28 digit, each pixel ±1). The network has K of them, numbered 1 to K.',
  },
  {
    id: 'cue',
    term: 'Cue',
    text: 'The state a run starts from: a memory with some pixels flipped or hidden, a drawing, or an uploaded picture.',
  },
  {
    id: 'overlap',
    term: 'Overlap',
    text: 'How alike the state $\\sigma$ is to memory $\\mu$: $m_\\mu = \\frac{1}{N}\\sum_i \\xi^\\mu_i \\sigma_i$. It is 1 for the memory itself, 0 for an unrelated pattern and −1 for its inverse.',
  },
  {
    id: 'energy',
    term: 'Energy',
    text: 'One number for the whole state, $E = -\\sum_\\mu F(\\xi^\\mu \\cdot \\sigma)$. Every asynchronous update can only lower it, so the state rolls downhill and stops in a valley: an attractor.',
  },
  {
    id: 'energy-axis',
    term: 'Energy axis',
    text: 'E grows like $N^n$, so the chart divides it by $N^n$ (normalised), plots $-\\log_{10}(-E)$ (log) or shows E itself (raw). The scaling changes the numbers, never which way the curve goes. A new model draws a new segment: two energy functions are never joined.',
  },
  {
    id: 'sweep',
    term: 'Sweep',
    text: 'One pass over all N neurons, each updated once. A run has settled when a whole sweep changes nothing.',
  },
  {
    id: 'flips',
    term: 'Flips',
    text: 'Neurons that changed sign. Binary models flip neurons one by one; the continuous softmax model has no flips, it moves every value a little.',
  },
  {
    id: 'update-mode',
    term: 'Update mode',
    text: 'Asynchronous: one neuron at a time, each sees the newest state, and the energy never rises. Synchronous: all neurons at once from the old state; faster, but it can oscillate between two states.',
  },
  {
    id: 'n',
    term: 'Interaction power n',
    text: 'The power in $F(x) = x^n$. With n = 2 this is the classical Hopfield network; a larger n makes each valley steeper, so far more memories fit (about $N^{n-1}$ instead of $0.14\\,N$).',
  },
  {
    id: 'beta',
    term: 'Inverse temperature β',
    text: 'Sharpness of the exponential and softmax energies, $F(x) = e^{\\beta x}$. Small β averages many memories; large β picks the single closest one.',
  },
  {
    id: 'temperature',
    term: 'Temperature',
    text: 'Noise in the binary updates: with temperature above 0 a neuron sometimes takes the uphill choice, with probability growing with the temperature. 0 is deterministic.',
  },
  {
    id: 'regime',
    term: 'Feature and prototype regime',
    text: 'At small n many memories add up to decide each update: they act like features. At large n the closest memory outweighs all others: each acts like a whole prototype, and one wins.',
  },
  {
    id: 'retrieved',
    term: 'Retrieved',
    text: 'The run ended on a stored memory: overlap near 1 with exactly one memory.',
  },
  {
    id: 'inverted',
    term: 'Inverted',
    text: 'The run ended on a memory with every pixel swapped (overlap near −1). In models with even F the inverse of a memory is an attractor too.',
  },
  {
    id: 'mixture',
    term: 'Mixture state',
    text: 'An attractor that blends a few memories, for example $\\mathrm{sign}(\\xi^1 + \\xi^2 + \\xi^3)$: it overlaps each of them partly and is none. Common at n = 2.',
  },
  {
    id: 'spurious',
    term: 'Spurious state',
    text: 'A stable state that is neither a memory, an inverse nor a clear mixture: a valley nobody stored.',
  },
  {
    id: 'prototype',
    term: 'Prototype',
    text: 'When the memories are noisy examples of a few patterns, the network can settle on the pattern itself: a stable state that is no stored example but stands for a group of them (McAlister, Robins & Szymanski).',
  },
  {
    id: 'inverted-prototype',
    term: 'Inverted prototype',
    text: 'A prototype with every pixel swapped (overlap near −1 with it). With even F the inverse of any attractor is an attractor too.',
  },
  {
    id: 'stability-ratio',
    term: 'Stability ratio',
    text: 'Each unit’s energy $e_i = -\\sigma_i h_i$, with $h_i$ half the energy change of flipping unit i. The ratio $\\min_i |e_i| / \\max_i |e_i|$ (Robins & McCallum) is near 0 when some unit barely holds: spurious states tend to score lower than stored ones.',
  },
  {
    id: 'metastable',
    term: 'Metastable average',
    text: 'With softmax at small β the state settles on a weighted average of several memories instead of one; the count is the effective number $e^{H(p)}$ of the softmax weights.',
  },
  {
    id: 'settled',
    term: 'Settled',
    text: 'No update would change the state any more (a fixed point). Before that the run is in progress; at the step limit it stops even if it has not settled.',
  },
  {
    id: 'softmax',
    term: 'Softmax retrieval',
    text: 'The continuous model of Ramsauer et al.: $x \\leftarrow \\Xi^\\top \\mathrm{softmax}(\\beta\\, \\Xi x)$. It usually lands on a memory in one update.',
  },
  {
    id: 'capacity',
    term: 'Capacity',
    text: 'How many memories can be stored and still come back. Classical (n = 2): about $0.14\\,N$. Dense (power n): about $N^{n-1}$.',
  },
];

/** The shared terms and every lab's own, shared first; a later duplicate id is dropped. */
export function allTerms(labTerms: readonly (readonly GlossaryEntry[])[]): GlossaryEntry[] {
  const seen = new Set<string>();
  return [SHARED_TERMS, ...labTerms].flat().filter((e) => !seen.has(e.id) && !!seen.add(e.id));
}
