/**
 * A searchable list of organisations, by page id, in the model's name order: name, organisation
 * number ("123 456 785") and county. Names and numbers come from displayName / useOrgNumber, so
 * the anonymised mode shows neither. Search matches the name, other spellings seen (not when
 * anonymised), the number (with or without spaces) and the county. Under a name, when there is
 * more to say: the rows it came from (to split out) and what Enhetsregisteret says about it.
 * Three columns, so the list fits the narrow details column beside the map.
 */
import { useMemo, useState } from 'react';
import { formatOrgNumber } from '../../domain/membership/org-number';
import type { PageOrgId } from '../../domain/page/ids';
import { useDisplayName, useOrgNumber } from '../../state/display-name';
import { orgIndexOf } from '../../state/org-index';
import { useOrganisationListPolicy } from '../../state/organisation-list-policy';
import { useAppState } from '../../state/store';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { SearchInput } from '../../ui/SearchInput';
import { placeLabel } from '../shared/place-label';
import { RegisterFacts } from '../shared/RegisterFacts';
import { SplitOut } from '../shared/SplitOut';

export function MemberList({ members, label }: { members: readonly PageOrgId[]; label: string }) {
  const t = useT();
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
      return [{ id, name, record, county, number, haystack }];
    });
  }, [data, members, listed, anonymised, displayName, orgNumber, t]);
  const needle = query.trim().toLocaleLowerCase('nb');
  const digits = needle.replace(/\s+/g, '');
  const shown =
    needle === ''
      ? rows
      : rows.filter(
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
              <th scope="col">{t('members.county')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ id, name, record, county, number }) => (
              <tr key={id}>
                <td>
                  {name}
                  {record && (record.sources.length > 1 || record.register) ? (
                    <div className="member-more">
                      <SplitOut org={record} />
                      {record.register ? (
                        <details className="member-register" data-testid="member-register">
                          <summary>{t('register.facts')}</summary>
                          <RegisterFacts entry={record.register} />
                        </details>
                      ) : null}
                    </div>
                  ) : null}
                </td>
                <td className="num nowrap">{number}</td>
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
