/** The organisations placed by hand in this workspace, each with the button that removes it. */
import { useT } from '../../ui/i18n/I18nProvider';
import { placeLabel } from '../shared/place-label';
import type { ManualRow } from './unplaced';

export function ManualPlacements(props: {
  rows: readonly ManualRow[];
  busy: boolean;
  onRemove: (id: string) => void;
}) {
  const t = useT();
  if (props.rows.length === 0) return <p className="muted">{t('places.manual.none')}</p>;
  return (
    <ul className="manual-placements" data-testid="manual-placements">
      {props.rows.map((row) => {
        const name = row.org?.name ?? row.id;
        return (
          <li key={row.id}>
            <span>{t('places.manual.in', { name, place: placeLabel(row.placement, t) })}</span>
            <button
              type="button"
              className="button subtle"
              disabled={props.busy}
              aria-label={t('places.manual.removeLabel', { name })}
              onClick={() => props.onRemove(row.id)}
            >
              {t('places.manual.remove')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
