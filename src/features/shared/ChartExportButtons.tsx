/**
 * "Kart som SVG" / "Kart som PNG" for any chart or map: give it the drawing (an SVG element, or a
 * graph canvas's cytoscape instance), a title and the legend; it adds the source line (the files
 * or the synthetic example, the date, the example's note) and delivers the file. Any view's chart
 * gets image exports with one element:
 *   <ChartExportButtons target={() => ({ kind: 'svg', element: ref.current! })} title=… what=… />
 */
import { useState } from 'react';
import type { FrameText, LegendItem } from '../../domain/export/chart-frame';
import { type ChartTarget, chartPng, chartSvg, svgBlob } from '../export/chart-image';
import { deliver } from '../export/deliver';
import { useAppState } from '../../state/store';
import { count } from '../../ui/i18n/count';
import { useFormat, useT } from '../../ui/i18n/I18nProvider';

export interface ChartExportButtonsProps {
  /** The drawing at the moment of the click, or null when there is nothing to draw. */
  readonly target: () => ChartTarget | null;
  readonly title: string;
  readonly legend: readonly LegendItem[];
  /** The short name in the button ("Kart" -> "Kart som SVG"). */
  readonly what: string;
  /** The file name without extension. */
  readonly fileBase: string;
  /** Names the buttons for tests: data-export="<id>-svg" / "<id>-png". */
  readonly id: string;
}

/** The source line(s) under an exported chart, in the UI language. */
export function useSourceLines(): readonly string[] {
  const t = useT();
  const format = useFormat();
  const source = useAppState((s) => s.data?.source);
  const files = useAppState((s) => s.data?.files.length ?? 0);
  const date = format.date(new Date());
  return source === 'default'
    ? [t('export.sourceExample', { date }), t('defaultData.note')]
    : [t('export.sourceFiles', { files: count(t, 'files', files), date })];
}

export function ChartExportButtons(props: ChartExportButtonsProps) {
  const t = useT();
  const source = useSourceLines();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const words: FrameText = { title: props.title, legend: props.legend, source };

  const run = async (format: 'svg' | 'png') => {
    const target = props.target();
    if (!target) return;
    setBusy(true);
    setError(null);
    try {
      const blob =
        format === 'svg' ? svgBlob(chartSvg(target, words)) : await chartPng(target, words);
      deliver(blob, `${props.fileBase}.${format}`);
    } catch (cause) {
      setError(t('export.failed', { reason: cause instanceof Error ? cause.message : '' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="chart-exports">
      <button
        type="button"
        className="secondary small"
        data-export={`${props.id}-svg`}
        disabled={busy}
        onClick={() => void run('svg')}
      >
        {t('export.asSvg', { what: props.what })}
      </button>
      <button
        type="button"
        className="secondary small"
        data-export={`${props.id}-png`}
        disabled={busy}
        onClick={() => void run('png')}
      >
        {t('export.asPng', { what: props.what })}
      </button>
      {error ? (
        <span role="alert" className="error">
          {error}
        </span>
      ) : null}
    </span>
  );
}
