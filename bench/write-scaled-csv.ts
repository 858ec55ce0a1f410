/**
 * Prints the scaled dataset (scaled-data.ts) at k times the example data as one CSV list
 * (scaled-csv.ts) on stdout: `tsx bench/write-scaled-csv.ts 10 > klynger-10x.csv`. Browser
 * tests read it this way, since their loader cannot import the county JSON the writer needs.
 */
import { scaledCsv } from './scaled-csv';
import { scaledDataset } from './scaled-data';

const scale = Number(process.argv[2] ?? 10);
process.stdout.write(`${scaledCsv(scaledDataset({ scale }))}\n`);
