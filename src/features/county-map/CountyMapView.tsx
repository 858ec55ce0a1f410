/**
 * The county map view ("Fylkeskart"): the map of the scheme's units coloured by members, links
 * between them by the measure (above the threshold), an inset of the crowded Oslo area, the
 * selected county's ranked links, the selected pair's clusters and organisations, and the links
 * as a table. Reads the store; draws through the pure NorwayMap. Follows the shared selection:
 * selected clusters filter the links, a county or county pair selected elsewhere opens here.
 */
import { useCountyView } from '../../state/county-view';
import { countyScheme } from '../../domain/geo/schemes';
import type { RelativeViewport } from '../../domain/graph/viewport';
import type { PageCountyId } from '../../domain/page/ids';
import { useDisplayName } from '../../state/display-name';
import { actions, useAppState } from '../../state/store';
import { memberColour, memberShare, textColourOn } from '../../ui/charts/norway-map-colours';
import { INSET_COUNTIES, type MapFrame } from '../../ui/charts/norway-map-geometry';
import { NorwayMap, type NorwayMapLink, type NorwayMapUnit } from '../../ui/charts/NorwayMap';
import { ZoomableNorwayMap } from '../../ui/charts/ZoomableNorwayMap';
import { NorwayMapLegend } from '../../ui/charts/NorwayMapLegend';
import { useLang, useT } from '../../ui/i18n/I18nProvider';
import { CountyLinkTable } from './CountyLinkTable';
import { CountyMapControls } from './CountyMapControls';
import { CountyPairDetails } from './CountyPairDetails';
import { CountyRanking } from './CountyRanking';
import { linkKey, linkWidth, mapLinks, maxLinkValue, shownLinks } from './map-links';
import { leavePair, mapFocus, selectPair, selectUnit } from './map-selection';
import { useLabelSizes } from './label-size';
import { formatNumber, measureWords } from './numbers';
import { useCountyLinks } from './use-county-links';
import './county-map.css';

const MAIN: MapFrame = { width: 400, height: 560, padding: 10 };
const INSET: MapFrame = { width: 300, height: 260, padding: 8, focus: INSET_COUNTIES };
/** The maps by their test ids, for their label sizes in the presentation (label-size.ts). */
const FRAMES = { 'county-map': MAIN, 'county-map-inset': INSET } as const;

export function CountyMapView() {
  const data = useAppState((s) => s.data)!;
  const selection = useAppState((s) => s.selection);
  const measure = useCountyView((s) => s.measure);
  const scheme = useCountyView((s) => s.scheme);
  const min = useCountyView((s) => s.countyMapMin);
  const t = useT();
  const lang = useLang();
  const displayName = useDisplayName();
  const [mapsRef, labelSizes] = useLabelSizes(FRAMES);
  const viewport = useAppState((s) => s.viewFilters.countyViewport);
  const { model, dataset } = data;
  const links = useCountyLinks(dataset, model, scheme, selection.clusters);
  const { matrix } = links;
  const units = countyScheme(scheme).units;
  const focus = mapFocus(selection, units);
  const all = mapLinks(matrix, measure, focus.unit);
  const { shown, hidden } = shownLinks(all, min);
  const max = maxLinkValue(all);
  const maxMembers = Math.max(0, ...matrix.members);
  const name = (i: number) => displayName('county', units[i]!.id as PageCountyId);
  const inInset = (i: number) => units[i]!.counties.every((c) => INSET_COUNTIES.includes(c));

  const mapUnits = (inset: boolean): NorwayMapUnit[] =>
    units.map((unit, i) => {
      const members = matrix.members[i]!;
      const share = memberShare(members, maxMembers);
      const labelled = inset ? inInset(i) : !inInset(i);
      return {
        id: unit.id,
        fill: memberColour(members, maxMembers),
        label: t(members === 1 ? 'countyMap.unitLabel.one' : 'countyMap.unitLabel.other', {
          name: name(i),
          n: formatNumber(lang, members),
        }),
        ...(labelled ? { text: name(i), textColour: textColourOn(share) } : {}),
        selected: focus.unit === i,
      };
    });
  const pairKey = focus.pair ? linkKey(matrix, focus.pair[0], focus.pair[1]) : null;
  const mapLinksDrawn: NorwayMapLink[] = shown.map((link) => {
    const key = linkKey(matrix, link.a, link.b);
    const touches = focus.unit === link.a || focus.unit === link.b;
    const [first, second] = focus.unit === link.b ? [link.b, link.a] : [link.from, link.to];
    return {
      key,
      a: units[link.a]!.id,
      b: units[link.b]!.id,
      width: linkWidth(link.value, max),
      label: t(measure === 'perMember' ? 'countyMap.linkLabelDirected' : 'countyMap.linkLabel', {
        a: name(first),
        b: name(second),
        value: measureWords(t, lang, measure, link.value),
      }),
      selected: key === pairKey,
      faint: focus.unit >= 0 && !touches,
    };
  });
  const onUnit = (id: string) => actions.setSelection(selectUnit(selection, units, id));
  const onLink = (key: string) => {
    const link = all.find((l) => linkKey(matrix, l.a, l.b) === key);
    if (!link) return;
    const from = focus.unit === link.b ? link.b : focus.unit === link.a ? link.a : link.from;
    const to = from === link.a ? link.b : link.a;
    actions.setSelection(selectPair(selection, units[from]!.id, units[to]!.id));
  };
  const onPair = (from: string, to: string) =>
    actions.setSelection(selectPair(selection, from, to));
  const onViewportChange = (countyViewport: RelativeViewport | undefined) =>
    actions.setViewFilters({ countyViewport });
  const clusterNames = selection.clusters.map((c) => displayName('cluster', c));

  return (
    <section className="county-map panel" aria-labelledby="county-map-title">
      <h2 id="county-map-title">{t('countyMap.title')}</h2>
      <p className="muted">{t('countyMap.intro')}</p>
      <CountyMapControls measure={measure} scheme={scheme} min={min} max={max} />
      {clusterNames.length > 0 && (
        <p className="county-map-filter" data-testid="county-map-filter">
          {t(
            clusterNames.length === 1
              ? 'countyMap.throughClusters.one'
              : 'countyMap.throughClusters.other',
            { n: formatNumber(lang, clusterNames.length), names: clusterNames.join(', ') },
          )}
        </p>
      )}
      <div className="county-map-body">
        <div className="county-map-maps" ref={mapsRef}>
          <ZoomableNorwayMap
            className="county-map-main"
            viewport={viewport}
            onViewportChange={onViewportChange}
            scheme={scheme}
            frame={MAIN}
            units={mapUnits(false)}
            links={mapLinksDrawn}
            title={t('countyMap.mapLabel')}
            attribution={t('countyMap.attribution')}
            labelSize={labelSizes['county-map']}
            onUnit={onUnit}
            onLink={onLink}
            testId="county-map"
          />
          <figure className="county-map-inset">
            <NorwayMap
              scheme={scheme}
              frame={INSET}
              units={mapUnits(true)}
              links={mapLinksDrawn}
              title={t('countyMap.insetLabel')}
              focusable={false}
              labelSize={labelSizes['county-map-inset']}
              onUnit={onUnit}
              onLink={onLink}
              testId="county-map-inset"
            />
            <figcaption>{t('countyMap.insetTitle')}</figcaption>
          </figure>
          <NorwayMapLegend
            title={t('countyMap.legend')}
            max={maxMembers}
            format={(v) => formatNumber(lang, v)}
            noneLabel={t('countyMap.legendNone')}
          />
          <ul className="county-map-notes">
            <li>{t('countyMap.selfNote')}</li>
            {hidden > 0 && (
              <li data-testid="county-map-hidden">
                {t(hidden === 1 ? 'countyMap.hidden.one' : 'countyMap.hidden.other', {
                  n: formatNumber(lang, hidden),
                })}
              </li>
            )}
            {matrix.unplaced.total > 0 && (
              <li>
                {t(
                  matrix.unplaced.total === 1
                    ? 'countyMap.unplaced.one'
                    : 'countyMap.unplaced.other',
                  { n: formatNumber(lang, matrix.unplaced.total) },
                )}
              </li>
            )}
          </ul>
        </div>
        <div className="county-map-side">
          {focus.unit >= 0 ? (
            <CountyRanking
              matrix={matrix}
              measure={measure}
              unit={focus.unit}
              pairTo={focus.pair ? focus.pair[1] : null}
              onPair={onPair}
            />
          ) : (
            <p className="muted">{t('countyMap.ranking.hint')}</p>
          )}
          {focus.pair && (
            <CountyPairDetails
              model={model}
              index={links.index}
              matrix={matrix}
              scheme={scheme}
              clusters={links.clusters}
              pair={focus.pair}
              onBack={() => actions.setSelection(leavePair(selection, units[focus.pair![0]]!.id))}
            />
          )}
        </div>
      </div>
      <CountyLinkTable
        matrix={matrix}
        measure={measure}
        links={shown}
        focus={focus}
        onUnit={onUnit}
        onPair={onPair}
      />
    </section>
  );
}
