/**
 * `analyze --report FILE.html`: the regenerated report chapter as one self-contained HTML file,
 * the same ReportDocument the page shows, rendered with react-dom/server. Inline SVG and CSS
 * only (no scripts, links, fonts or images), and a Content-Security-Policy that forbids loading
 * anything, so the file opens the same offline, in a mail client or from a USB stick.
 */
import { writeFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Analysis } from '../domain/analysis/types';
import type { Language } from '../domain/i18n/language';
import type { Dataset } from '../domain/membership/types';
import { reportModel, type ReportModel } from '../domain/report/report-model';
import { ReportDocument } from '../report/ReportDocument';
import { REPORT_CSS } from '../report/report-styles';

const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The whole HTML file for a report model. */
export function reportHtml(report: ReportModel): string {
  const body = renderToStaticMarkup(createElement(ReportDocument, { report, withStyle: false }));
  return [
    '<!doctype html>',
    `<html lang="${report.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(report.title)}</title>`,
    `<style>body { margin: 1.5rem; background: #fff; }${REPORT_CSS}</style>`,
    '</head>',
    `<body>${body}</body>`,
    '</html>',
    '',
  ].join('\n');
}

/** Whether the inputs are the bundled example lists (data/default), for the synthetic note. */
export function isExampleInput(paths: readonly string[]): boolean {
  return paths.length > 0 && paths.every((p) => resolve(p).endsWith(`${sep}data${sep}default`));
}

/** Writes the report; returns an error text when the file could not be written. */
export function writeReportHtml(
  file: string,
  dataset: Dataset,
  analysis: Analysis,
  lang: Language,
  source: 'default' | 'files',
): string | null {
  const report = reportModel(dataset, analysis, lang, {
    source,
    date: new Date().toISOString().slice(0, 10),
  });
  try {
    writeFileSync(file, reportHtml(report), 'utf8');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
