/** The two-layer hidden-neuron network of Krotov & Hopfield 2020 (docs/models.md §5). */
export type * from './types';
export { HiddenOverflowError, fieldError, type HiddenOverflowField } from './errors';
export {
  hiddenLayer,
  visibleLagrangian,
  visibleLegendre,
  visibleOutput,
  type HiddenLayerSpec,
} from './lagrangians';
export { backProject, project } from './linear';
export { createHiddenNet, type HiddenNet } from './network';
export { runHidden, MAX_STEPS } from './run';
export {
  MAX_HALVINGS,
  RISE_TOLERANCE,
  SEARCH_WORK_BUDGET,
  energyRise,
  suggestDt,
} from './dt-search';
export { MAX_POWER, MAX_WEIGHTS, MIN_POWER } from './validate';
