/**
 * A searchable list of organisations: name, organisation number ("123 456 785") and county.
 * Search matches the name, other spellings seen, the number (with or without spaces) and county.
 * Under a name, when there is more to say: the rows it came from (to split out) and what
 * Enhetsregisteret says about it, each opening over the rows below. Three columns, so the list
 * fits the narrow details column beside the map.
 */
import { useMemo, useState } from 'react';
import { formatOrgNumber } from '../../domain/membership/org-number';
import type { Organisation } from '../../domain/membership/types';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { SearchInput } from '../../ui/SearchInput';
import { RegisterFacts } from '../register/RegisterFacts';
import { SplitOut } from '../review/SplitOut';
import { placeLabel } from './place-label';

export function MemberList({
  members,
  label,
}: {
  members: readonly Organisation[];
  label: string;
}) {
  const t = useT();
  const [query, setQuery] = useState('');
  const rows = useMemo(
    () =>
      members.map((org) => {
        const county = placeLabel(org.placement, t);
        const number = org.orgNumber ? formatOrgNumber(org.orgNumber) : '';
        const haystack = [org.name, ...org.aliases, org.orgNumber ?? '', county]
          .join('\n')
          .toLocaleLowerCase('nb');
        return { org, county, number, haystack };
      }),
    [members, t],
  );
  const needle = query.trim().toLocaleLowerCase('nb');
  const digits = needle.replace(/\s+/g, '');
  const shown =
    needle === ''
      ? rows
      : rows.filter(
          (r) =>
            r.haystack.includes(needle) || (/^\d+$/.test(digits) && r.haystack.includes(digits)),
        );

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
            {shown.map(({ org, county, number }) => (
              <tr key={org.id}>
                <td>
                  {org.name}
                  {org.sources.length > 1 || org.register ? (
                    <div className="member-more">
                      <SplitOut org={org} />
                      {org.register ? (
                        <details className="member-register" data-testid="member-register">
                          <summary>{t('register.facts')}</summary>
                          <RegisterFacts entry={org.register} />
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
