/** The hidden-neuron view's glossary terms (memory, cue, n, β and energy are shared). */
import type { GlossaryEntry } from '../../shell/glossary/glossary';

export const HIDDEN_TERMS: readonly GlossaryEntry[] = [
  {
    id: 'hidden-neuron',
    term: 'Hidden neuron',
    text: 'A memory neuron $h_\\mu$ of the two-layer network: one per stored memory, joined to every pixel by the synapses $\\xi_{\\mu i}$. Its output $f_\\mu = \\partial L_h / \\partial h_\\mu$ says how active that memory is.',
  },
  {
    id: 'visible-neuron',
    term: 'Visible layer',
    text: 'The feature neurons $v_i$, one per pixel. The picture shown is their output $g_i = \\partial L_v / \\partial v_i$: $g = v$ in models A and B, $g = v / \\|v\\|$ in model C.',
  },
  {
    id: 'bipartite',
    term: 'Two-body synapses',
    text: 'Every connection joins one pixel to one hidden neuron: $\\tau_f \\dot v = \\Xi^\\top f - v + I$ and $\\tau_h \\dot h = \\Xi g - h$. No pixel talks to another pixel directly; many-body interactions appear only once the hidden layer is removed.',
  },
  {
    id: 'lagrangian',
    term: 'Lagrangian',
    text: 'A convex function of a layer’s states whose gradient gives the layer’s outputs ($g = \\nabla L_v$, $f = \\nabla L_h$). Convex Lagrangians make the energy a Lyapunov function: it never rises.',
  },
  {
    id: 'hidden-model',
    term: 'Models A, B, C',
    text: 'A: $L_v = \\frac12\\|v\\|^2$, $L_h = \\sum F(h_\\mu)$ (dense associative memory). B: $L_v = \\frac12\\|v\\|^2$, $L_h = \\beta^{-1}\\log\\sum e^{\\beta h_\\mu}$ (the modern Hopfield network, softmax). C: $L_v = \\|v\\|$ (states on the sphere), $L_h = \\sum F(h_\\mu)$.',
  },
  {
    id: 'hidden-f',
    term: 'F, the hidden Lagrangian',
    text: 'For models A and C, $L_h = \\sum_\\mu F(h_\\mu)$ and $f_\\mu = F\\prime(h_\\mu)$. Power: $h^n/n$. Rectified power: $\\max(h,0)^n/n$, only positive overlaps count. Exponential: $e^{\\beta h}/\\beta$.',
  },
  {
    id: 'tau-f',
    term: 'τ_f, visible time constant',
    text: 'How slowly the pixels move: $\\tau_f \\dot v = \\Xi^\\top f - v + I$. Usually 1, the unit of time.',
  },
  {
    id: 'tau-h',
    term: 'τ_h, hidden time constant',
    text: 'How slowly the hidden neurons follow their input $\\Xi g$. As $\\tau_h \\to 0$ they follow at once, $h = \\Xi g$, and the two layers behave as one layer with the effective energy.',
  },
  {
    id: 'euler-step',
    term: 'Euler step dt',
    text: 'Each step first moves h exactly towards $\\Xi g$ (stable for any $\\tau_h$), then takes an explicit Euler step of v: $v \\mathrel{+}= \\frac{dt}{\\tau_f}(\\Xi^\\top f - v + I)$. Too large a step overshoots and E can rise; in model B, $dt = \\tau_f$ is the modern Hopfield update.',
  },
  {
    id: 'hidden-steps',
    term: 'Steps',
    text: 'How many Euler steps the run takes; the time reached is steps × dt. About 100 frames are kept for playback.',
  },
  {
    id: 'effective-dynamics',
    term: 'Effective dynamics',
    text: 'The one-layer limit $\\tau_h \\to 0$: the hidden layer is solved away, $h = \\Xi g$, leaving $E(v) = (v - I)\\cdot g - L_v - L_h(\\Xi g)$ on the pixels alone. Model A gives a dense associative memory, B the modern Hopfield update.',
  },
  {
    id: 'hidden-distance',
    term: 'Distance from the effective run',
    text: '$\\|g(t) - g_{\\mathrm{eff}}(t)\\|$: how far the two-layer visible state is from the effective one-layer run started at the same cue, at each step.',
  },
  {
    id: 'energy-check',
    term: 'Energy check',
    text: 'With convex Lagrangians and $\\tau > 0$ the energy of the continuous dynamics never rises. The check reads E at every Euler step; a rise means dt is too large, and the largest halved dt without a rise is suggested.',
  },
  {
    id: 'hidden-strip',
    term: 'Hidden activity strip',
    text: 'One row per memory neuron, one column per frame, darker where $|f_\\mu|$ is larger: which memories switch on, and when.',
  },
  {
    id: 'unit-norm',
    term: 'Unit norm',
    text: 'Each memory (and the cue) is a grey image divided by its length $\\|\\xi_\\mu\\| = 1$, so the overlaps $\\xi_\\mu \\cdot g$ are cosines for unit g and no digit wins by having more ink.',
  },
  {
    id: 'test-digit',
    term: 'A digit not stored',
    text: 'An MNIST example of the chosen class that is none of the memories (the memories use the first examples of each class).',
  },
  {
    id: 'cue-noise',
    term: 'Noise',
    text: 'This share of the cue’s pixels, chosen by the seed, take a random grey level before the cue is scaled to unit norm.',
  },
  {
    id: 'inpainting',
    term: 'Inpainting',
    text: 'Half the cue is hidden (set to zero) and the network fills it in from the memories, given the known half.',
  },
  {
    id: 'clamp',
    term: 'Known pixels',
    text: 'Clamped: the known pixels are held at their values for the whole run. As the input I: they push the pixels through the current $I$ but may move. Free: they only set the start.',
  },
  {
    id: 'input-current',
    term: 'Input I',
    text: 'An external current into the visible neurons, $\\tau_f \\dot v = \\Xi^\\top f - v + I$; here the strength times the known part of the cue.',
  },
];
