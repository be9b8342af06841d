/**
 * Lesson: the census. Take the default task's census, look at the five classes, read the
 * stability ratio, train the classifiers on the energy profile and test them on another task,
 * then send a spurious state to the studio.
 */
import { CENSUS_PRESETS } from '../../../core/census/presets';
import { STATE_CLASSES } from '../../../core/census/types';
import type { LessonDefinition, StepContext } from '../../../shell/lessons/lesson';
import type { CensusRuntime } from '../app/runtime';
import { DEFAULT_CENSUS_SETUP } from '../app/slice';

type Ctx = StepContext<CensusRuntime>;
type SetupCtx = Omit<Ctx, 'start' | 'events'>;

const PRESETS = 'section[aria-labelledby="census-presets-heading"]';
const SUMMARY = 'section[aria-labelledby="census-summary-heading"]';
const GALLERY = 'section[aria-labelledby="census-gallery-heading"]';
const SR = 'section[aria-labelledby="census-sr-heading"]';
const MODELS = 'section[aria-labelledby="census-models-heading"]';
const PICKED = 'section[aria-labelledby="census-picked-heading"]';

const SPURIOUS = STATE_CLASSES.indexOf('spurious');

const defaultSpec = () => CENSUS_PRESETS.find((p) => p.id === 'default')!.spec;

/** The default census shown (run now unless it is shown or running). */
function ensureCensus({ state, runtime }: SetupCtx): void {
  const spec = defaultSpec();
  const shown = runtime.results.get().census;
  if (state.census.spec !== spec) state.setCensus({ spec, preset: 'default' });
  if (shown?.spec === spec || state.censusJobs.census.status === 'running') return;
  void runtime.run();
}

const censusDone = ({ state, runtime }: Ctx) =>
  state.censusJobs.census.status === 'done' &&
  runtime.results.get().census?.spec === state.census.spec;

const classified = ({ state, runtime, start }: Ctx, test: string) =>
  state.censusJobs.classify.status === 'done' &&
  state.censusJobs.classify !== start.censusJobs.classify &&
  runtime.results.get().classify?.train === runtime.results.get().census?.spec &&
  state.census.test === test;

export const censusLesson: LessonDefinition<CensusRuntime> = {
  id: 'census',
  title: 'Which states does a network hold?',
  summary:
    'Take a census of stable states, sort them into learned, prototype and spurious, and see a classifier beat the stability ratio.',
  steps: [
    {
      title: 'A network trained on examples',
      text: 'Ten random prototypes, twenty noisy examples of each (every bit flipped with probability 0.1), a Hebbian network trained on the 200 examples. Which stable states does it hold?',
      task: 'Press the task “Default: N = 100, P = 10”',
      target: PRESETS,
      setup: ({ state, runtime }) => {
        runtime.cancel('census');
        state.setCensus(DEFAULT_CENSUS_SETUP);
      },
      done: ({ state, start }) =>
        state.census.preset === 'default' &&
        state.censusJobs.census !== start.censusJobs.census &&
        state.censusJobs.census.status !== 'idle',
    },
    {
      title: 'The census',
      text: 'Thousands of random probes each fall to a fixed point. Few land on an example: the network has merged each group into its prototype, a state it never saw. Most of the rest are spurious.',
      task: 'Let the census finish and read the table',
      target: SUMMARY,
      setup: ensureCensus,
      done: censusDone,
    },
    {
      title: 'Look at a spurious state',
      text: 'Spurious states stand for nothing: not an example, not a prototype, not a mixture of three or five of them. Yet they are as stable as the rest.',
      task: 'In the gallery, pick a spurious state',
      target: GALLERY,
      setup: ensureCensus,
      done: ({ state, runtime }) => {
        const r = runtime.results.get().census;
        return r !== null && state.censusPicked !== null && r.cls[state.censusPicked] === SPURIOUS;
      },
    },
    {
      title: 'The stability ratio',
      text: 'Each unit contributes $e_i = -\\sigma_i h_i$ to the energy. The stability ratio $\\min|e_i| / \\max|e_i|$ is low when one unit is close to flipping, as in many spurious states — but not all.',
      task: 'Open the ? next to “stability ratio”',
      target: SR,
      setup: ensureCensus,
      done: ({ events }) => events.has('term:stability-ratio'),
    },
    {
      title: 'A classifier on the whole profile',
      text: 'The stability ratio reads two numbers of the profile. Logistic regression, a linear SVM and a small dense network read all of it, sorted.',
      task: 'Press Train classifiers',
      target: MODELS,
      setup: (ctx) => {
        ensureCensus(ctx);
        ctx.state.setCensus({ test: 'split' });
      },
      done: (ctx) => classified(ctx, 'split'),
    },
    {
      title: 'Another network',
      text: 'Trained on this network’s states, tested on a network with twice the prototypes: do the models still beat the threshold?',
      task: 'Set “Test on” to the task with P = 20 and train again',
      target: MODELS,
      setup: ensureCensus,
      done: (ctx) => classified(ctx, 'P20'),
    },
    {
      title: 'Into the studio',
      text: 'A state of the census opens in the studio as the cue, with the task’s examples as the memories. Run it: it stays put, and the studio names it.',
      task: 'Pick a state and press “Open in the studio as the cue”',
      target: PICKED,
      setup: ensureCensus,
      done: ({ events }) => events.has('census:studio'),
    },
  ],
};
