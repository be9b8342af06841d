/** Lesson 1: Hopfield networks in five minutes (store, corrupt, retrieve, the energy falls, overlaps). */
import type { LessonDefinition } from '../../../shell/lessons/lesson';
import type { StudioRuntime } from '../app/runtime';
import {
  CUE,
  ENERGY,
  finished,
  played,
  sawAny,
  shownFrame,
  STAGE,
  studioSetup,
  TRANSPORT,
} from './steps';

const SEVEN = 7; // memory 8 of the default bank is a 7

export const basicsLesson: LessonDefinition<StudioRuntime> = {
  id: 'hopfield-basics',
  title: 'Hopfield networks in five minutes',
  summary: 'Store digits, corrupt one, watch the state fall down the energy back to the memory.',
  steps: [
    {
      title: 'The memories',
      text: 'The ten digits in the memory bank are the stored memories $\\xi^1 \\dots \\xi^{10}$. Storing them is all the learning this network does.\n\nEach pixel is a neuron, +1 (ink) or −1 (paper): a digit is one state of $N = 784$ neurons.',
      task: 'In the Cue panel, pick memory 8 (a 7) as the start memory',
      target: CUE,
      setup: (ctx) => studioSetup(ctx, { energy: 'polynomial', n: 20 }, { flipP: 0.2 }),
      done: ({ state }) => state.cue.start.kind === 'memory' && state.cue.start.index === SEVEN,
    },
    {
      title: 'Corrupt the cue',
      text: 'The cue is the memory with some pixels flipped at random, each with probability p. The preview in the Cue panel shows the state the network starts from.',
      task: 'Raise the flip noise p to 0.30 or more',
      target: CUE,
      setup: (ctx) =>
        studioSetup(
          ctx,
          { energy: 'polynomial', n: 20 },
          { start: { kind: 'memory', index: SEVEN } },
        ),
      done: ({ state }) => state.cue.flipP >= 0.3 - 1e-9,
    },
    {
      title: 'Retrieve',
      text: 'Each update looks at one neuron and gives it the sign that lowers the energy. Neuron by neuron the noise is cleaned away.',
      task: 'Press Play (or Space)',
      target: TRANSPORT,
      setup: (ctx) =>
        studioSetup(
          ctx,
          { energy: 'polynomial', n: 20 },
          { start: { kind: 'memory', index: SEVEN }, flipP: 0.3 },
        ),
      done: played,
    },
    {
      title: 'Settled',
      text: 'The run stops when a whole sweep (every neuron once) changes nothing: the state has settled in an attractor. The verdict names the memory it reached and its overlap.',
      task: 'When the run has finished, step back one frame with ← or Step back',
      target: TRANSPORT,
      setup: async (ctx) => {
        await studioSetup(
          ctx,
          { energy: 'polynomial', n: 20 },
          { start: { kind: 'memory', index: SEVEN }, flipP: 0.3 },
        );
        await ctx.runtime.run.play();
      },
      done: ({ state, runtime }) =>
        state.run.status !== 'running' && shownFrame(runtime)?.atHead === false,
    },
    {
      title: 'The energy only falls',
      text: 'The energy is $E = -\\sum_\\mu F(\\xi^\\mu \\cdot \\sigma)$ with $F(x) = x^n$. A neuron flips only when that lowers E, so along a run the curve can only go down, until it rests at the bottom of a valley.',
      task: 'Step one sweep at a time with → (or Step) until the run settles',
      target: ENERGY,
      setup: (ctx) =>
        studioSetup(
          ctx,
          { energy: 'polynomial', n: 20, stepUnit: 'sweep' },
          { start: { kind: 'memory', index: SEVEN }, flipP: 0.3 },
        ),
      done: (ctx) => {
        const lane = ctx.runtime.run.live.get().lanes[0];
        return !!lane && lane.history.frames.length >= 2 && finished(ctx);
      },
    },
    {
      title: 'Overlaps',
      text: 'The bars under the verdict show the overlap $m_\\mu = \\frac{1}{N}\\sum_i \\xi^\\mu_i \\sigma_i$ of the state with the closest memories: 1 is the memory itself, 0 unrelated, −1 its inverse.',
      task: 'Open the ? next to Overlap to read how it is measured',
      target: STAGE,
      done: sawAny('term:overlap'),
    },
    {
      title: 'Too much noise',
      text: 'Near p = 0.5 the cue is nearly random. It may still come back, fall into another memory, or land on the inverse of one.',
      task: 'Raise p to 0.45 or more, then press Play and let it finish',
      target: CUE,
      setup: (ctx) =>
        studioSetup(
          ctx,
          { energy: 'polynomial', n: 20 },
          { start: { kind: 'memory', index: SEVEN }, flipP: 0.3 },
        ),
      done: (ctx) => ctx.state.cue.flipP >= 0.45 - 1e-9 && finished(ctx),
    },
    {
      title: 'Your own digit',
      text: 'Any picture can be the cue. Draw a digit in the Draw panel and start from it: a drawn cue gets no added noise, so what you see is what the network starts from.',
      task: 'Switch the cue to start from The drawing',
      target: CUE,
      done: ({ state }) => state.cue.start.kind === 'drawing',
    },
  ],
};
