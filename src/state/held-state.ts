/**
 * The state a hidden tab panel shows: the app state as it was when the panel was hidden (null:
 * the live state). Every panel stays rendered so switching is instant (features/navigation/
 * TabPanels.tsx); without this, each new build, metric or selection re-rendered all of them, and
 * at 13 000 organisations the hidden tables and figures alone blocked the page for 0.3-0.5 s
 * after each change.
 */
import { createContext } from 'react';
import type { AppState } from './types';

export const HeldState = createContext<AppState | null>(null);
