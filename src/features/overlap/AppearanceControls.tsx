/**
 * The map's layout (force, circle, rings by an attribute) and what colours and sizes its nodes:
 * selects built from the attribute list (member count and the registry's metrics). Numbers only
 * for size and rings; colour takes categories too.
 */
import { useId, useMemo } from 'react';
import { MAP_LAYOUTS, NONE, isMapLayout, settingsOf } from '../../state/map-settings';
import { actions, useAppState } from '../../state/store';
import { useLang, useT } from '../../ui/i18n/I18nProvider';
import { attributesFor } from '../shared/cluster-attributes';

export function AppearanceControls() {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const model = useAppState((s) => s.data?.model);
  const settings = useAppState((s) => settingsOf(s));
  const attributes = useMemo(() => (model ? attributesFor(model) : []), [model]);
  const numeric = attributes.filter((a) => a.kind === 'number');
  const pick = (list: typeof attributes, value: string, fallback: string) =>
    list.some((a) => a.id === value) ? value : fallback;
  return (
    <div className="map-appearance">
      <label htmlFor={`${id}-layout`}>{t('overlap.layout')}</label>
      <select
        id={`${id}-layout`}
        value={settings.layout}
        onChange={(e) => {
          if (isMapLayout(e.target.value)) actions.setMapSettings({ layout: e.target.value });
        }}
      >
        {MAP_LAYOUTS.map((l) => (
          <option key={l} value={l}>
            {t(`overlap.layout.${l}`)}
          </option>
        ))}
      </select>
      {settings.layout === 'concentric' ? (
        <>
          <label htmlFor={`${id}-rings`}>{t('overlap.ringsBy')}</label>
          <select
            id={`${id}-rings`}
            value={pick(numeric, settings.ringsBy, 'members')}
            onChange={(e) => actions.setMapSettings({ ringsBy: e.target.value })}
          >
            {numeric.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label(lang)}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <label htmlFor={`${id}-colour`}>{t('overlap.colourBy')}</label>
      <select
        id={`${id}-colour`}
        value={pick(attributes, settings.colourBy, NONE)}
        onChange={(e) => actions.setMapSettings({ colourBy: e.target.value })}
      >
        <option value={NONE}>{t('overlap.attr.none')}</option>
        {attributes.map((a) => (
          <option key={a.id} value={a.id}>
            {a.label(lang)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-size`}>{t('overlap.sizeBy')}</label>
      <select
        id={`${id}-size`}
        value={pick(numeric, settings.sizeBy, 'members')}
        onChange={(e) => actions.setMapSettings({ sizeBy: e.target.value })}
      >
        {numeric.map((a) => (
          <option key={a.id} value={a.id}>
            {a.label(lang)}
          </option>
        ))}
      </select>
    </div>
  );
}
