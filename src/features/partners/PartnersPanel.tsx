/**
 * The partner finder: pick a cluster (here, or select a cluster or an organisation in any view:
 * the shared selection is what it answers for) and a mode, and read the ranked candidates with
 * score, shared members and lift, who can introduce you (names via displayName) and the reasons
 * as sentences. For an organisation: the clusters it could join, with reasons. Computed in the
 * worker (worker/partners.ts); the mode is in the URL (store field partnerMode).
 */
import { useId, useMemo } from 'react';
import type { PageClusterId } from '../../domain/page/ids';
import type { PartnerMode } from '../../domain/partners/cluster-partners';
import { useDisplayName } from '../../state/display-name';
import { actions, useAppState } from '../../state/store';
import { useLang, useT } from '../../ui/i18n/I18nProvider';
import { Panel } from '../../ui/Panel';
import { ClusterName } from '../shared/ClusterName';
import { ExportButton } from '../shared/ExportButton';
import { formatMetric, formatNumber } from '../shared/metric-format';
import { partnerRows, partnerTarget } from './partner-rows';
import { requestFor, usePartners } from './use-partners';
import './partners.css';

/** Introducers named in a row before "and N more". */
const NAMED = 5;
const MODES: readonly PartnerMode[] = ['similar', 'complementary'];

export function PartnersPanel() {
  const t = useT();
  const language = useLang();
  const model = useAppState((s) => s.data?.model);
  const focus = useAppState((s) => s.selection.focus);
  const selectedClusters = useAppState((s) => s.selection.clusters);
  const mode = useAppState((s) => s.partnerMode);
  const displayName = useDisplayName();
  const selectId = useId();
  const modeName = useId();

  const target = useMemo(
    () => partnerTarget(focus as { kind: string; id?: string } | null, selectedClusters),
    [focus, selectedClusters],
  );
  const request = useMemo(() => requestFor(target, mode), [target, mode]);
  const state = usePartners(request);
  const clusters = useMemo(
    () =>
      model
        ? [...model.clusters.keys()]
            .map((id) => ({ id, name: displayName('cluster', id) }))
            .sort((a, b) => a.name.localeCompare(b.name, 'nb'))
        : [],
    [model, displayName],
  );
  const rows = useMemo(
    () =>
      state.status === 'ready'
        ? partnerRows(
            state.candidates,
            {
              cluster: (id) => displayName('cluster', id),
              organisation: (id) => displayName('organisation', id),
            },
            language,
          )
        : [],
    [state, displayName, language],
  );
  if (!model) return null;

  const forOrg = target?.kind === 'organisation';
  const targetName = target
    ? forOrg
      ? displayName('organisation', target.id as never)
      : displayName('cluster', target.id as PageClusterId)
    : '';

  return (
    <Panel
      title={t('partners.title')}
      className="partners-panel"
      actions={
        <div className="partners-exports">
          <ExportButton id="partners-csv" />
          <ExportButton id="partners-xlsx" />
        </div>
      }
    >
      <div className="partners-controls">
        <label htmlFor={selectId}>{t('partners.pickCluster')}</label>
        <select
          id={selectId}
          value={target?.kind === 'cluster' ? target.id : ''}
          onChange={(e) => {
            const id = e.target.value as PageClusterId;
            if (id) actions.select({ kind: 'cluster', id });
          }}
        >
          <option value="">{t('partners.pickPrompt')}</option>
          {clusters.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <fieldset className="partners-mode">
          <legend>{t('partners.mode')}</legend>
          {MODES.map((m) => (
            <label key={m}>
              <input
                type="radio"
                name={modeName}
                value={m}
                checked={mode === m}
                onChange={() => actions.setPartnerMode(m)}
              />{' '}
              {t(`partners.mode.${m}`)}
            </label>
          ))}
        </fieldset>
      </div>

      {!target ? <p className="muted">{t('partners.hint')}</p> : null}
      {target ? (
        <h3 className="partners-heading" data-testid="partners-heading">
          {forOrg
            ? t('partners.forOrganisation', { name: targetName })
            : t('partners.forCluster', { name: targetName })}
        </h3>
      ) : null}
      {state.status === 'computing' ? (
        <p className="muted" role="status">
          {t('partners.computing')}
        </p>
      ) : null}
      {state.status === 'no-build' ? <p className="muted">{t('partners.noBuild')}</p> : null}
      {state.status === 'failed' ? (
        <p className="error">{t('partners.failed', { reason: state.message })}</p>
      ) : null}
      {state.status === 'ready' && rows.length === 0 ? (
        <p className="muted">{t('partners.none')}</p>
      ) : null}
      {rows.length > 0 ? (
        <ol className="partners" data-testid="partners" aria-label={targetName}>
          {rows.map((r) => (
            <li key={r.cluster} className="partner" data-testid="partner">
              <div className="partner-head">
                <span className="partner-rank">{formatNumber(r.rank, language)}.</span>{' '}
                <button
                  type="button"
                  className="link partner-name"
                  onClick={() => actions.select({ kind: 'cluster', id: r.cluster })}
                >
                  <ClusterName name={r.name} />
                </button>
              </div>
              <dl className="partner-figures">
                <div>
                  <dt>{t('partners.score')}</dt>
                  <dd data-testid="partner-score">{formatMetric(r.score, language)}</dd>
                </div>
                {forOrg ? (
                  <div>
                    <dt>{t('partners.overlap')}</dt>
                    <dd data-testid="partner-overlap">{formatNumber(r.overlap, language)}</dd>
                  </div>
                ) : (
                  <>
                    <div>
                      <dt>{t('partners.shared')}</dt>
                      <dd data-testid="partner-shared">{formatNumber(r.shared, language)}</dd>
                    </div>
                    <div>
                      <dt>{t('partners.lift')}</dt>
                      <dd data-testid="partner-lift">{formatMetric(r.lift, language, 2)}</dd>
                    </div>
                  </>
                )}
              </dl>
              <ul className="partner-reasons" data-testid="partner-reasons">
                {r.reasons.map((reason, i) => (
                  <li key={i}>{reason}</li>
                ))}
              </ul>
              {r.introducers.length > 0 ? (
                <p className="partner-introducers">
                  <span className="partner-label">
                    {forOrg ? t('partners.coMembers') : t('partners.introducers')}:
                  </span>{' '}
                  {r.introducers.slice(0, NAMED).map((id, i) => (
                    <span key={id}>
                      {i > 0 ? ', ' : ''}
                      <button
                        type="button"
                        className="link"
                        onClick={() => actions.select({ kind: 'organisation', id })}
                      >
                        {r.introducerNames[i]}
                      </button>
                    </span>
                  ))}
                  {r.introducers.length > NAMED
                    ? ` ${t('partners.more', { n: formatNumber(r.introducers.length - NAMED, language) })}`
                    : null}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </Panel>
  );
}
