/**
 * What Enhetsregisteret says about one organisation, as a short definition list: registered
 * name, organisation form, NACE code and text, employees, business address municipality. For
 * the organisation details wherever they are shown.
 */
import type { RegisterEntry } from '../../domain/membership/register';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { municipalityLabel } from './municipality-label';

export function RegisterFacts({ entry }: { entry: RegisterEntry }) {
  const t = useT();
  const facts: [string, string][] = [
    [t('register.col.registeredName'), entry.name],
    [t('register.col.orgForm'), [entry.orgForm, entry.orgFormText].filter(Boolean).join(' – ')],
    [t('register.col.nace'), [entry.naceCode, entry.naceText].filter(Boolean).join(' ')],
    [
      t('register.col.employees'),
      entry.employees === undefined ? '' : formatInteger(entry.employees),
    ],
    [t('register.col.municipality'), municipalityLabel(entry)],
  ];
  return (
    <dl className="register-facts" aria-label={t('register.facts')} data-testid="register-facts">
      {facts
        .filter(([, value]) => value !== '')
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
