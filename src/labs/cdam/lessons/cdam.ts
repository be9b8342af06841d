/**
 * Lesson: memories that call up their neighbours. Load the ring, play a cued run and see the
 * correlation stay on the cue (auto-association), lower a below zero and see recall spread along
 * the ring, run the paper's range of recall, then watch the digits 0–9 replay along a directed
 * cycle.
 */
import type { LessonDefinition, StepContext } from '../../../shell/lessons/lesson';
import type { CdamRuntime } from '../app/runtime';

type Ctx = StepContext<CdamRuntime>;
type SetupCtx = Omit<Ctx, 'start' | 'events'>;

const PRESETS = 'section[aria-labelledby="cdam-presets-heading"]';
const RUN = 'section[aria-labelledby="cdam-run-heading"]';
const PARAMS = 'section[aria-labelledby="cdam-params-heading"]';
const EXPERIMENTS = 'section[aria-labelledby="cdam-experiments-heading"]';

function ensureRing({ state, runtime }: SetupCtx): void {
  if (state.cdam.preset !== 'ring' && state.cdam.graphPreset !== 'ring')
    runtime.applyPreset('ring');
}

export const cdamLesson: LessonDefinition<CdamRuntime> = {
  id: 'cdam',
  title: 'Memories that call up their neighbours',
  summary:
    'Thirty memories on a ring: watch recall stay on the cue, then spread to its neighbours as the auto-association a goes below zero, and see ten digits replay along a directed cycle.',
  steps: [
    {
      title: 'Thirty memories on a ring',
      text: 'Each node of the graph is a stored memory, a random pattern of 1000 values; each edge says that recalling one memory should also call up the other. The update mixes the active memories ($a$, auto-association) and their neighbours ($h$, hetero-association).',
      task: 'Press the preset “Ring of 30”',
      target: PRESETS,
      setup: ({ runtime, state }) => runtime.edit({ preset: null, params: state.cdam.params }),
      done: ({ state }) => state.cdam.preset === 'ring',
    },
    {
      title: 'Auto-association: recall stays put',
      text: 'The run starts at memory 0 with noise added. With $a = 1, h = 0$ this is the plain softmax update: the heat map’s row for memory 0 turns red and stays red, and the mode reads “auto-association”.',
      task: 'Press Play and watch the heat map',
      target: RUN,
      setup: ensureRing,
      done: ({ events }) => events.has('cdam:done'),
    },
    {
      title: 'Anti-Hebbian: recall spreads',
      text: 'Lower $a$ below zero and raise $h$: the active memory now pushes the state away from itself and toward its neighbours. Try $a = -0.5$, $h = 1.5$ — the rows next to memory 0 light up too.',
      task: 'Drag a below 0, then press Play again',
      target: PARAMS,
      setup: ensureRing,
      done: ({ state, events }) => state.cdam.params.a < 0 && events.has('cdam:done'),
    },
    {
      title: 'The range of recall',
      text: 'The paper’s experiment: every memory of the ring is the cue in turn, for four $(a, h)$. The curves show the final state’s mean correlation with memories at each graph distance. As $a$ falls the curve widens, like Miyashita’s monkey neurons after learning a sequence of pictures.',
      task: 'Press “Run the range of recall”',
      target: EXPERIMENTS,
      done: ({ events }) => events.has('cdam:range'),
    },
    {
      title: 'A sequence replays',
      text: 'On a directed cycle of the digits 0–9, hetero-association walks the state forward along the edges. Auto-association alone sticks on the first digit; the anti-Hebbian setting replays the cycle.',
      task: 'Press “Replay the digits”',
      target: EXPERIMENTS,
      done: ({ events }) => events.has('cdam:sequence'),
    },
  ],
};
