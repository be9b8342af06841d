/**
 * A lab's runtime for its components. The shell renders every part of a lab (Controls, Content,
 * HeaderActions) inside the lab's provider (defineLab's `context`), so a component reaches the
 * runtime with the lab's hook and no lab writes a provider of its own.
 */
import { createContext, useContext, type Context } from 'react';

export interface LabRuntimeContext<R> {
  context: Context<R | null>;
  /** The runtime; throws outside the lab's parts (a component rendered elsewhere). */
  use(): R;
}

export function createLabRuntime<R>(lab: string): LabRuntimeContext<R> {
  const context = createContext<R | null>(null);
  return {
    context,
    use() {
      const rt = useContext(context);
      if (!rt) throw new Error(`${lab} components render only inside the ${lab} lab's parts`);
      return rt;
    },
  };
}
