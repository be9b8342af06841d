/** The capacity lab's own glossary terms (the shared ones, capacity among them, are in src/shell/glossary). */
import type { GlossaryEntry } from '../../shell/glossary/glossary';

export const CAPACITY_TERMS: readonly GlossaryEntry[] = [
  {
    id: 'kmax',
    term: 'K_max',
    text: 'The largest number of stored patterns K for which the criterion still holds, with every smaller K holding too, in one trial. The lab reports its median and interquartile range over the trials.',
  },
  {
    id: 'capacity-criterion',
    term: 'Criterion',
    text: 'What "stored" means: every pattern a fixed point; at most a fraction ε of unstable bits; or retrieval from a noisy copy (flip p of the bits, end within h bits, for a fraction q of patterns). The softmax energy has its own: one update lands within ε.',
  },
  {
    id: 'fixed-point',
    term: 'Fixed point',
    text: 'A state no single bit flip would lower in energy: flipping bit $i$ of $\\xi$ changes $E$ by $\\Delta_i \\geq 0$ for every $i$ (a tie keeps the bit). A stored pattern that is a fixed point stays put under the dynamics.',
  },
  {
    id: 'unstable-bits',
    term: 'Unstable bits',
    text: 'Bits of a stored pattern that the update rule would flip. Criterion (b) allows a fraction ε of them over all stored patterns (1% by default).',
  },
  {
    id: 'wilson-band',
    term: 'Wilson band',
    text: 'The 95% Wilson score interval of a success fraction: where the true P(success) lies given $s$ successes in $t$ trials. It stays inside [0, 1] and is honest at 0 and 1.',
  },
  {
    id: 'k50',
    term: 'K at ½',
    text: 'The K at which P(success) crosses one half, interpolated in log K between the measured points.',
  },
  {
    id: 'iqr',
    term: 'Interquartile range',
    text: 'The middle half of the trials: from the 25th to the 75th percentile of K_max. The bars on the K_max charts span it; the dot is the median.',
  },
  {
    id: 'lower-bound',
    term: 'Lower bound',
    text: 'A trial whose criterion still held at the largest K tried (kCap, or all the patterns the generator made): its K_max is at least that. Hollow dots mark points with such trials.',
  },
  {
    id: 'min-hamming',
    term: 'Separation d_H',
    text: 'The minimum Hamming distance between any two stored patterns. The separated generator keeps a candidate only when it is at least $d_H$ bits from every pattern kept; it gives up after 2000 rejections in a row.',
  },
  {
    id: 'feature-correlation',
    term: 'Feature correlation ρ',
    text: 'Patterns drawn with correlated features: inside each block, bit $j$ is the sign of $\\sqrt{\\rho}\\,z + \\sqrt{1-\\rho}\\,e_j$ with one shared Gaussian $z$. The statistics report the mean |correlation| measured between features.',
  },
  {
    id: 'theory-lines',
    term: 'Theory lines',
    text: 'Asymptotic capacities from the papers, drawn beside the measurement and never fitted to it: $0.138N$, $N/(2\\ln N)$, $N/(4\\ln N)$, $N^{n-1}/(2(2n-3)!!\\ln N)$ (Krotov & Hopfield eq. 6), $2^{N/2}$. Their constants depend on the criterion.',
  },
  {
    id: 'fitted-slope',
    term: 'Fitted slope',
    text: 'The least-squares line through the medians: of ln K_max on ln N (log–log; power-law growth $N^{s}$ has slope $s$), or of ln K_max on d_H (exponential growth in the separation).',
  },
];
