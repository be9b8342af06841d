/**
 * The kernel lab's own glossary terms (β, softmax, basin and metastable state are shared ones).
 * Every term the lab puts on screen has an entry here or in the shared glossary.
 */
import type { GlossaryEntry } from '../../shell/glossary/glossary';

export const KERNEL_TERMS: readonly GlossaryEntry[] = [
  {
    id: 'kernel-feature-map',
    term: 'Feature map Φ',
    text: 'A learned linear map $\\Phi(x) = Wx + b$ from the memories’ space $\\mathbb{R}^D$ to a feature space $\\mathbb{R}^{D_\\Phi}$. Retrieval compares a query with the memories in feature space but returns a mix of the raw memories.',
  },
  {
    id: 'kernel-dphi',
    term: 'D_Φ',
    text: 'The feature space’s dimension: W has $D_\\Phi$ rows. With $D_\\Phi = 2$ or 3 the memories’ features are drawn on a circle or a sphere.',
  },
  {
    id: 'kernel-normalised-feature',
    term: 'Normalised feature',
    text: 'A memory’s feature scaled to length one, $\\hat\\Phi(\\xi) = \\Phi(\\xi)/\\lVert\\Phi(\\xi)\\rVert$: a point on the unit sphere of the feature space.',
  },
  {
    id: 'kernel-spherical-code',
    term: 'Spherical code',
    text: 'A set of points on a unit sphere, judged by the smallest angle between two of them. The memories’ normalised features form one; the paper shows capacity is best when it is an optimal code.',
  },
  {
    id: 'kernel-tammes',
    term: 'Tammes problem',
    text: 'Place M points on a sphere so the smallest angle between two is as large as it can be. On $S^2$: 4 points, 109.47° (a tetrahedron); 6 points, 90° (an octahedron).',
  },
  {
    id: 'kernel-min-angle',
    term: 'Minimum angle',
    text: 'The smallest angle between two memories’ normalised features. Its cosine gives the minimum separation $\\Delta_{\\min} = 1 - \\cos\\theta_{\\min}$.',
  },
  {
    id: 'kernel-bounds',
    term: 'Proposition 3.1 bounds',
    text: 'Hu, Wu & Liu’s lower and upper bounds on the best minimum separation of M points on $S^{d-1}$, drawn here as angles; the bounds tighten as M grows.',
  },
  {
    id: 'kernel-separation-loss',
    term: 'Separation loss',
    text: 'U-Hop+’s loss $L = \\frac{1}{M}\\log\\big(\\frac{2}{M(M-1)}\\sum_{\\mu<\\nu} e^{\\langle z_\\mu, z_\\nu\\rangle/\\tau}\\big)$ over the normalised features z: it falls as the features spread apart.',
  },
  {
    id: 'kernel-tau',
    term: 'τ (loss temperature)',
    text: 'The separation loss’s temperature. Small τ weighs the closest pairs most; as τ → 0 the loss becomes the max–min objective of a spherical code.',
  },
  {
    id: 'kernel-uhop',
    term: 'U-Hop+',
    text: 'Hu, Wu & Liu’s algorithm: train the feature map Φ by gradient descent (Adam or SGD with momentum) on the separation loss, then retrieve with similarities in feature space.',
  },
  {
    id: 'kernel-khm',
    term: 'Kernelized retrieval',
    text: 'The update $x \\leftarrow \\Xi^\\top \\mathrm{normaliser}(\\beta\\,\\Phi(\\Xi)\\Phi(x))$, repeated a few times: the weights come from feature space, the output from the raw memories.',
  },
  {
    id: 'kernel-sparsemax',
    term: 'Sparsemax',
    text: 'A normaliser that projects the scores onto the probability simplex: like softmax, but small scores get exactly zero weight.',
  },
  {
    id: 'kernel-entmax',
    term: '1.5-entmax',
    text: 'A normaliser between softmax and sparsemax: weights $[(\\alpha-1)z - \\tau]_+^{1/(\\alpha-1)}$ with α = 1.5, some exactly zero.',
  },
  {
    id: 'kernel-support',
    term: 'Support size',
    text: 'How many memories keep a weight above the threshold after retrieval. Size 1: the query fell to a single memory; larger: a metastable mix.',
  },
  {
    id: 'kernel-raw',
    term: 'Raw Φ',
    text: '“Before” in the comparisons: either Φ = identity (the plain softmax model of the studio) or the seeded initial map W₀, before any U-Hop+ step.',
  },
  {
    id: 'kernel-scrubber',
    term: 'Epoch scrubber',
    text: 'Picks a recorded iteration of the finished training: the sphere shows the features then, the curves mark it.',
  },
  {
    id: 'kernel-converged',
    term: 'Converged share',
    text: 'The share of grid cells whose query ended within tol of a memory: the basin map’s coloured part.',
  },
];
