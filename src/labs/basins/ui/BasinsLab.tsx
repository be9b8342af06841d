/** The basins view's columns, bound to its runtime (through BasinsContext). */
import { ModelPanel } from '../../../components/panels/ModelPanel';
import type { BasinsRuntime } from '../app/runtime';
import { BasinControls } from './BasinControls';
import { BasinsView } from './BasinsView';
import { BasinsContext } from './context';
import './basins.css';

export function BasinsControls({ runtime }: { runtime: BasinsRuntime }) {
  return (
    <BasinsContext.Provider value={runtime}>
      <BasinControls />
      <ModelPanel />
    </BasinsContext.Provider>
  );
}

export function BasinsContent({ runtime }: { runtime: BasinsRuntime }) {
  return (
    <BasinsContext.Provider value={runtime}>
      <BasinsView />
    </BasinsContext.Provider>
  );
}
