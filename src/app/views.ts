/**
 * The registry of views, in tab order; the first is the start view. The tab row, the panels and
 * the URL are made from it: a new view is its feature's `view.tsx` and one line here.
 */
import { importView } from '../features/import/view';
import type { ViewDescriptor } from '../features/navigation/view-types';
import { overviewView } from '../features/overview/view';
import { placesView } from '../features/places/view';
import { reviewView } from '../features/review/view';

export const VIEWS: readonly ViewDescriptor[] = [overviewView, importView, reviewView, placesView];

export const VIEW_IDS: readonly string[] = VIEWS.map((v) => v.id);
