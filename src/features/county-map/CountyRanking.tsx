/**
 * The selected unit's links, ranked by the measure (per member read from it), as buttons: one
 * selects the pair and shows what carries it. Its links within itself are named apart, as the
 * map does not draw them.
 */
import type { CountyLinkMatrix } from '../../domain/graph/county-links';
import type { CountyMeasure } from '../../domain/graph/county-measure';
import type { PageCountyId } from '../../domain/page/ids';
import { useDisplayName } from '../../state/display-name';
import { useLang, useT } from '../../ui/i18n/I18nProvider';
import { rankLinks } from './map-links';
import { measureWords } from './numbers';

export interface CountyRankingProps {
  readonly matrix: CountyLinkMatrix;
  readonly measure: CountyMeasure;
  readonly unit: number;
  readonly pairTo: number | null;
  readonly onPair: (from: string, to: string) => void;
}

export function CountyRanking({ matrix, measure, unit, pairTo, onPair }: CountyRankingProps) {
  const t = useT();
  const lang = useLang();
  const displayName = useDisplayName();
  const name = (i: number) => displayName('county', matrix.units[i]!.id as PageCountyId);
  const { ranked, within } = rankLinks(matrix, measure, unit);
  const fromId = matrix.units[unit]!.id;
  return (
    <section className="county-map-ranking" aria-labelledby="county-map-ranking-title">
      <h3 id="county-map-ranking-title">{t('countyMap.ranking.title', { name: name(unit) })}</h3>
      {ranked.length === 0 ? (
        <p>{t('countyMap.ranking.none', { name: name(unit) })}</p>
      ) : (
        <ol data-testid="county-ranking">
          {ranked.map((r) => (
            <li key={r.to}>
              <button
                type="button"
                className="county-map-rank"
                aria-pressed={pairTo === r.to}
                onClick={() => onPair(fromId, matrix.units[r.to]!.id)}
              >
                <span className="county-map-rank-name">{name(r.to)}</span>
                <span className="county-map-rank-value">
                  {measureWords(t, lang, measure, r.value)}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {within && (
        <p className="county-map-within">
          {t('countyMap.ranking.within', {
            name: name(unit),
            value: measureWords(t, lang, measure, within.value),
          })}
        </p>
      )}
    </section>
  );
}
