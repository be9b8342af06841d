/**
 * Graph-linked memories, CDAM (Burns 2024; docs/models.md §10): memories joined by a graph the
 * user draws, an auto- (a) and a hetero-associative (h) strength, and the four modes the state
 * can settle into; the paper's range of recall, sequence replay and a finite automaton, one click
 * each, and the (a, h) phase map.
 */
import { defineLab } from '../../shell/lab-definition';
import { useDamStore } from '../../store';
import { cdamCodec } from './app/codec';
import { createCdam, type CdamRuntime } from './app/runtime';
import { createCdamSlice } from './app/slice';
import { CDAM_TERMS } from './glossary';
import { cdamLesson } from './lessons/cdam';
import { cdamRuntime } from './ui/context';
import { CdamContent, CdamControls } from './ui/CdamLab';
import { CdamPicture } from './ui/Picture';

export const cdamLab = defineLab<CdamRuntime>({
  id: 'cdam',
  title: 'Graph',
  heading: 'graph-linked memories',
  purpose:
    'Link memories by a graph you draw and watch recall stay on the cue, spread to its neighbours or replay a sequence, as auto- and hetero-association trade off.',
  Picture: CdamPicture,
  context: cdamRuntime,
  start: (shell) => createCdam(shell),
  Controls: CdamControls,
  Content: CdamContent,
  onHide: (rt) => rt.hide(),
  slice: createCdamSlice,
  codec: cdamCodec,
  shortcuts: [
    {
      keys: 'Space',
      action: 'Play or pause the run',
      match: [' '],
      run: (rt) => void (runStatus() === 'playing' ? rt.pause() : rt.play()),
    },
    { keys: '→', action: 'One step', match: ['ArrowRight'], run: (rt) => void rt.step() },
    {
      keys: 'R',
      action: 'Reset the run to its cue',
      match: ['r', 'R'],
      run: (rt) => void rt.reset(),
    },
  ],
  lessons: [cdamLesson],
  glossary: CDAM_TERMS,
  testHook: () => import('./test-hook'),
});

const runStatus = () => useDamStore.getState().cdamRun.status;
