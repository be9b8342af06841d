/**
 * The bodies lab's worker room (types only): one room, two views. The hidden-neuron view's calls
 * (hidden-api.ts) run the two-layer network of Krotov & Hopfield 2020; the random-features view's
 * calls (features-api.ts) compare DrDAM with MrDAM (models.md §5, §6).
 */
import type { FeaturesRoomApi } from './features-api';
import type { HiddenRoomApi } from './hidden-api';

export const BODIES_ROOM = 'bodies';

export type BodiesRoomApi = HiddenRoomApi & FeaturesRoomApi;

export type {
  CueSource,
  HiddenProgress,
  HiddenSetup,
  HiddenShown,
  InpaintMode,
  MaskKind,
} from './hidden-api';
