/** The studio's runtime: its run (controller and live cache), made once per page by the shell. */
import type { Shell } from '../../../shell/shell';
import { createStudioRun, type StudioRun } from './run';

export interface StudioRuntime {
  shell: Shell;
  run: StudioRun;
}

export const createStudio = (shell: Shell): StudioRuntime => ({
  shell,
  run: createStudioRun(shell),
});
