/**
 * The CDAM lab's own glossary terms (β, softmax, memory and attractor are shared ones). Every term
 * the lab puts on screen has an entry here or in the shared glossary.
 */
import type { GlossaryEntry } from '../../shell/glossary/glossary';

export const CDAM_TERMS: readonly GlossaryEntry[] = [
  {
    id: 'cdam-graph',
    term: 'Memory graph',
    text: 'A graph whose nodes are the stored memories. An edge from memory μ to memory ν says that recalling μ should also call up ν: a sequence, a family relation, a friendship.',
  },
  {
    id: 'cdam-auto',
    term: 'Auto-association a',
    text: 'How strongly the active memories pull the state toward themselves. $a = 1, h = 0$ is the plain softmax (modern Hopfield) update; $a < 0$ is anti-Hebbian: the active memory pushes the state away from itself.',
  },
  {
    id: 'cdam-hetero',
    term: 'Hetero-association h',
    text: 'How strongly the active memories pull the state toward their neighbours in the graph: the update adds $h \\sum_\\mu p_\\mu \\sum_\\nu H_{\\nu\\mu}\\, \\xi^\\nu$.',
  },
  {
    id: 'cdam-coupling',
    term: 'Coupling H',
    text: 'The graph as the update uses it: normalised, $H = D^{-1/2} A D^{-1/2}$ (each edge weighed down by the degrees of its ends, as the paper’s ring and video notebooks do), or raw, $H = A$ (the automaton notebook).',
  },
  {
    id: 'cdam-eta',
    term: 'Step size η',
    text: 'Each step moves the state a fraction η of the way to its target: $x \\leftarrow x + \\eta\\,(r - x)$, with $r = \\mathrm{softmax}(\\beta\\, \\Xi^\\top x)\\,(a\\Xi + h\\Xi H)^\\top - \\bar\\xi$.',
  },
  {
    id: 'cdam-correlation',
    term: 'Correlation m',
    text: 'The Pearson correlation between the state and a memory, from −1 to 1. The heat map shows it for every memory at every step.',
  },
  {
    id: 'cdam-modes',
    term: 'Mode',
    text: 'What the state does, read from its correlations: auto-association (one memory), narrow hetero-association (the memory and its direct neighbours), wide hetero-association (further through the graph), quiescence (no memory stands out).',
  },
  {
    id: 'cdam-range',
    term: 'Range of recall',
    text: 'How far through the graph a cue’s recall reaches: the mean correlation of the final state with memories at graph distance 0, 1, 2, … from the cue. Miyashita (1988) saw it in monkeys’ neurons after learning a fixed sequence of pictures.',
  },
  {
    id: 'cdam-attractor',
    term: 'Attractor similarity',
    text: 'The correlation between the final states reached from two different cues, by the graph distance between the cues: the paper’s measure of how far recall spreads.',
  },
  {
    id: 'cdam-phase',
    term: 'Phase map',
    text: 'The mode the state ends in for every (a, h) on a grid, from the same cue and graph. Its regions show where each mode lives.',
  },
  {
    id: 'cdam-replay',
    term: 'Replay',
    text: 'On a directed cycle the state can walk from memory to memory in the edges’ order. It sticks when auto-association holds it, and skips or turns back when the walk is unstable.',
  },
  {
    id: 'cdam-automaton',
    term: 'Finite automaton',
    text: 'A machine with states and input symbols. Here the state’s first quarter codes a person and the rest a relation; writing a relation into it every k steps moves the state to that relative.',
  },
];
