/**
 * `analyze --export DIR`: the graphs (overlap.gexf, overlap.graphml, members.gexf,
 * members.graphml, and cytoscape JSON of both), one workbook with a sheet per table
 * (klyngekart.xlsx) and every table as CSV, written into DIR. Each file is written on its own:
 * one that fails is reported and the others are still written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../domain/analysis/types';
import { analysisTables, type TableLanguage } from '../domain/export/analysis-tables';
import { membershipGraphSpec, overlapGraphSpec } from '../domain/export/analysis-graphs';
import { toCsv } from '../domain/export/csv-cells';
import { toCytoscapeJson } from '../domain/export/cytoscape-json';
import { toGexf } from '../domain/export/gexf';
import { toGraphml } from '../domain/export/graphml';
import { tableRows } from '../domain/export/table';
import type { Dataset } from '../domain/membership/types';
import { tablesToXlsx } from '../io/write-xlsx';

export interface ExportOutcome {
  readonly written: readonly string[];
  readonly failed: readonly { readonly file: string; readonly error: string }[];
}

export function writeExportDir(
  dir: string,
  dataset: Dataset,
  analysis: Analysis,
  lang: TableLanguage,
): ExportOutcome {
  const written: string[] = [];
  const failed: { file: string; error: string }[] = [];
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    return { written, failed: [{ file: dir, error: (error as Error).message }] };
  }
  const put = (file: string, produce: () => string | Uint8Array) => {
    try {
      writeFileSync(join(dir, file), produce());
      written.push(file);
    } catch (error) {
      failed.push({ file, error: (error as Error).message });
    }
  };
  const overlap = overlapGraphSpec(analysis);
  const members = membershipGraphSpec(dataset, analysis);
  put('overlap.gexf', () => toGexf(overlap));
  put('overlap.graphml', () => toGraphml(overlap));
  put('overlap.cyjs', () => toCytoscapeJson(overlap));
  put('members.gexf', () => toGexf(members));
  put('members.graphml', () => toGraphml(members));
  put('members.cyjs', () => toCytoscapeJson(members));
  const tables = analysisTables(analysis, lang);
  put('klyngekart.xlsx', () => tablesToXlsx(tables));
  for (const table of tables) {
    put(`${table.id}.csv`, () => toCsv(tableRows(table), ';', { decimalComma: lang === 'nb' }));
  }
  return { written, failed };
}
