/**
 * The registry of views, in tab order; the first is the start view. The tab row, the panels and
 * the URL are made from it: a new view is its descriptor in views/, its page in pages/ (composing
 * its feature's panels, loaded lazily: each page is its own chunk) and one line here. Views live
 * in app/ because they compose several features, and features do not import each other.
 */
import type { ViewDescriptor } from '../features/shared/view-types';
import { countyMapView } from './views/county-map';
import { countyMatrixView } from './views/county-matrix';
import { importView } from './views/import';
import { intersectionsView } from './views/intersections';
import { overviewView } from './views/map';
import { orgMetricsView } from './views/org-metrics';
import { partnersView } from './views/partners';
import { organisationsView } from './views/organisations';
import { memberGraphView } from './views/member-graph';
import { placesView } from './views/places';
import { reportView } from './views/report';
import { reviewView } from './views/review';
import { whatMembersView } from './views/what-members';
import { whereMembersView } from './views/where-members';

export const VIEWS: readonly ViewDescriptor[] = [
  overviewView,
  importView,
  reviewView,
  placesView,
  memberGraphView,
  intersectionsView,
  organisationsView,
  countyMatrixView,
  countyMapView,
  whereMembersView,
  whatMembersView,
  reportView,
  orgMetricsView,
  partnersView,
];

export const VIEW_IDS: readonly string[] = VIEWS.map((v) => v.id);
