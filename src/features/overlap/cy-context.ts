/** The cytoscape instance shared with the map's controller components. */
import type { Core } from 'cytoscape';
import { createContext, useContext } from 'react';

export const CyContext = createContext<Core | null>(null);

export function useCy(): Core {
  const cy = useContext(CyContext);
  if (!cy) throw new Error('useCy: a map controller was rendered outside <OverlapMap>');
  return cy;
}
