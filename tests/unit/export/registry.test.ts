/**
 * The export registry: every entry well formed, ids unique, and each producer run in Node (no DOM
 * download) on a real build, its file checked by content.
 */
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
const context = (language: 'nb' | 'en'): ExportContext => ({ data, language });

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
    check(await blob.text());
  });
});
