/** The basins view's columns (the shell renders them with the runtime provided: ./context.ts). */
import { ModelPanel } from '../../../components/panels/ModelPanel';
import { BasinControls } from './BasinControls';
import './basins.css';

export function BasinsControls() {
  return (
    <>
      <BasinControls />
      <ModelPanel />
    </>
  );
}

export { BasinsView as BasinsContent } from './BasinsView';
