/** The shell, for components: provided once at the root (main.tsx). */
import { createContext, useContext } from 'react';
import type { Shell } from './shell';

export const ShellContext = createContext<Shell | null>(null);

export function useShell(): Shell {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error('useShell needs the ShellContext provider (main.tsx)');
  return shell;
}
