/** The basins view's runtime for its components (provided by its Controls and Content). */
import { createContext, useContext } from 'react';
import type { BasinsRuntime } from '../app/runtime';

export const BasinsContext = createContext<BasinsRuntime | null>(null);

export function useBasins(): BasinsRuntime {
  const rt = useContext(BasinsContext);
  if (!rt) throw new Error('basins components need the BasinsContext provider');
  return rt;
}
