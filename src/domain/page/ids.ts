/**
 * The page's identities. Every view works on these opaque ids and asks `displayName(kind, id)`
 * for text, so a URL, a saved view or the selection never carries a name, an organisation number
 * or a file name, and an anonymised mode swaps one function. Organisation and cluster ids are
 * stable for a workspace (derived from the internal id with the workspace's own salt), so a link
 * to a selection still works after a reload or a rebuild, and reveals nothing without the data.
 */

/** An organisation on the page, e.g. "o3k9x2a1". */
export type PageOrgId = string & { readonly __brand: 'PageOrgId' };
/** A cluster on the page, e.g. "c7p0q4m2". */
export type PageClusterId = string & { readonly __brand: 'PageClusterId' };
/** A county or region of a county scheme: a public key such as "03" (Oslo, 2024) or "viken". */
export type PageCountyId = string & { readonly __brand: 'PageCountyId' };

export type EntityKind = 'organisation' | 'cluster' | 'county';

export type EntityId<K extends EntityKind> = K extends 'organisation'
  ? PageOrgId
  : K extends 'cluster'
    ? PageClusterId
    : PageCountyId;
