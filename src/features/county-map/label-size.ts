/**
 * The county names' size while the graph kit's font scale is set (the presentation): at least
 * BASE_LABEL_PX on screen, whatever size the maps are drawn at, as the graph canvases hold
 * theirs. The maps are SVG drawn to their column's width, so the size in frame units follows
 * that width. Without a font scale: undefined (NorwayMap's own size).
 */
import { useCallback, useState } from 'react';
import { ownLabelSize } from '../../ui/charts/NorwayMap';
import { pixelsPerUnit } from '../../ui/charts/map-viewport';
import type { MapFrame } from '../../ui/charts/norway-map-geometry';
import { BASE_LABEL_PX, useGraphFontScale } from '../../ui/graph/font-scale';

/** Half a pixel over the minimum, so rounding on screen never draws a name below it. */
const MIN_PX = BASE_LABEL_PX + 0.5;

interface Drawn {
  readonly width: number;
  readonly height: number;
}

/**
 * The label size (frame units) for a map drawn in a box of `drawn` pixels: the SVG scales the
 * frame to fit the box (a box held lower than the map, as the presentation does, draws it smaller).
 */
export function labelSizeFor(frame: MapFrame, drawn: Drawn): number {
  const own = ownLabelSize(frame);
  const scale = pixelsPerUnit(drawn, frame);
  return scale > 0 ? Math.max(own, MIN_PX / scale) : own;
}

type Sizes<K extends string> = { readonly [key in K]?: Drawn };

/**
 * [ref for the element holding the maps, the label size of each]; `frames` (a constant) by the
 * maps' data-testid. Sizes are undefined unless a font scale is set.
 */
export function useLabelSizes<K extends string>(
  frames: Readonly<Record<K, MapFrame>>,
): [(holder: HTMLElement | null) => (() => void) | undefined, { readonly [key in K]?: number }] {
  const scaled = useGraphFontScale() !== null;
  const [widths, setWidths] = useState<Sizes<K>>({});
  const ref = useCallback(
    (holder: HTMLElement | null) => {
      if (!holder) return undefined;
      const svgs = (Object.keys(frames) as K[]).map(
        (key) => [key, holder.querySelector(`svg[data-testid="${key}"]`)] as const,
      );
      const measure = () =>
        setWidths(
          Object.fromEntries(
            svgs.map(([k, svg]) => {
              const box = svg?.getBoundingClientRect();
              return [k, { width: box?.width ?? 0, height: box?.height ?? 0 }];
            }),
          ) as Sizes<K>,
        );
      const observer = new ResizeObserver(measure);
      svgs.forEach(([, svg]) => svg && observer.observe(svg));
      return () => observer.disconnect();
    },
    [frames],
  );
  if (!scaled) return [ref, {}];
  const sizes = Object.fromEntries(
    (Object.keys(frames) as K[]).map((k) => [
      k,
      labelSizeFor(frames[k], widths[k] ?? { width: 0, height: 0 }),
    ]),
  ) as { readonly [key in K]?: number };
  return [ref, sizes];
}
