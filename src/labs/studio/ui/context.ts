/** The studio's runtime for its components (provided by its Controls and Content). */
import { createContext, useContext } from 'react';
import type { StudioRuntime } from '../app/runtime';

export const StudioContext = createContext<StudioRuntime | null>(null);

export function useStudio(): StudioRuntime {
  const rt = useContext(StudioContext);
  if (!rt) throw new Error('studio components need the StudioContext provider');
  return rt;
}
