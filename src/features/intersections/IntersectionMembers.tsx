/**
 * The organisations of the selected combination, beside the chart: name (displayName), county
 * and member type, in the shared table. Choosing one adds it to the selection, keeping the
 * combination, so the other views show that organisation while this list stays open.
 */
import { useMemo } from 'react';
import type { PageClusterId, PageOrgId } from '../../domain/page/ids';
import { isSelected, selectionOf } from '../../domain/page/selection';
import type { SelectionItem } from '../../domain/page/selection-types';
import { useDisplayName } from '../../state/display-name';
import { orgIndexOf } from '../../state/org-index';
import { actions, useAppState } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';
import type { MessageKey } from '../../ui/i18n/nb';
import { type Column, DataTable } from '../../ui/table/DataTable';
import { useNumberFormat } from '../shared/number-format';

interface MemberRow {
  readonly id: PageOrgId;
  readonly name: string;
  readonly county: string;
  readonly type: string;
}

export function IntersectionMembers(props: {
  clusters: readonly PageClusterId[] | null;
  members: readonly PageOrgId[];
}) {
  const t = useT();
  const nf = useNumberFormat();
  const displayName = useDisplayName();
  const data = useAppState((s) => s.data);
  const selection = useAppState((s) => s.selection);
  const { clusters, members } = props;

  const rows = useMemo((): MemberRow[] => {
    if (!data) return [];
    const byId = orgIndexOf(data.dataset).byId;
    return members.map((id) => {
      const page = data.model.organisations.get(id);
      const internal = data.model.internalOrg.get(id);
      const type = internal === undefined ? undefined : byId.get(internal)?.type;
      return {
        id,
        name: displayName('organisation', id),
        county: page ? displayName('county', page.county) : '',
        type: t(`orgs.type.${type ?? 'none'}` as MessageKey),
      };
    });
  }, [data, members, displayName, t]);

  if (!clusters) {
    return (
      <div className="upset-members" data-testid="upset-members">
        <p className="muted">{t('upset.members.hint')}</p>
      </div>
    );
  }
  const names = clusters.map((c) => displayName('cluster', c)).join(' + ');
  const columns: Column<MemberRow>[] = [
    {
      id: 'name',
      header: t('upset.col.name'),
      cell: (r) => r.name,
      sortValue: (r) => r.name,
      rowHeader: true,
    },
    {
      id: 'county',
      header: t('upset.col.county'),
      cell: (r) => r.county,
      sortValue: (r) => r.county,
    },
    { id: 'type', header: t('upset.col.type'), cell: (r) => r.type, sortValue: (r) => r.type },
  ];
  const combo: SelectionItem = { kind: 'intersection', clusters };
  return (
    <div className="upset-members" data-testid="upset-members">
      <h3>{t('upset.members', { clusters: names })}</h3>
      <p className="muted" data-testid="upset-members-count">
        {t(rows.length === 1 ? 'upset.members.count.one' : 'upset.members.count.other', {
          n: nf.integer(rows.length),
        })}
      </p>
      <DataTable
        rows={rows}
        columns={columns}
        rowKey={(r) => r.id}
        caption={names}
        emptyMessage={t('upset.none')}
        visibleRows={15}
        rowTestId="upset-member"
        isSelected={(r) => isSelected(selection, { kind: 'organisation', id: r.id })}
        onRowActivate={(r) => {
          const org: SelectionItem = { kind: 'organisation', id: r.id };
          const on = isSelected(selection, org);
          actions.setSelection(selectionOf(on ? [combo] : [combo, org]));
        }}
      />
    </div>
  );
}
