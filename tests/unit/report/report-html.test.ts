/**
 * The report as HTML: the CLI's file is self-contained (no script, link, outside src or href;
 * every figure's <svg> inline) and names holding markup stay text, in the file and in the
 * ReportDocument the page renders.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { reportHtml } from '../../../src/cli/report-html';
import { analyse } from '../../../src/domain/analysis/analyse';
import { buildDataset } from '../../../src/domain/membership/build-dataset';
import { reportModel } from '../../../src/domain/report/report-model';
import { readFile } from '../../../src/io/read-file';
import { ReportDocument } from '../../../src/report/ReportDocument';
import { makeDataset } from '../analysis/make-dataset';
import { loadCommittedFiles } from '../default-data/load';

const HOSTILE = '<img src=x onerror=alert(1)>';
const ESCAPED = '&lt;img src=x onerror=alert(1)&gt;';

describe('the report as a self-contained HTML file', () => {
  const dataset = buildDataset(loadCommittedFiles().map((f) => readFile(f.name, f.bytes)));
  const html = reportHtml(reportModel(dataset, analyse(dataset), 'nb', { source: 'default' }));

  it('inlines every figure and refers to nothing outside', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    for (const figure of ['3-1', '3-2', '3-3', '3-4', '3-5']) {
      expect(html).toMatch(new RegExp(`<svg[^>]*data-figure="${figure}"`));
    }
    expect(html.match(/<svg/g)).toHaveLength(5);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|@import|url\(/i);
    expect(html).not.toMatch(/\s(src|href|xlink:href)=/i);
    expect(html).toContain('<style>');
    expect(html).toContain("default-src 'none'");
  });

  it('carries the live sentence and the synthetic-data note', () => {
    expect(html).toMatch(/1\u00a0276 organisasjoner/);
    expect(html).toContain('Eksempeldata');
  });
});

describe('names holding markup', () => {
  const dataset = makeDataset(
    [
      { id: 'o1', name: HOSTILE, clusters: ['k1', 'k2'], where: '31' },
      { id: 'o2', name: 'Vanlig AS', clusters: ['k1', 'k2'] },
      { id: 'o3', clusters: ['k2'], where: '32' },
    ],
    { clusterNames: { k1: HOSTILE, k2: 'Trygg klynge' } },
  );
  const model = reportModel(dataset, analyse(dataset), 'en');

  it.each([
    ['the HTML file', reportHtml(model)],
    ['the page document', renderToStaticMarkup(createElement(ReportDocument, { report: model }))],
  ])('appear as text in %s', (_, markup) => {
    expect(markup).toContain(ESCAPED);
    expect(markup).not.toContain('<img');
    // In the SVG figures too (bar labels and titles), not only in the sentences.
    const svg = markup.slice(markup.indexOf('<svg'));
    expect(svg).toContain(ESCAPED);
  });

  it('keeps the name as written in the model (escaping is the renderer’s)', () => {
    expect(model.figures.f1.bars[0]!.name).toBe(HOSTILE);
    expect(model.sections.find((s) => s.id === 'overlap')!.sentences.join(' ')).toContain(HOSTILE);
  });
});
