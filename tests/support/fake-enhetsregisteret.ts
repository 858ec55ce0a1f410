/**
 * A stand-in for Enhetsregisteret on 127.0.0.1 (random port), serving the API's documented JSON
 * shape so tests never touch the internet: GET /enhetsregisteret/api/enheter/{nr} and
 * /underenheter/{nr} (200, 404, 410), and the searches /enheter?organisasjonsnummer=a,b,c and
 * /underenheter?... as HAL pages ({_embedded: {enheter: [...]}, page: {...}}, no `_embedded`
 * when nothing matched). Tests can make the next requests fail (e.g. 503) or answer slowly,
 * and read every request it got.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface UnitSpec {
  readonly orgNumber: string;
  readonly name: string;
  readonly form?: readonly [code: string, text: string];
  readonly nace?: readonly [code: string, text: string];
  readonly employees?: number;
  /** Business address (sub-units: location) municipality number, name and country code. */
  readonly municipality?: readonly [number: string, name: string];
  readonly countryCode?: string;
  readonly deletedOn?: string;
}

export interface FakeRegisterData {
  readonly enheter?: readonly UnitSpec[];
  readonly underenheter?: readonly UnitSpec[];
  /** Numbers removed from the register: 410 Gone from their single-unit endpoint. */
  readonly gone?: Readonly<Record<string, 'enhet' | 'underenhet'>>;
}

export interface FakeRegister {
  /** The API root, like https://data.brreg.no/enhetsregisteret/api. */
  readonly url: string;
  /** Path and query of every request, in order. */
  readonly requests: string[];
  /** The next `times` requests whose path matches answer `status` (with Retry-After, if set). */
  failNext(status: number, times: number, match?: RegExp, retryAfter?: string): void;
  /** Requests whose path matches wait this long before answering. */
  slowDown(ms: number, match?: RegExp): void;
  close(): Promise<void>;
}

const API = '/enhetsregisteret/api';

/** A unit as the register writes it (v2 JSON), with the links and flags it always carries. */
export function unitJson(spec: UnitSpec, kind: 'enhet' | 'underenhet', base: string): object {
  const [kommunenummer, kommune] = spec.municipality ?? [];
  const address = spec.municipality
    ? {
        land: spec.countryCode && spec.countryCode !== 'NO' ? 'Utlandet' : 'Norge',
        landkode: spec.countryCode ?? 'NO',
        postnummer: '0150',
        poststed: kommune?.toUpperCase(),
        adresse: ['Testveien 1'],
        kommune: kommune?.toUpperCase(),
        kommunenummer,
      }
    : spec.countryCode
      ? { land: 'Sverige', landkode: spec.countryCode, adresse: ['Testgatan 1'] }
      : undefined;
  const path = kind === 'enhet' ? 'enheter' : 'underenheter';
  return {
    organisasjonsnummer: spec.orgNumber,
    navn: spec.name,
    organisasjonsform: {
      kode: spec.form?.[0] ?? (kind === 'enhet' ? 'AS' : 'BEDR'),
      beskrivelse:
        spec.form?.[1] ??
        (kind === 'enhet'
          ? 'Aksjeselskap'
          : 'Underenhet til næringsdrivende og offentlig forvaltning'),
      _links: { self: { href: `${base}/organisasjonsformer/${spec.form?.[0] ?? 'AS'}` } },
    },
    registreringsdatoEnhetsregisteret: '2015-03-02',
    registrertIMvaregisteret: true,
    ...(spec.nace ? { naeringskode1: { kode: spec.nace[0], beskrivelse: spec.nace[1] } } : {}),
    antallAnsatte: spec.employees ?? 0,
    harRegistrertAntallAnsatte: spec.employees !== undefined,
    ...(address
      ? { [kind === 'enhet' ? 'forretningsadresse' : 'beliggenhetsadresse']: address }
      : {}),
    postadresse: {
      land: 'Norge',
      landkode: 'NO',
      postnummer: '8900',
      poststed: 'BRØNNØYSUND',
      adresse: ['Postboks 1'],
      kommune: 'BRØNNØY',
      kommunenummer: '1813',
    },
    ...(kind === 'enhet'
      ? {
          institusjonellSektorkode: { kode: '2100', beskrivelse: 'Private aksjeselskaper mv.' },
          konkurs: false,
          underAvvikling: false,
          underTvangsavviklingEllerTvangsopplosning: false,
          maalform: 'Bokmål',
        }
      : { overordnetEnhet: '923609016' }),
    ...(spec.deletedOn ? { slettedato: spec.deletedOn } : {}),
    _links: { self: { href: `${base}/${path}/${spec.orgNumber}` } },
  };
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, {
    'content-type': 'application/json;charset=UTF-8',
    'access-control-allow-origin': '*',
    ...headers,
  });
  res.end(body === undefined ? '' : JSON.stringify(body));
}

function springError(status: number, error: string, path: string) {
  return { timestamp: '2024-05-01T10:00:00.000+00:00', status, error, message: error, path };
}

export async function startFakeEnhetsregisteret(data: FakeRegisterData): Promise<FakeRegister> {
  const requests: string[] = [];
  const failures: { status: number; left: number; match: RegExp; retryAfter?: string }[] = [];
  const slow: { ms: number; match: RegExp }[] = [];
  const units = {
    enhet: new Map((data.enheter ?? []).map((u) => [u.orgNumber, u])),
    underenhet: new Map((data.underenheter ?? []).map((u) => [u.orgNumber, u])),
  };
  let base = '';

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    const delay = slow.find((s) => s.match.test(url.pathname))?.ms ?? 0;
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    if (res.destroyed) return;
    const failure = failures.find((f) => f.left > 0 && f.match.test(url.pathname));
    if (failure) {
      failure.left--;
      return send(
        res,
        failure.status,
        springError(failure.status, 'Service Unavailable', url.pathname),
        failure.retryAfter ? { 'retry-after': failure.retryAfter } : {},
      );
    }
    const m = url.pathname.match(/^\/enhetsregisteret\/api\/(enheter|underenheter)(?:\/(\d+))?$/);
    if (req.method !== 'GET' || !m)
      return send(res, 404, springError(404, 'Not Found', url.pathname));
    const kind = m[1] === 'enheter' ? 'enhet' : 'underenhet';
    if (m[2]) {
      const unit = units[kind].get(m[2]);
      if (unit) return send(res, 200, unitJson(unit, kind, base));
      if (data.gone?.[m[2]] === kind)
        return send(res, 410, { organisasjonsnummer: m[2], slettedato: '2023-06-30' });
      return send(res, 404, springError(404, 'Not Found', url.pathname));
    }
    const wanted = (url.searchParams.get('organisasjonsnummer') ?? '').split(',').filter(Boolean);
    if (wanted.some((n) => !/^\d{9}$/.test(n)))
      return send(res, 400, springError(400, 'Bad Request', url.pathname));
    const size = Number(url.searchParams.get('size') ?? 20);
    const page = Number(url.searchParams.get('page') ?? 0);
    // The search does not list removed units (they only answer on their own endpoint).
    const hits = wanted.flatMap((n) => {
      const unit = units[kind].get(n);
      return unit && !unit.deletedOn ? [unitJson(unit, kind, base)] : [];
    });
    const slice = hits.slice(page * size, (page + 1) * size);
    send(res, 200, {
      ...(slice.length > 0 ? { _embedded: { [m[1]!]: slice } } : {}),
      _links: { self: { href: `${base}/${m[1]}${url.search}` } },
      page: {
        size,
        totalElements: hits.length,
        totalPages: Math.ceil(hits.length / size),
        number: page,
      },
    });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() =>
      send(res, 500, springError(500, 'Internal Server Error', req.url ?? '')),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}${API}`;
  return {
    url: base,
    requests,
    failNext(status, times, match = /./, retryAfter) {
      failures.push({ status, left: times, match, ...(retryAfter ? { retryAfter } : {}) });
    },
    slowDown(ms, match = /./) {
      slow.push({ ms, match });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
