/**
 * One link of the county map opened: the clusters that carry it (per cluster its linked pairs
 * and members in each area) and the organisations behind it in each area, with the downloads.
 */
import { useMemo } from 'react';
import type { CountySchemeId } from '../../domain/geo/schemes';
import type { CountyLinkMatrix } from '../../domain/graph/county-links';
import type { MembershipIndex } from '../../domain/graph/membership-index';
import type { ClusterId } from '../../domain/membership/types';
import type { PageCountyId, PageOrgId } from '../../domain/page/ids';
import type { PageModel } from '../../domain/page/model';
import { useDisplayName } from '../../state/display-name';
import { useLang, useT } from '../../ui/i18n/I18nProvider';
import { DataTable, type Column } from '../../ui/table/DataTable';
import { ExportButton } from '../shared/ExportButton';
import { formatNumber, measureWords } from './numbers';
import { pairDetails, type PairCarrier } from './pair-details';

export interface CountyPairDetailsProps {
  readonly model: PageModel;
  readonly index: MembershipIndex;
  readonly matrix: CountyLinkMatrix;
  readonly scheme: CountySchemeId;
  readonly clusters: ReadonlySet<ClusterId> | undefined;
  readonly pair: readonly [number, number];
  readonly onBack: () => void;
}

export function CountyPairDetails(props: CountyPairDetailsProps) {
  const { model, index, matrix, scheme, clusters, pair } = props;
  const t = useT();
  const lang = useLang();
  const displayName = useDisplayName();
  const [from, to] = pair;
  const details = useMemo(
    () => pairDetails(model, index, scheme, clusters, from, to),
    [model, index, scheme, clusters, from, to],
  );
  const a = displayName('county', matrix.units[from]!.id as PageCountyId);
  const b = displayName('county', matrix.units[to]!.id as PageCountyId);
  const n = (v: number) => formatNumber(lang, v);

  const carrierColumns: Column<PairCarrier>[] = [
    {
      id: 'cluster',
      header: t('countyMap.pair.cluster'),
      cell: (c) => displayName('cluster', c.cluster),
      sortValue: (c) => displayName('cluster', c.cluster),
      rowHeader: true,
    },
    {
      id: 'pairs',
      header: t('countyMap.pair.pairs'),
      cell: (c) => n(c.pairs),
      sortValue: (c) => c.pairs,
      align: 'end',
      firstSort: 'desc',
    },
    {
      id: 'from',
      header: t('countyMap.pair.inFrom', { name: a }),
      cell: (c) => n(c.inFrom),
      sortValue: (c) => c.inFrom,
      align: 'end',
    },
    {
      id: 'to',
      header: t('countyMap.pair.inTo', { name: b }),
      cell: (c) => n(c.inTo),
      sortValue: (c) => c.inTo,
      align: 'end',
    },
  ];
  const orgColumns: Column<PageOrgId>[] = [
    {
      id: 'name',
      header: t('countyMap.pair.organisation'),
      cell: (id) => displayName('organisation', id),
      sortValue: (id) => displayName('organisation', id),
      rowHeader: true,
    },
    {
      id: 'clusters',
      header: t('countyMap.pair.clusters'),
      cell: (id) =>
        (details.carriersOf.get(id) ?? []).map((c) => displayName('cluster', c)).join(', '),
    },
  ];
  const pairs = matrix.pairs[from]![to]!;
  return (
    <section
      className="county-map-pair"
      aria-labelledby="county-map-pair-title"
      data-testid="county-pair"
    >
      <h3 id="county-map-pair-title">{t('countyMap.pair.title', { a, b })}</h3>
      {details.carriers.length === 0 ? (
        <p>{t('countyMap.pair.none', { a, b })}</p>
      ) : (
        <>
          <p>
            {t('countyMap.pair.summary', {
              pairs: measureWords(t, lang, 'pairs', pairs),
              clusters: t(
                details.carriers.length === 1 ? 'count.clusters.one' : 'count.clusters.other',
                { n: n(details.carriers.length) },
              ),
            })}
          </p>
          <div className="county-map-exports">
            <ExportButton id="county-map-pair-csv" />
            <ExportButton id="county-map-pair-xlsx" />
          </div>
          <DataTable
            rows={details.carriers}
            columns={carrierColumns}
            rowKey={(c) => c.cluster}
            caption={t('countyMap.pair.carriers')}
            emptyMessage={t('table.empty')}
            testId="county-pair-carriers"
            visibleRows={8}
          />
          <DataTable
            rows={details.orgsFrom}
            columns={orgColumns}
            rowKey={(id) => id}
            caption={t('countyMap.pair.orgsFrom', { name: a, n: n(details.orgsFrom.length) })}
            emptyMessage={t('table.empty')}
            visibleRows={8}
          />
          {from !== to && (
            <DataTable
              rows={details.orgsTo}
              columns={orgColumns}
              rowKey={(id) => id}
              caption={t('countyMap.pair.orgsTo', { name: b, n: n(details.orgsTo.length) })}
              emptyMessage={t('table.empty')}
              visibleRows={8}
            />
          )}
        </>
      )}
      <button type="button" className="button" onClick={props.onBack}>
        {t('countyMap.pair.clear')}
      </button>
    </section>
  );
}
