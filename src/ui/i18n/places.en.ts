/** English strings for unplaced organisations and manual placement (keys as places.nb.ts). */
import type { PlacesMessages } from './places.nb';

export const placesEn: PlacesMessages = {
  'places.title': 'Unplaced',
  'places.intro':
    'Organisations the lists do not place in one county. Select them and a county to place them by hand.',
  'places.none': 'Every organisation is placed in a county or abroad.',
  'places.count.one': '{n} organisation without a county',
  'places.count.other': '{n} organisations without a county',
  'places.selectAll': 'Select all',
  'places.select': 'Select {name}',
  'places.name': 'Name',
  'places.orgNumber': 'Org. no.',
  'places.clusters': 'Clusters',
  'places.why': 'Why unplaced',
  'places.showMore': 'Show {count} more',
  'places.search': 'Search by name or org. number',
  'places.chooser': 'Place in',
  'places.choose': 'Choose a county …',
  'places.suggested': 'Possible counties',
  'places.allCounties': 'All counties',
  'places.abroad': 'Abroad',
  'places.place.one': 'Place {n} organisation',
  'places.place.other': 'Place {n} organisations',
  'places.selected': '{n} selected',
  'places.or': 'or',
  'places.and': 'and',
  'places.manual.title': 'Placed by hand ({count})',
  'places.manual.none': 'No organisation is placed by hand.',
  'places.manual.remove': 'Remove',
  'places.manual.removeLabel': 'Remove the placement of {name}',
  'places.manual.in': '{name} → {place}',
};
