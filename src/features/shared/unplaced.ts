/**
 * Whether an organisation still lacks a place: placement 'unknown' or 'ambiguous' (a choice among
 * a few counties). The placement tab lists them and the tab row counts them. Pure.
 */
import type { Placement } from '../../domain/geo/types';

export type Unplaced = Extract<Placement, { kind: 'unknown' | 'ambiguous' }>;

export function isUnplaced(placement: Placement): placement is Unplaced {
  return placement.kind === 'unknown' || placement.kind === 'ambiguous';
}
