/**
 * The map's legend, drawn for whatever is chosen: node size (two circles, smallest and largest
 * value), node colour (the viridis ramp with its ends, or a swatch per category), and what the
 * line width shows. SVG with text through React, never HTML built from strings.
 */
import { useId } from 'react';
import type { OverlapMeasureId } from '../../domain/graph/overlap-measures';
import { OVERLAP_MEASURE_BY_ID } from '../../domain/graph/overlap-measures';
import { useLang, useT } from '../../ui/i18n/I18nProvider';
import { useNumberFormats } from '../../ui/i18n/use-format';
import { MISSING_COLOUR, VIRIDIS_STOPS } from '../shared/palette';
import type { Appearance } from './appearance';

const MAX_CATEGORIES = 12;

export function Legend({ look, measure }: { look: Appearance; measure: OverlapMeasureId }) {
  const t = useT();
  const lang = useLang();
  const f = useNumberFormats();
  const gradient = useId();
  const number = (v: number) =>
    Number.isInteger(v) ? f.integer(v) : f.decimal(v, Math.abs(v) < 10 ? 3 : 1);
  const { colour, size } = look;
  const missing = t('overlap.legend.missing');
  return (
    <div
      className="map-legend"
      role="group"
      aria-label={t('overlap.legend')}
      data-testid="map-legend"
    >
      <svg
        width="220"
        height="44"
        role="img"
        aria-label={t('overlap.legend.size', { what: size.attribute.label(lang) })}
      >
        <text x="0" y="12" className="map-legend-title">
          {t('overlap.legend.size', { what: size.attribute.label(lang) })}
        </text>
        <circle cx="10" cy="30" r="4" className="map-legend-circle" />
        <text x="20" y="34">
          {number(size.min)}
        </text>
        <circle cx="100" cy="28" r="12" className="map-legend-circle" />
        <text x="118" y="34">
          {number(size.max)}
        </text>
      </svg>
      {colour.kind === 'number' ? (
        <svg
          width="220"
          height="44"
          role="img"
          aria-label={t('overlap.legend.colour', { what: colour.attribute.label(lang) })}
        >
          <defs>
            <linearGradient id={gradient}>
              {VIRIDIS_STOPS.map((c, i) => (
                <stop key={c} offset={`${(100 * i) / (VIRIDIS_STOPS.length - 1)}%`} stopColor={c} />
              ))}
            </linearGradient>
          </defs>
          <text x="0" y="12" className="map-legend-title">
            {t('overlap.legend.colour', { what: colour.attribute.label(lang) })}
          </text>
          <rect x="0" y="18" width="150" height="10" fill={`url(#${gradient})`} />
          <text x="0" y="42">
            {number(colour.min)}
          </text>
          <text x="150" y="42" textAnchor="end">
            {number(colour.max)}
          </text>
          {colour.missing ? (
            <>
              <rect x="160" y="18" width="10" height="10" fill={MISSING_COLOUR} />
              <text x="174" y="27">
                {missing}
              </text>
            </>
          ) : null}
        </svg>
      ) : null}
      {colour.kind === 'category' ? (
        <svg
          width="220"
          height={20 + 16 * (Math.min(MAX_CATEGORIES, colour.categories.length) + 1)}
          role="img"
          aria-label={t('overlap.legend.colour', { what: colour.attribute.label(lang) })}
        >
          <text x="0" y="12" className="map-legend-title">
            {t('overlap.legend.colour', { what: colour.attribute.label(lang) })}
          </text>
          {colour.categories.slice(0, MAX_CATEGORIES).map((c, i) => (
            <g key={c.value} transform={`translate(0 ${20 + 16 * i})`}>
              <rect width="10" height="10" fill={c.colour} />
              <text x="16" y="9">{`${colour.attribute.label(lang)} ${number(c.value)}`}</text>
            </g>
          ))}
          {colour.categories.length > MAX_CATEGORIES ? (
            <text x="0" y={20 + 16 * MAX_CATEGORIES + 9}>
              {t('overlap.legend.more', {
                n: f.integer(colour.categories.length - MAX_CATEGORIES),
              })}
            </text>
          ) : null}
        </svg>
      ) : null}
      <p className="legend">
        {t('overlap.legend.edges', { measure: OVERLAP_MEASURE_BY_ID.get(measure)!.label[lang] })}
      </p>
    </div>
  );
}
