/**
 * The registry of views, in tab order; the first is the start view. The tab row, the panels and
 * the URL are made from it: a new view is one file in views/ (composing
 * its feature's panels) and one line here. Views live in app/ because they compose several
 * features, and features do not import each other.
 */
import type { ViewDescriptor } from '../features/shared/view-types';
import { importView } from './views/import';
import { overviewView } from './views/map';
import { placesView } from './views/places';
import { reportView } from './views/report';
import { reviewView } from './views/review';

export const VIEWS: readonly ViewDescriptor[] = [
  overviewView,
  importView,
  reviewView,
  placesView,
  reportView,
];

export const VIEW_IDS: readonly string[] = VIEWS.map((v) => v.id);
