/** The random-features view's controllers and results, for its components. */
import { useCacheSelect } from '../../../../shell/use-cache';
import type { RfResults } from '../../app/rf-controller';
import { useBodies } from '../context';

export const useRf = () => useBodies().features;

export function useRfResults<T>(pick: (r: RfResults) => T): T {
  return useCacheSelect(useRf().results, pick);
}
