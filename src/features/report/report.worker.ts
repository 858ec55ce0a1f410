/** The report worker: builds the report model off the page's thread (see report-api.ts). */
import { expose } from 'comlink';
import { buildReport, type ReportWorkerApi } from './report-api';

const api: ReportWorkerApi = { build: buildReport };
expose(api);
