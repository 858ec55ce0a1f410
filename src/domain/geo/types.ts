/**
 * Places: 2024 county numbers and where an organisation was placed, and from what.
 */
import type { Message } from '../messages/types';

/** The 15 counties from 1 January 2024, by number. */
export type CountyNumber =
  | '03'
  | '11'
  | '15'
  | '18'
  | '31'
  | '32'
  | '33'
  | '34'
  | '39'
  | '40'
  | '42'
  | '46'
  | '50'
  | '55'
  | '56';

export type PlacementSource =
  | 'municipality-number'
  | 'municipality-name'
  | 'county'
  | 'country'
  | 'postal-code'
  | 'manual'
  | 'register';

export type Placement =
  | {
      readonly kind: 'county';
      readonly county: CountyNumber;
      /** 2024 municipality number, when known. */
      readonly municipality?: string;
      readonly via: PlacementSource;
    }
  | { readonly kind: 'abroad'; readonly via: PlacementSource }
  /** E.g. the 2020-23 county "Viken" without a municipality: one of three 2024 counties. */
  | {
      readonly kind: 'ambiguous';
      readonly candidates: readonly CountyNumber[];
      readonly reason: Message;
    }
  | { readonly kind: 'unknown'; readonly reason: Message };

/** What a row says about where an organisation is; any may be missing. */
export interface PlaceHints {
  readonly municipalityNumber?: string;
  readonly municipalityName?: string;
  readonly postalCode?: string;
  readonly postalPlace?: string;
  readonly county?: string;
  /** Country, when the list has one; anything but Norway places the member abroad. */
  readonly country?: string;
}
