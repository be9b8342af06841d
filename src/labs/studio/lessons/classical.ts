/**
 * Lesson 2: why the classical network fails and what n buys (mixture and spurious states at
 * n = 2, capacity, raising n live, feature vs prototype regime, XOR as a live exhibit).
 */
import type { LessonDefinition } from '../../../shell/lessons/lesson';
import type { StudioRuntime } from '../app/runtime';
import { XorExhibit } from '../ui/XorExhibit';
import { BANK, finished, MODEL, played, sawAny, STAGE, studioSetup, TRANSPORT } from './steps';

const VERDICT_TERMS = ['retrieved', 'inverted', 'mixture', 'spurious', 'metastable', 'settled'];
const INPUTS = ['-1,-1', '-1,1', '1,-1', '1,1'];

export const classicalLesson: LessonDefinition<StudioRuntime> = {
  id: 'classical-vs-dense',
  title: 'Why the classical network fails, and what n buys',
  summary:
    'Mixture and spurious states at n = 2, capacity, raising n live, features against prototypes, and XOR.',
  steps: [
    {
      title: 'The classical network',
      text: 'With $F(x) = x^2$ this is Hopfield’s 1982 network. It holds about $0.14\\,N \\approx 110$ random patterns, but handwritten digits are far from random: they share most of their pixels.',
      task: 'Press Play and let the run finish',
      target: TRANSPORT,
      setup: (ctx) => studioSetup(ctx, { energy: 'classical' }),
      done: finished,
    },
    {
      title: 'What it found',
      text: 'Ten similar digits are already too many for n = 2: the run ends on a state that blends memories (a mixture) or on one nobody stored (spurious), not on the 3 it started from.',
      task: 'Open the ? next to the verdict to read what it means',
      target: STAGE,
      setup: async (ctx) => {
        await studioSetup(ctx, { energy: 'classical' });
        await ctx.runtime.run.play();
      },
      done: sawAny(...VERDICT_TERMS.map((t) => `term:${t}`)),
    },
    {
      title: 'Raise n while it runs',
      text: 'The polynomial energy $F(x) = x^n$ keeps the same memories. Every change of n applies from the next update on, so you can watch the same state choose differently.',
      task: 'Press Play, then drag n to 10 or more while the run goes',
      target: MODEL,
      setup: (ctx) => studioSetup(ctx, { energy: 'polynomial', n: 2, speed: 2 }),
      done: ({ state }) =>
        state.params.energy === 'polynomial' &&
        state.params.n >= 10 &&
        (state.run.status === 'running' || state.run.status === 'done'),
    },
    {
      title: 'Capacity',
      text: 'At power n the network stores about $N^{n-1}$ patterns instead of $0.14\\,N$: each memory’s valley is steeper, so they no longer merge.',
      task: 'Add 5 more digits to the bank (Add 5 random 7s), then press Play',
      target: BANK,
      setup: (ctx) => studioSetup(ctx, { energy: 'polynomial', n: 20 }),
      done: (ctx) => ctx.state.bank.items.length >= ctx.start.bank.items.length + 5 && played(ctx),
    },
    {
      title: 'Features and prototypes',
      text: 'At small n many memories add up in every update: they act like features. At large n the closest memory outweighs the rest: each acts as a prototype, and one wins.',
      task: 'Switch the family to Rectified and set n to 30',
      target: MODEL,
      setup: (ctx) => studioSetup(ctx, { energy: 'polynomial', n: 3 }),
      done: ({ state }) => state.params.energy === 'rectified' && state.params.n >= 30,
    },
    {
      title: 'XOR at n = 2',
      text: 'Three neurons (x₁, x₂, y) store the four rows of the XOR table, with x₁ and x₂ held fixed. At n = 2 the field on y, $E(y{=}{-1}) - E(y{=}{+1})$, is exactly zero for every input: y never learns the answer.',
      task: 'In the exhibit, keep n = 2 and flip x₁ or x₂',
      Exhibit: XorExhibit,
      done: ({ events }) => INPUTS.some((i) => events.has(`xor:2:${i}`)),
    },
    {
      title: 'XOR at n = 3',
      text: 'At n = 3 the cubic terms no longer cancel: the field is ±48 and its sign is XOR for all four inputs. A higher power lets the network compute what no pairwise network can.',
      task: 'Switch the exhibit to n = 3 and try all four inputs',
      Exhibit: XorExhibit,
      done: ({ events }) => INPUTS.every((i) => events.has(`xor:3:${i}`)),
    },
    {
      title: 'The prototype regime',
      text: 'Back to the digits at n = 30 with heavy noise: the closest memory wins outright and the run usually settles within a sweep or two.',
      task: 'Press Play and let it finish',
      target: TRANSPORT,
      setup: (ctx) => studioSetup(ctx, { energy: 'polynomial', n: 30 }, { flipP: 0.35 }),
      done: finished,
    },
  ],
};
