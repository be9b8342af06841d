/** Lesson 3: temperature and softmax (β, the metastable average, one-step retrieval). */
import type { LessonDefinition } from '../../../shell/lessons/lesson';
import type { StudioRuntime } from '../app/runtime';
import { finished, MODEL, sawAny, STAGE, studioSetup, TRANSPORT } from './steps';

export const softmaxLesson: LessonDefinition<StudioRuntime> = {
  id: 'temperature-softmax',
  title: 'Temperature and softmax',
  summary: 'β from averaging to picking, the metastable average, and retrieval in one update.',
  steps: [
    {
      title: 'Continuous memory',
      text: 'The softmax model of Ramsauer et al. moves every pixel at once: $x \\leftarrow \\Xi^\\top \\mathrm{softmax}(\\beta\\, \\Xi x)$. The weights over memories are shown beside the energy.',
      task: 'Press Play and let it finish',
      target: TRANSPORT,
      setup: (ctx) => studioSetup(ctx, { energy: 'softmax', beta: 0.05 }),
      done: finished,
    },
    {
      title: 'One update',
      text: 'With β = 0.05 the similarities $\\beta\\, \\xi^\\mu \\cdot x$ differ by tens between memories, so softmax puts nearly all weight on one: a single update lands on the memory.',
      task: 'Open any ? on the stage (the verdict or Overlap)',
      target: STAGE,
      setup: async (ctx) => {
        await studioSetup(ctx, { energy: 'softmax', beta: 0.05 });
        await ctx.runtime.run.play();
      },
      done: ({ events }) => [...events].some((e) => e.startsWith('term:')),
    },
    {
      title: 'Lower β',
      text: 'β is an inverse temperature. Lower it and the weights spread over several memories.',
      task: 'Drag β down to 0.005 or less',
      target: MODEL,
      setup: (ctx) => studioSetup(ctx, { energy: 'softmax', beta: 0.05 }),
      done: ({ state }) => state.params.energy === 'softmax' && state.params.beta <= 0.005 + 1e-12,
    },
    {
      title: 'A metastable average',
      text: 'At small β the state settles on a weighted average of several memories, none of them: a metastable state. The effective number of memories is $e^{H(p)}$ of the weights $p$.',
      task: 'Press Play and let it finish',
      target: TRANSPORT,
      setup: (ctx) => studioSetup(ctx, { energy: 'softmax', beta: 0.003 }),
      done: finished,
    },
    {
      title: 'Read the verdict',
      text: 'The verdict says how many memories the state averages and which.',
      task: 'Open the ? next to the verdict',
      target: STAGE,
      setup: async (ctx) => {
        await studioSetup(ctx, { energy: 'softmax', beta: 0.003 });
        await ctx.runtime.run.play();
      },
      done: sawAny('term:metastable', 'term:retrieved', 'term:mixture', 'term:spurious'),
    },
    {
      title: 'Sharp again',
      text: 'Raise β and the largest similarity takes all the weight again: one memory wins.',
      task: 'Drag β up to 1 or more',
      target: MODEL,
      setup: (ctx) => studioSetup(ctx, { energy: 'softmax', beta: 0.003 }),
      done: ({ state }) => state.params.energy === 'softmax' && state.params.beta >= 1 - 1e-9,
    },
    {
      title: 'Noise in binary updates',
      text: 'Binary models have a temperature of their own: above 0, a neuron sometimes takes the uphill choice, so the run can leave a shallow valley.',
      task: 'With the polynomial model, set the temperature above 0 and press Play',
      target: MODEL,
      setup: (ctx) => studioSetup(ctx, { energy: 'polynomial', n: 3 }),
      done: (ctx) => ctx.state.params.temperature > 0 && finished(ctx),
    },
  ],
};
