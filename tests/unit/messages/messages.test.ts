/**
 * The message catalogue: every code has a text in both languages, each text uses exactly the
 * parameters its code declares, numbers are grouped per language, and each kind of refusal the
 * io layer makes reads in bokmål and in English from real fixture files.
 */
import { describe, expect, it } from 'vitest';
import { MESSAGE_PARAMS, type MessageCode } from '../../../src/domain/messages/catalogue';
import { en } from '../../../src/domain/messages/en';
import { nb } from '../../../src/domain/messages/nb';
import { PLACEHOLDER, renderMessage } from '../../../src/domain/messages/render';
import { readFile } from '../../../src/io/read-file';
import { fixture } from '../io/fixtures';

const CODES = Object.keys(MESSAGE_PARAMS) as MessageCode[];

function placeholders(template: string): { names: Set<string>; prefixes: Set<string> } {
  const names = new Set<string>();
  const prefixes = new Set<string>();
  for (const m of template.matchAll(PLACEHOLDER)) {
    names.add(m[1]!);
    if (m[3]) prefixes.add(m[3]);
  }
  return { names, prefixes };
}

describe('the catalogue', () => {
  it.each([
    ['nb', nb],
    ['en', en],
  ] as const)('%s has a text for every code and no other', (_lang, dictionary) => {
    expect(Object.keys(dictionary).sort()).toEqual([...CODES].sort());
  });

  it.each(CODES.flatMap((code) => [[code, 'nb'] as const, [code, 'en'] as const]))(
    '%s (%s) uses exactly the parameters it declares',
    (code, lang) => {
      const template = (lang === 'nb' ? nb : en)[code];
      expect(template.trim(), 'a text').not.toBe('');
      const { names, prefixes } = placeholders(template);
      expect([...names].sort()).toEqual([...MESSAGE_PARAMS[code]].sort());
      for (const prefix of prefixes) {
        expect(
          CODES.some((c) => c.startsWith(`${prefix}.`)),
          `codes ${prefix}.*`,
        ).toBe(true);
      }
    },
  );
});

describe('renderMessage', () => {
  it.each([
    ['nb', '1\u00a0276'],
    ['en', '1,276'],
  ] as const)('groups numbers in %s', (lang, text) => {
    expect(renderMessage({ code: 'file.too-many-rows', params: { max: 1276 } }, lang)).toContain(
      `more than ${text}`.replace('more than', lang === 'nb' ? 'mer enn' : 'more than'),
    );
  });

  it.each([
    ['nb', 'Kommunen «Våler» finnes i Innlandet og Østfold'],
    ['en', 'The municipality "Våler" exists in Innlandet and Østfold'],
  ] as const)('joins a list and fills nested words (%s)', (lang, text) => {
    const m = {
      code: 'place.municipality-in-counties',
      params: { name: 'Våler', counties: 'Innlandet\nØstfold' },
    };
    expect(renderMessage(m, lang)).toBe(text);
  });

  it('fills a fixed word from its own code', () => {
    const m = { code: 'file.binary', params: { what: 'pdf' } };
    expect(renderMessage(m, 'nb')).toMatch(/^filen er et PDF-dokument, ikke/);
    expect(renderMessage(m, 'en')).toMatch(/^the file is a PDF document, not/);
  });

  it('shows an unknown code as written rather than nothing', () => {
    expect(renderMessage({ code: 'from.a-newer-version' }, 'nb')).toBe('from.a-newer-version');
  });
});

describe('each refusal in both languages, from real files', () => {
  it.each([
    [
      'hostile/medlemmer.json.csv',
      'file.json',
      /^filen er JSON-data, ikke en tabell/,
      /^the file is JSON data, not a table/,
    ],
    [
      'hostile/medlemmer.xml',
      'file.xml',
      /^filen er et XML-dokument/,
      /^the file is an XML document/,
    ],
    [
      'hostile/medlemmer.html',
      'file.html',
      /^filen er en nettside uten tabell/,
      /^the file is a web page without a table/,
    ],
    [
      'hostile/uavsluttet-sitat.csv',
      'file.unclosed-quote',
      /^rad 3: et felt i anførselstegn starter her/,
      /^row 3: a quoted field starts here/,
    ],
    [
      'hostile/tekst.xlsx',
      'file.text-not-spreadsheet',
      /^filen er ren tekst, ikke et regneark, selv om navnet slutter på \.xlsx/,
      /^the file is plain text, not a spreadsheet, although its name ends in \.xlsx/,
    ],
    ['hostile/README.md', 'file.not-a-list', /ikke en medlemsliste/, /not a membership list/],
    ['tilfeldige-bytes.csv', 'file.binary', /^filen er binærdata/, /^the file is binary data/],
  ])('%s: %s', (path, code, nbText, enText) => {
    const name = path.split('/').pop()!;
    const read = readFile(name, fixture(path));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.reason.code).toBe(code);
    const nbRendered = renderMessage(read.reason, 'nb');
    const enRendered = renderMessage(read.reason, 'en');
    expect(nbRendered).toMatch(nbText);
    expect(enRendered).toMatch(enText);
    // The file is named beside the message by whoever shows it, never inside it.
    expect(nbRendered).not.toContain(name);
    expect(enRendered).not.toContain(name);
  });

  it('too many rows, with the cap grouped per language', () => {
    const read = readFile('for-mange-rader.csv', fixture('hostile/for-mange-rader.csv'), {
      maxRows: 10,
    });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.reason).toEqual({ code: 'file.too-many-rows', params: { max: 10 } });
    expect(renderMessage(read.reason, 'nb')).toMatch(/^filen har mer enn 10 rader/);
    expect(renderMessage(read.reason, 'en')).toMatch(/^the file has more than 10 rows/);
    const big = { code: 'file.too-many-rows', params: { max: 200_000 } };
    expect(renderMessage(big, 'nb')).toContain('200\u00a0000');
    expect(renderMessage(big, 'en')).toContain('200,000');
  });
});
