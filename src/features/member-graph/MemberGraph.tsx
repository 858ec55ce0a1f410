/**
 * The member graph panel: organisations and the clusters they belong to on the graph kit's
 * canvas, the bridges by default, every organisation behind a toggle (kept in the URL). The
 * shared selection in and out: a click selects the organisation or cluster everywhere, and what
 * another view selected is lit here.
 */
import { useCallback, useId, useMemo } from 'react';
import type { SelectionItem } from '../../domain/page/selection-types';
import { useDisplayName } from '../../state/display-name';
import { settingsOf } from '../../state/map-settings';
import { actions, useAppState } from '../../state/store';
import type { RelativeViewport } from '../../domain/graph/viewport';
import { GraphCanvas } from '../../ui/graph/GraphCanvas';
import { useT } from '../../ui/i18n/I18nProvider';
import { useNumberFormats } from '../../ui/i18n/use-format';
import { Panel } from '../../ui/Panel';
import { memberGraphView, shownOrganisations } from './member-graph-view';
import './member-graph.css';

export function MemberGraph() {
  const t = useT();
  const f = useNumberFormats();
  const id = useId();
  const model = useAppState((s) => s.data?.model);
  const all = useAppState((s) => settingsOf(s).allOrgs);
  const selection = useAppState((s) => s.selection);
  const hovered = useAppState((s) => s.hover);
  const displayName = useDisplayName();
  const view = useMemo(
    () =>
      model
        ? memberGraphView(model, {
            nameOf: (kind, key) =>
              kind === 'cluster'
                ? displayName('cluster', key as never)
                : displayName('organisation', key as never),
            all,
            memberTip: (name, n) => t('memberGraph.member', { name, n: f.integer(n) }),
            formatCount: f.integer,
          })
        : null,
    [model, all, displayName, t, f],
  );
  const orgCount = useMemo(() => (model ? shownOrganisations(model, all).length : 0), [model, all]);
  const onSelect = useCallback((item: SelectionItem | null) => {
    if (item === null) actions.clearSelection();
    else actions.select(item);
  }, []);
  // The zoom and pan are a view filter: in the URL and in a saved view.
  const viewport = useAppState((s) => s.viewFilters.memberViewport);
  const onViewportChange = useCallback(
    (memberViewport: RelativeViewport | undefined) => actions.setViewFilters({ memberViewport }),
    [],
  );
  if (!view || !model) return null;
  const toggle = (
    <div className="member-graph-toggle">
      <input
        id={id}
        type="checkbox"
        checked={all}
        onChange={(e) => actions.setMapSettings({ allOrgs: e.target.checked })}
      />
      <label htmlFor={id}>{t('memberGraph.all')}</label>
    </div>
  );
  return (
    <Panel title={t('memberGraph.title')} className="member-graph-panel" actions={toggle}>
      <p className="muted" data-testid="member-graph-count" aria-live="polite">
        {t('memberGraph.shown', {
          orgs: f.integer(orgCount),
          clusters: f.integer(model.clusters.size),
        })}
      </p>
      <GraphCanvas
        view={view}
        selected={selection}
        onSelect={onSelect}
        hovered={hovered}
        onHover={actions.setHover}
        ariaLabel={t('memberGraph.aria')}
        name="members"
        testId="member-graph"
        viewport={viewport}
        onViewportChange={onViewportChange}
      />
      <p className="legend">{t('memberGraph.legend')}</p>
    </Panel>
  );
}
