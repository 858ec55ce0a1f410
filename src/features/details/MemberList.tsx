/**
 * A searchable list of organisations, by page id, in the model's name order: name (a button that
 * selects the organisation everywhere), organisation number ("123 456 785"), the number of
 * clusters it is in, and county; optionally filtered to members of 2+ or 3+ clusters. Names and
 * numbers come from displayName / useOrgNumber, so the anonymised mode shows neither. Search
 * matches the name, other spellings seen (not when anonymised), the number (with or without
 * spaces) and the county. Under a name: what Enhetsregisteret says about it. Splitting a merged
 * organisation is not offered here (a list is for reading): it sits in the organisation's own
 * details, behind a labelled control.
 */
import { useId, useMemo, useState } from 'react';
import { formatOrgNumber } from '../../domain/membership/org-number';
import type { PageOrgId } from '../../domain/page/ids';
import { useDisplayName, useOrgNumber } from '../../state/display-name';
import { orgIndexOf } from '../../state/org-index';
import { useOrganisationListPolicy } from '../../state/organisation-list-policy';
import { actions, useAppState } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';
import { useNumberFormats } from '../../ui/i18n/use-format';
import { SearchInput } from '../../ui/SearchInput';
import { placeLabel } from '../shared/place-label';
import { RegisterFacts } from '../shared/RegisterFacts';

export function MemberList({
  members,
  label,
  clusterFilter = false,
}: {
  members: readonly PageOrgId[];
  label: string;
  /** Offer the filter to members of 2+ or 3+ clusters. */
  clusterFilter?: boolean;
}) {
  const t = useT();
  const { integer: formatInteger } = useNumberFormats();
  const filterId = useId();
  const [minClusters, setMinClusters] = useState(1);
  const data = useAppState((s) => s.data);
  const anonymised = useAppState((s) => s.anonymised);
  const displayName = useDisplayName();
  const orgNumber = useOrgNumber();
  const policy = useOrganisationListPolicy();
  const listed = policy.listNames(members.length);
  const [query, setQuery] = useState('');
  const rows = useMemo(() => {
    if (!data || !listed) return [];
    const { model } = data;
    const records = orgIndexOf(data.dataset).byId;
    return members.flatMap((id) => {
      const entry = model.organisations.get(id);
      if (!entry) return [];
      const record = anonymised ? undefined : records.get(model.internalOrg.get(id)!);
      const name = displayName('organisation', id);
      const county = placeLabel(entry.placement, t);
      const digits = orgNumber(id);
      const number = digits ? formatOrgNumber(digits) : '';
      const haystack = [name, ...(record?.aliases ?? []), digits ?? '', county]
        .join('\n')
        .toLocaleLowerCase('nb');
      const clusters = model.clustersOf.get(id)?.length ?? 0;
      return [{ id, name, record, county, number, clusters, haystack }];
    });
  }, [data, members, listed, anonymised, displayName, orgNumber, t]);
  const needle = query.trim().toLocaleLowerCase('nb');
  const digits = needle.replace(/\s+/g, '');
  const inEnough = minClusters > 1 ? rows.filter((r) => r.clusters >= minClusters) : rows;
  const shown =
    needle === ''
      ? inEnough
      : inEnough.filter(
          (r) =>
            r.haystack.includes(needle) || (/^\d+$/.test(digits) && r.haystack.includes(digits)),
        );

  if (!listed) {
    // Anonymised and a small group: no names, not even pseudonyms (organisation-list-policy.ts).
    return (
      <p className="muted" data-testid="member-list-withheld">
        {t('anon.smallGroup', { n: formatInteger(members.length), k: formatInteger(policy.k) })}
      </p>
    );
  }
  return (
    <div className="member-list" data-testid="member-list">
      <div className="member-list-bar">
        <SearchInput label={t('members.search')} value={query} onChange={setQuery} />
        {clusterFilter ? (
          <span className="member-list-filter">
            <label htmlFor={filterId}>{t('profile.filter')}</label>
            <select
              id={filterId}
              value={minClusters}
              onChange={(e) => setMinClusters(Number(e.target.value))}
              data-testid="member-filter"
            >
              <option value={1}>{t('profile.filter.all')}</option>
              <option value={2}>{t('profile.filter.2')}</option>
              <option value={3}>{t('profile.filter.3')}</option>
            </select>
          </span>
        ) : null}
        <span className="muted" aria-live="polite">
          {t('members.showing', {
            shown: formatInteger(shown.length),
            total: formatInteger(rows.length),
          })}
        </span>
      </div>
      <div className="scroll">
        <table className="table compact" aria-label={label}>
          <thead>
            <tr>
              <th scope="col">{t('members.name')}</th>
              <th scope="col">{t('members.orgNumber')}</th>
              <th scope="col" className="num">
                {t('profile.memberships')}
              </th>
              <th scope="col">{t('members.county')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ id, name, record, county, number, clusters }) => (
              <tr key={id}>
                <td>
                  <button
                    type="button"
                    className="link"
                    onClick={() => actions.select({ kind: 'organisation', id })}
                  >
                    {name}
                  </button>
                  {record?.register ? (
                    <div className="member-more">
                      <details className="member-register" data-testid="member-register">
                        <summary>{t('register.facts')}</summary>
                        <RegisterFacts entry={record.register} />
                      </details>
                    </div>
                  ) : null}
                </td>
                <td className="num nowrap">{number}</td>
                <td className="num" data-testid="member-clusters">
                  {formatInteger(clusters)}
                </td>
                <td>{county}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 ? <p className="muted">{t('members.none')}</p> : null}
      </div>
    </div>
  );
}
