/**
 * Lesson: memories as hidden neurons. Run the two-layer network on a noisy digit, watch the
 * memory neurons switch on and the energy fall, make the hidden layer fast and see the run meet
 * its one-layer limit, then take too large a step and see the energy check fail.
 */
import type { LessonDefinition, StepContext } from '../../../shell/lessons/lesson';
import { DEFAULT_HIDDEN } from '../app/hidden-slice';
import type { BodiesRuntime } from '../app/runtime';
import type { HiddenSetup } from '../worker/api';

type Ctx = StepContext<BodiesRuntime>;
type SetupCtx = Omit<Ctx, 'start' | 'events'>;

const RUN = 'section[aria-labelledby="bodies-run-heading"]';
const HIDDEN = 'section[aria-labelledby="bodies-hidden-layer-heading"]';
const ENERGY = 'section[aria-labelledby="bodies-energy-heading"]';
const NETWORK = 'section[aria-labelledby="bodies-network-heading"]';

/** The set-up `patch` on the defaults, shown: run now unless it is shown or running. */
function ensure({ state, runtime }: SetupCtx, patch: Partial<HiddenSetup> = {}): void {
  state.setBodiesView('hidden');
  const want = { ...DEFAULT_HIDDEN, ...patch };
  const same = (Object.keys(want) as (keyof HiddenSetup)[]).every(
    (k) => state.bodiesHidden[k] === want[k],
  );
  if (!same) state.setBodiesHidden(want);
  const shown = runtime.hidden.shown.get();
  const now = same ? state.bodiesHidden : undefined;
  if (now && shown?.setup === now && state.bodiesHiddenJob.status === 'done') return;
  void runtime.hidden.run({ play: false });
}

/** The run shown is of the set-up now. */
const current = ({ state, runtime }: Ctx) =>
  state.bodiesHiddenJob.status === 'done' &&
  runtime.hidden.shown.get()?.setup === state.bodiesHidden;

export const hiddenLesson: LessonDefinition<BodiesRuntime> = {
  id: 'hidden-neurons',
  title: 'Memories as hidden neurons',
  summary:
    'Run a two-layer network with one hidden neuron per memory, watch the memories switch on, and see it become a one-layer dense associative memory as the hidden layer gets fast.',
  steps: [
    {
      title: 'A noisy digit',
      text: 'Ten MNIST digits are stored, each as one hidden neuron joined to every pixel. The pixels start at a noisy 7 that is not one of them: 30% of its pixels are random grey.',
      task: 'Press Run',
      target: RUN,
      setup: ({ state, runtime }) => {
        runtime.hidden.cancel();
        state.setBodiesView('hidden');
        state.setBodiesHidden(DEFAULT_HIDDEN);
      },
      done: (ctx) => ctx.state.bodiesHiddenJob !== ctx.start.bodiesHiddenJob && current(ctx),
    },
    {
      title: 'Memories switch on',
      text: 'The hidden neurons start at rest, $h = 0$. Each listens to the overlap $\\xi_\\mu \\cdot g$ of its memory with the picture; in model B their outputs are a softmax, so as the run goes on one neuron takes almost all of it.',
      task: 'Play the run to its last frame and read which memory won',
      target: HIDDEN,
      setup: (ctx) => {
        ensure(ctx);
        ctx.state.setBodiesHiddenFrame(0);
      },
      done: (ctx) => {
        const shown = ctx.runtime.hidden.shown.get();
        return (
          current(ctx) &&
          shown !== null &&
          ctx.state.bodiesHiddenFrame >= shown.run.frames.length - 1
        );
      },
    },
    {
      title: 'The energy never rises',
      text: 'With convex Lagrangians and positive time constants, $E$ is a Lyapunov function: along the continuous dynamics $dE/dt \\le 0$. The badge checks every Euler step of the run.',
      task: 'Open “what’s this?” beside the energy badge',
      target: ENERGY,
      setup: (ctx) => ensure(ctx),
      done: ({ events }) => events.has('term:energy-check'),
    },
    {
      title: 'A fast hidden layer',
      text: 'With $\\tau_h = 1$ the hidden layer lags behind the pixels and the run strays from the effective one-layer run, where $h = \\Xi g$ at once. As $\\tau_h \\to 0$ the two trajectories meet.',
      task: 'Slide τ_h down to 0.01 and watch the distance fall',
      target: NETWORK,
      setup: (ctx) => ensure(ctx, { tauH: 1 }),
      done: (ctx) => ctx.state.bodiesHidden.tauH <= 0.0105 && current(ctx),
    },
    {
      title: 'Too large a step',
      text: 'The run is explicit Euler. In model B one step with $dt = \\tau_f$ is exactly the modern Hopfield update; past $2\\tau_f$ the pixels overshoot and $E$ rises. The badge then names a step that avoids it.',
      task: 'Raise dt to 3 and read the badge',
      target: NETWORK,
      setup: (ctx) => ensure(ctx),
      done: (ctx) => current(ctx) && (ctx.runtime.hidden.shown.get()?.run.rises.length ?? 0) > 0,
    },
  ],
};
