/**
 * The row of tabs (WAI-ARIA tabs pattern): one tab stop for the whole row, the arrow keys move
 * between tabs and open them at once (every panel is already rendered, so switching is instant),
 * Home and End go to the first and last. A count beside a label says how much waits there.
 */
import type { KeyboardEvent } from 'react';
import { formatInteger } from '../../ui/i18n/format';
import { useT } from '../../ui/i18n/I18nProvider';
import type { MessageKey } from '../../ui/i18n/nb';
import type { TabCounts } from './tab-counts';
import { panelElementId, TAB_IDS, tabElementId, tabForKey, type TabId } from './tabs';

interface Badge {
  /** Rejections are problems with the user's files; the other counts are work to do. */
  readonly kind: 'problem' | 'todo';
  readonly one: MessageKey;
  readonly other: MessageKey;
}

/** The tabs that carry a count (the map has none). */
const BADGES: Readonly<Partial<Record<TabId, Badge>>> = {
  import: { kind: 'problem', one: 'nav.badge.import.one', other: 'nav.badge.import.other' },
  duplikater: {
    kind: 'todo',
    one: 'nav.badge.duplikater.one',
    other: 'nav.badge.duplikater.other',
  },
  plassering: {
    kind: 'todo',
    one: 'nav.badge.plassering.one',
    other: 'nav.badge.plassering.other',
  },
};

export function TabBar(props: {
  current: TabId;
  counts: TabCounts;
  onSelect: (id: TabId) => void;
}) {
  const t = useT();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = tabForKey(props.current, event.key);
    if (next === null) return;
    event.preventDefault();
    props.onSelect(next);
    document.getElementById(tabElementId(next))?.focus();
  };
  return (
    <div className="tab-list" role="tablist" aria-label={t('nav.label')} onKeyDown={onKeyDown}>
      {TAB_IDS.map((id) => {
        const selected = id === props.current;
        const badge = BADGES[id];
        const count = props.counts[id] ?? 0;
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
            {t(`nav.tab.${id}`)}
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
