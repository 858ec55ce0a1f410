/**
 * From the chosen colour and size attributes to each cluster's colour and size, and the legend
 * that explains them: a sequential viridis scale over [min, max] for numbers, one palette colour
 * per distinct value for categories, grey for not computed. Pure.
 */
import type { PageClusterId } from '../../domain/page/ids';
import type { PageModel } from '../../domain/page/model';
import { NODE } from '../../ui/graph/base-stylesheet';
import {
  attributeById,
  MEMBERS_ATTRIBUTE,
  type ClusterAttribute,
} from '../shared/cluster-attributes';
import { categoryColour, MISSING_COLOUR, viridis } from '../shared/palette';

export const INFERRED_COLOUR = '#8fb3cf';

export type ColourLegend =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'number';
      readonly attribute: ClusterAttribute;
      readonly min: number;
      readonly max: number;
      readonly missing: boolean;
    }
  | {
      readonly kind: 'category';
      readonly attribute: ClusterAttribute;
      readonly categories: readonly { readonly value: number; readonly colour: string }[];
      readonly missing: boolean;
    };

export interface Appearance {
  readonly colourOf: (cluster: PageClusterId, inferred: boolean) => string;
  readonly sizeOf: (cluster: PageClusterId) => number;
  readonly colour: ColourLegend;
  readonly size: {
    readonly attribute: ClusterAttribute;
    readonly min: number;
    readonly max: number;
  };
}

function extent(values: readonly (number | null)[]): {
  min: number;
  max: number;
  missing: boolean;
} {
  let min = Infinity;
  let max = -Infinity;
  let missing = false;
  for (const v of values) {
    if (v === null) missing = true;
    else {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return Number.isFinite(min) ? { min, max, missing } : { min: 0, max: 0, missing };
}

export function appearance(model: PageModel, colourBy: string, sizeBy: string): Appearance {
  const ids = [...model.clusters.keys()];
  const sizeAttr = attributeById(sizeBy);
  const sizeAttribute = sizeAttr && sizeAttr.kind === 'number' ? sizeAttr : MEMBERS_ATTRIBUTE;
  const sizes = new Map(ids.map((id) => [id, sizeAttribute.value(model, id)]));
  const sizeExtent = extent([...sizes.values()]);
  // For a metric, a node never vanishes: the smallest value still draws at a tenth of the largest.
  const sizeOf = (id: PageClusterId) => {
    const v = sizes.get(id) ?? null;
    // Members as they are: area proportional to members, the map's long-standing picture.
    if (sizeAttribute === MEMBERS_ATTRIBUTE) return v ?? 0;
    const span = sizeExtent.max - sizeExtent.min;
    const t = v === null ? 0 : span > 0 ? (v - sizeExtent.min) / span : 1;
    return 0.1 + 0.9 * t;
  };
  const size = { attribute: sizeAttribute, min: sizeExtent.min, max: sizeExtent.max };

  const colourAttr = attributeById(colourBy);
  if (!colourAttr) {
    return {
      colourOf: (_, inferred) => (inferred ? INFERRED_COLOUR : NODE),
      sizeOf,
      size,
      colour: { kind: 'none' },
    };
  }
  const values = new Map(ids.map((id) => [id, colourAttr.value(model, id)]));
  const e = extent([...values.values()]);
  if (colourAttr.kind === 'category') {
    const distinct = [...new Set([...values.values()].filter((v): v is number => v !== null))].sort(
      (a, b) => a - b,
    );
    const colours = new Map(distinct.map((v, k) => [v, categoryColour(k)]));
    return {
      colourOf: (id) => {
        const v = values.get(id) ?? null;
        return v === null ? MISSING_COLOUR : colours.get(v)!;
      },
      sizeOf,
      size,
      colour: {
        kind: 'category',
        attribute: colourAttr,
        categories: distinct.map((value) => ({ value, colour: colours.get(value)! })),
        missing: e.missing,
      },
    };
  }
  const span = e.max - e.min;
  return {
    colourOf: (id) => {
      const v = values.get(id) ?? null;
      return v === null ? MISSING_COLOUR : viridis(span > 0 ? (v - e.min) / span : 0.5);
    },
    sizeOf,
    size,
    colour: { kind: 'number', attribute: colourAttr, min: e.min, max: e.max, missing: e.missing },
  };
}
