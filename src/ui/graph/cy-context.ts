/** The cytoscape instance a graph canvas shares with its controller components. */
import type { Core } from 'cytoscape';
import { createContext, useContext } from 'react';

export const CyContext = createContext<Core | null>(null);

export function useCy(): Core {
  const cy = useContext(CyContext);
  if (!cy) throw new Error('useCy: a graph controller was rendered outside <GraphCanvas>');
  return cy;
}
