/**
 * Every export the app offers, in one list: a view names the ones it shows by id, and the buttons
 * are made from the entries. Adding a format is one producer file and one line here.
 */
import { countyMapPairCsv, countyMapPairXlsx } from '../county-map/pair-export';
import {
  countyMatrixCsv,
  countyMatrixXlsx,
  countyPairCsv,
  countyPairXlsx,
} from '../county-matrix/matrix-export';
import { GRAPH_EXPORTS } from '../export/graph-exports';
import { TABLE_EXPORTS } from '../export/table-exports';
import { importReportCsv } from '../import/report-export';
import { typeCsv, typeXlsx, whereCsv, whereXlsx } from '../member-charts/chart-export';
import { partnersCsv, partnersXlsx } from '../partners/partners-export';
import { intersectionsCsv, intersectionsXlsx } from '../intersections/intersections-export';
import { organisationsCsv, organisationsXlsx } from '../organisations/organisations-export';
import type { ExportDescriptor } from './export-types';

export const EXPORTS = [
  importReportCsv,
  countyMatrixCsv,
  countyMatrixXlsx,
  countyPairCsv,
  countyPairXlsx,
  whereCsv,
  whereXlsx,
  typeCsv,
  typeXlsx,
  countyMapPairCsv,
  countyMapPairXlsx,
  partnersCsv,
  partnersXlsx,
  intersectionsCsv,
  intersectionsXlsx,
  organisationsCsv,
  organisationsXlsx,
  ...GRAPH_EXPORTS,
  ...TABLE_EXPORTS,
] as const satisfies readonly ExportDescriptor[];

export type ExportId = (typeof EXPORTS)[number]['id'];

const BY_ID: ReadonlyMap<string, ExportDescriptor> = new Map(EXPORTS.map((e) => [e.id, e]));

export function exportById(id: ExportId): ExportDescriptor {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`exportById: no export "${id}" in the registry`);
  return found;
}

/** The file's name: the name in the UI language and the format's extension. */
export const exportFileName = (e: ExportDescriptor, base: string): string =>
  `${base}.${e.extension}`;
