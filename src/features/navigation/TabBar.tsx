/**
 * The row of tabs (WAI-ARIA tabs pattern), made from the view registry: one tab stop for the whole
 * row, the arrow keys move between tabs and open them at once (every panel is already rendered, so
 * switching is instant), Home and End go to the first and last. A count beside a label says how
 * much waits there. With many views the row scrolls sideways and keeps the open tab in sight.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import { panelElementId, tabElementId } from '../shared/tab-ids';
import { tabForKey } from './tabs';
import type { ViewDescriptor } from '../shared/view-types';

export type TabView = Pick<ViewDescriptor, 'id' | 'labelKey'> & {
  readonly badge?: Pick<NonNullable<ViewDescriptor['badge']>, 'kind' | 'one' | 'other'>;
};

export function TabBar(props: {
  views: readonly TabView[];
  current: string;
  /** By view id; a missing or 0 count shows no badge. */
  counts: ReadonlyMap<string, number | null>;
  onSelect: (id: string) => void;
}) {
  const t = useT();
  const row = useRef<HTMLDivElement>(null);
  const ids = props.views.map((v) => v.id);
  const { current } = props;
  useEffect(() => {
    const tab = row.current?.querySelector<HTMLElement>('[aria-selected="true"]');
    tab?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [current]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = tabForKey(ids, props.current, event.key);
    if (next === null) return;
    event.preventDefault();
    props.onSelect(next);
    document.getElementById(tabElementId(next))?.focus();
  };
  return (
    <div
      ref={row}
      className="tab-list"
      role="tablist"
      aria-label={t('nav.label')}
      onKeyDown={onKeyDown}
    >
      {props.views.map(({ id, labelKey, badge }) => {
        const selected = id === props.current;
        const count = props.counts.get(id) ?? 0;
        const says = badge
          ? t(count === 1 ? badge.one : badge.other, { n: formatInteger(count) })
          : '';
        return (
          <button
            key={id}
            type="button"
            role="tab"
            id={tabElementId(id)}
            className="tab"
            aria-selected={selected}
            aria-controls={panelElementId(id)}
            tabIndex={selected ? 0 : -1}
            data-testid={`tab-${id}`}
            onClick={() => props.onSelect(id)}
          >
            {t(labelKey)}
            {badge && count > 0 ? (
              <>
                <span
                  className={`tab-badge ${badge.kind}`}
                  title={says}
                  aria-hidden="true"
                  data-testid={`tab-badge-${id}`}
                >
                  {formatInteger(count)}
                </span>
                <span className="visually-hidden">, {says}</span>
              </>
            ) : null}
          </button>
        );
      })}
    </div>
  );
}
