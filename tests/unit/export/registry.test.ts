/**
 * The export registry: every entry well formed, ids unique, and each producer run in Node (no DOM
 * download) on a real build, its file checked by content.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/domain/analysis/analyse';
import { buildDataset } from '../../../src/domain/membership/build-dataset';
import { buildPageModel } from '../../../src/domain/page/build-model';
import { EXPORTS, exportById, exportFileName } from '../../../src/features/shared/export-registry';
import type { ExportContext } from '../../../src/features/shared/export-types';
import { readFile } from '../../../src/io/read-file';
import type { LoadedData } from '../../../src/state/types';
import { translator } from '../../../src/ui/i18n/I18nProvider';

const file = (name: string, lines: readonly string[]) =>
  readFile(name, new TextEncoder().encode(lines.join('\n')));

const dataset = buildDataset([
  file('a.csv', [
    'Navn;Org.nr;Kommune',
    'Alfa AS;923609016;Oslo',
    '=1+2 Konsult AS;;Oslo',
    ';;Oslo',
  ]),
  file('b.csv', ['Navn;Org.nr', 'Alfa;923609016']),
]);
const analysis = analyse(dataset);
const model = buildPageModel(dataset, analysis, 'registry-test');
const data = { dataset, analysis, model } as unknown as LoadedData;
let anonymised = false;
const context = (language: 'nb' | 'en'): ExportContext => ({ data, language, anonymised });

/** The sheet XML of a one-sheet workbook given as the text of its bytes (latin1, lossless). */
const sheetXml = (binary: string): string => {
  const files = unzipSync(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  const name = Object.keys(files).find((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  const shared = files['xl/sharedStrings.xml'];
  return strFromU8(files[name!]!) + (shared ? strFromU8(shared) : '');
};
const graph = (id: string, format: RegExp) => (text: string) => {
  expect(text).toMatch(format);
  expect(text).toContain(id === 'overlap' ? 'a' : 'Alfa AS');
};

describe('the registry', () => {
  it('has unique ids, and every entry a label, a file name, an extension and a type', () => {
    expect(new Set(EXPORTS.map((e) => e.id)).size).toBe(EXPORTS.length);
    for (const e of EXPORTS) {
      expect(exportById(e.id)).toBe(e);
      expect(e.extension).toMatch(/^[a-z0-9]+$/);
      expect(e.mime).toMatch(/^[a-z]+\/[a-z0-9.+-]+/);
      for (const lang of ['nb', 'en'] as const) {
        const t = translator(lang);
        expect(t(e.labelKey)).not.toBe('');
        expect(exportFileName(e, t(e.fileNameKey))).toMatch(
          new RegExp(`^[\\w-]+\\.${e.extension}$`),
        );
      }
    }
  });
});

/** One row per producer: what its file must say in each language. */
const PRODUCERS: readonly [string, 'nb' | 'en', (text: string) => void][] = [
  [
    'import-report-csv',
    'nb',
    (text) => {
      const lines = text.trim().split(/\r?\n/);
      // A header and one line per input row (4 data rows in the two files).
      expect(lines).toHaveLength(5);
      expect(lines[0]).toMatch(/^Fil[;,]/);
      expect(text).toContain("'=1+2 Konsult AS");
      expect(text).not.toMatch(/(^|[;,])=1\+2/m);
    },
  ],
  [
    'import-report-csv',
    'en',
    (text) => {
      expect(text.split(/\r?\n/)[0]).toMatch(/^File[;,]/);
      expect(text).toContain('Alfa AS');
    },
  ],
  [
    // No selected county pair in the context: the header only.
    'county-map-pair-csv',
    'nb',
    (text) => expect(text.trim()).toBe('Område;Organisasjon;Org.nr.;Klynger som bærer koblingen'),
  ],
  ['county-map-pair-xlsx', 'en', (text) => expect(text.startsWith('PK')).toBe(true)],
  [
    'intersections-csv',
    'nb',
    (text) => {
      const lines = text.trim().split(/\r?\n/);
      expect(lines[0]).toBe('Klynger;Antall klynger;Organisasjoner');
      // Alfa AS in both lists; the formula-like name in a alone.
      expect(lines.slice(1).sort()).toEqual(['a + b;2;1', 'a;1;1']);
    },
  ],
  [
    'organisations-csv',
    'en',
    (text) => {
      expect(text.split(/\r?\n/)[0]).toBe(
        'Name;Org. no.;County;Member type;Clusters;Which clusters',
      );
      expect(text).toContain('Alfa AS;923 609 016;Oslo;Not given;2;"a; b"');
      expect(text).toContain("'=1+2 Konsult AS");
      expect(text).not.toMatch(/(^|;)=1\+2/m);
    },
  ],
  ['intersections-xlsx', 'en', (text) => expect(text.startsWith('PK')).toBe(true)],
  ['organisations-xlsx', 'nb', (text) => expect(text.startsWith('PK')).toBe(true)],
  ['overlap-gexf', 'nb', graph('overlap', /<gexf[\s\S]*label="a"[\s\S]*weight="1"/)],
  ['overlap-graphml', 'nb', graph('overlap', /<graphml[\s\S]*degree/)],
  ['overlap-cyjs', 'en', (text) => expect(JSON.parse(text).elements.nodes).toHaveLength(2)],
  ['membership-gexf', 'nb', graph('membership', /<gexf[\s\S]*923 609 016/)],
  ['membership-graphml', 'en', graph('membership', /<graphml[\s\S]*=1\+2 Konsult AS/)],
  ['membership-cyjs', 'nb', (text) => expect(JSON.parse(text).elements.edges).toHaveLength(3)],
  [
    'metrics-csv',
    'nb',
    (text) => {
      const lines = text.trim().split(/\r?\n/);
      expect(lines[0]).toMatch(/^\ufeff?Klynge;Medlemmer;/);
      expect(lines).toHaveLength(3);
      expect(lines[1]).toMatch(/^a;2;/);
    },
  ],
  ['metrics-xlsx', 'en', (text) => expect(sheetXml(text)).toContain('Members')],
  ['overlaps-csv', 'en', (text) => expect(text).toMatch(/Cluster A;Cluster B;Shared members/)],
  ['overlaps-xlsx', 'nb', (text) => expect(sheetXml(text)).toContain('Felles medlemmer')],
  [
    'import-report-xlsx',
    'nb',
    (text) => {
      const xml = sheetXml(text);
      expect(xml).toContain('=1+2 Konsult AS');
      expect(xml).not.toMatch(/<f[ >]/);
    },
  ],
];

describe('producers', () => {
  // Exports with no content check of their own must still produce a non-empty file of their
  // declared type from the plain context. The county exports answer from the worker's last build
  // and are read in their own tests (tests/unit/county/, tests/e2e/county-matrix.spec.ts).
  const viewOnly = (id: string) => /^(county-|where-|what-)/.test(id);
  it.each(
    EXPORTS.filter((e) => !viewOnly(e.id) && !PRODUCERS.some(([id]) => id === e.id)).map((e) => [
      e.id,
    ]),
  )('%s gives a file of its type', async (id) => {
    const descriptor = EXPORTS.find((e) => e.id === id)!;
    const blob = await descriptor.produce(context('nb'));
    expect(blob.type).toBe(descriptor.mime);
    expect(blob.size).toBeGreaterThan(0);
  });

  it.each(PRODUCERS)('%s (%s)', async (id, language, check) => {
    const descriptor = EXPORTS.find((e) => e.id === id)!;
    const blob = await descriptor.produce(context(language));
    expect(blob.type).toBe(descriptor.mime);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    check(
      descriptor.extension === 'xlsx'
        ? String.fromCharCode(...bytes)
        : new TextDecoder().decode(bytes),
    );
  });
});

describe('anonymised graph exports', () => {
  it('label organisations as the page does, without numbers; clusters keep their names', async () => {
    anonymised = true;
    try {
      for (const id of ['membership-gexf', 'membership-graphml', 'membership-cyjs'] as const) {
        const text = await (await exportById(id).produce(context('nb'))).text();
        expect(text).not.toContain('Alfa');
        expect(text).not.toContain('Konsult');
        expect(text).not.toMatch(/923.?609.?016/);
        expect(text).toContain('Organisasjon 1');
        expect(text).toContain('Organisasjon 2');
      }
    } finally {
      anonymised = false;
    }
  });
});
