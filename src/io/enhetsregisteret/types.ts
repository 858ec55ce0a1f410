/**
 * Enhetsregisteret (Brønnøysundregistrene's open register of Norwegian entities), as far as
 * klyngekart reads it: the JSON the API answers with (only the fields we use, all optional
 * because the register leaves many out), and what a lookup of organisation numbers returns.
 *
 * API: https://data.brreg.no/enhetsregisteret/api (documentation at .../api/dokumentasjon).
 * GET /enheter/{nr} and /underenheter/{nr} answer 200 with one unit, 404 when the number is
 * unknown, 410 when the unit was removed; GET /enheter?organisasjonsnummer=a,b,c answers a HAL
 * page {_embedded: {enheter: [...]}, page: {...}} (no `_embedded` when nothing matched).
 */
import type { RegisterEntry } from '../../domain/membership/register';

export const DEFAULT_BASE_URL = 'https://data.brreg.no/enhetsregisteret/api';

export interface ApiCode {
  readonly kode?: string;
  readonly beskrivelse?: string;
}

export interface ApiAddress {
  readonly land?: string;
  readonly landkode?: string;
  readonly postnummer?: string;
  readonly poststed?: string;
  readonly adresse?: readonly string[];
  readonly kommune?: string;
  readonly kommunenummer?: string;
}

/** A main unit (enhet) or a sub-unit (underenhet, whose address is beliggenhetsadresse). */
export interface ApiUnit {
  readonly organisasjonsnummer?: string;
  readonly navn?: string;
  readonly organisasjonsform?: ApiCode;
  readonly naeringskode1?: ApiCode;
  readonly antallAnsatte?: number;
  readonly harRegistrertAntallAnsatte?: boolean;
  readonly forretningsadresse?: ApiAddress;
  readonly beliggenhetsadresse?: ApiAddress;
  readonly postadresse?: ApiAddress;
  /** Set on units removed from the register (some answers still carry their last data). */
  readonly slettedato?: string;
}

export interface ApiSearchPage {
  readonly _embedded?: {
    readonly enheter?: readonly ApiUnit[];
    readonly underenheter?: readonly ApiUnit[];
  };
  readonly page?: {
    readonly size?: number;
    readonly totalElements?: number;
    readonly totalPages?: number;
    readonly number?: number;
  };
}

export type UnitKind = 'enhet' | 'underenhet';

/** What the register said about one number. Every kind is an answer, and is cached. */
export type LookupOutcome =
  | {
      readonly kind: 'found';
      readonly entry: RegisterEntry;
      readonly unit: UnitKind;
      /** When the register marks the unit as removed but still returns its data. */
      readonly deletedOn?: string;
    }
  /** 410 Gone: the unit was removed from the register; no data. */
  | { readonly kind: 'gone'; readonly orgNumber: string; readonly unit: UnitKind }
  /** 404 from both /enheter and /underenheter. */
  | { readonly kind: 'not-found'; readonly orgNumber: string };

/** Why some numbers got no answer. Never cached: the next lookup asks again. */
export type FailureReason =
  | { readonly kind: 'http'; readonly status: number }
  | { readonly kind: 'network'; readonly message: string }
  | { readonly kind: 'timeout'; readonly seconds: number }
  | { readonly kind: 'bad-response'; readonly message: string };

export interface LookupFailure {
  readonly numbers: readonly string[];
  readonly reason: FailureReason;
}

export interface LookupProgress {
  /** Numbers settled so far (answered, from the cache, or failed). */
  readonly done: number;
  readonly total: number;
}

export interface LookupResult {
  /** Every number that got an answer, from the register or the cache. */
  readonly outcomes: ReadonlyMap<string, LookupOutcome>;
  readonly failures: readonly LookupFailure[];
  /** The user cancelled: numbers not reached are neither in outcomes nor in failures. */
  readonly cancelled: boolean;
  /** HTTP requests sent (0 when everything came from the cache). */
  readonly requests: number;
  readonly fromCache: number;
}
