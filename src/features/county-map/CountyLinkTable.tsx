/**
 * The county map as tables, for keyboard and screen-reader users and anyone who wants the
 * numbers: the units (members; Enter selects one) and the links the map shows (from, to, the
 * measure, pairs; Enter opens the pair).
 */
import type { CountyLinkMatrix } from '../../domain/graph/county-links';
import type { CountyMeasure } from '../../domain/graph/county-measure';
import type { PageCountyId } from '../../domain/page/ids';
import { useDisplayName } from '../../state/display-name';
import { useLang, useT } from '../../ui/i18n/I18nProvider';
import { DataTable, type Column } from '../../ui/table/DataTable';
import type { MapLink } from './map-links';
import type { MapFocus } from './map-selection';
import { formatMeasure, formatNumber } from './numbers';

export interface CountyLinkTableProps {
  readonly matrix: CountyLinkMatrix;
  readonly measure: CountyMeasure;
  readonly links: readonly MapLink[];
  readonly focus: MapFocus;
  readonly onUnit: (id: string) => void;
  readonly onPair: (from: string, to: string) => void;
}

export function CountyLinkTable(props: CountyLinkTableProps) {
  const { matrix, measure, links, focus } = props;
  const t = useT();
  const lang = useLang();
  const displayName = useDisplayName();
  const name = (i: number) => displayName('county', matrix.units[i]!.id as PageCountyId);
  const unitRows = matrix.units.map((_, i) => i);
  const unitColumns: Column<number>[] = [
    { id: 'name', header: t('countyMap.pair.county'), cell: name, rowHeader: true },
    {
      id: 'members',
      header: t('countyMap.table.members'),
      cell: (i) => formatNumber(lang, matrix.members[i]!),
      sortValue: (i) => matrix.members[i]!,
      align: 'end',
      firstSort: 'desc',
    },
  ];
  // Read in the direction of the selected unit, when the link touches it.
  const ends = (l: MapLink): [number, number] =>
    focus.unit === l.b ? [l.b, l.a] : focus.unit === l.a ? [l.a, l.b] : [l.from, l.to];
  const linkColumns: Column<MapLink>[] = [
    {
      id: 'from',
      header: t('countyMap.table.from'),
      cell: (l) => name(ends(l)[0]),
      sortValue: (l) => name(ends(l)[0]),
      rowHeader: true,
    },
    {
      id: 'to',
      header: t('countyMap.table.to'),
      cell: (l) => name(ends(l)[1]),
      sortValue: (l) => name(ends(l)[1]),
    },
    {
      id: 'value',
      header: t(`countyMap.measure.${measure}`),
      cell: (l) => formatMeasure(lang, measure, l.value),
      sortValue: (l) => l.value,
      align: 'end',
      firstSort: 'desc',
    },
    {
      id: 'pairs',
      header: t('countyMap.measure.pairs'),
      cell: (l) => formatNumber(lang, l.pairs),
      sortValue: (l) => l.pairs,
      align: 'end',
      firstSort: 'desc',
    },
  ];
  const pair = focus.pair;
  return (
    <details className="county-map-tables">
      <summary>{t('countyMap.table.title')}</summary>
      <DataTable
        rows={unitRows}
        columns={unitColumns}
        rowKey={(i) => matrix.units[i]!.id}
        caption={t('countyMap.scheme')}
        emptyMessage={t('table.empty')}
        isSelected={(i) => focus.unit === i}
        onRowActivate={(i) => props.onUnit(matrix.units[i]!.id)}
        testId="county-map-units"
      />
      <DataTable
        rows={links}
        columns={linkColumns}
        rowKey={(l) => `${l.a}|${l.b}`}
        caption={t('countyMap.title')}
        emptyMessage={t('table.empty')}
        isSelected={(l) =>
          pair !== null &&
          ((pair[0] === l.a && pair[1] === l.b) || (pair[0] === l.b && pair[1] === l.a))
        }
        onRowActivate={(l) => {
          const [from, to] = ends(l);
          props.onPair(matrix.units[from]!.id, matrix.units[to]!.id);
        }}
        testId="county-map-links"
      />
    </details>
  );
}
