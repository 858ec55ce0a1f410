/**
 * What the organisation metrics panels share: the model, the metric failures on the organisation
 * graph (reasons in words, by metric id), and the sort from the URL-backed store field.
 */
import { useMemo } from 'react';
import { renderMetricMessage } from '../../domain/metrics/words';
import { useAppState } from '../../state/store';
import { useLang } from '../../ui/i18n/I18nProvider';

/** Why each organisation metric that failed was not computed, in the UI language. */
export function useOrgMetricErrors(): ReadonlyMap<string, string> {
  const errors = useAppState((s) => s.data?.analysis.metricErrors);
  const language = useLang();
  return useMemo(
    () =>
      new Map(
        (errors ?? [])
          .filter((e) => e.graph === 'organisations')
          .map((e) => [e.metric, renderMetricMessage(e.reason, language)]),
      ),
    [errors, language],
  );
}
