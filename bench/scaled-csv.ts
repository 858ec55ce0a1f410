/**
 * A scaled dataset (scaled-data.ts) written as one long-format membership list, as a cluster
 * would export it: name, organisation number, county, member type, cluster, ';'-separated, one
 * row per membership. The benches read it back through the app's own reader, so parsing and
 * recognition are measured on text, not on ready-made objects.
 */
import { countyName } from '../src/domain/geo/counties';
import type { CountyNumber } from '../src/domain/geo/types';
import type { Dataset } from '../src/domain/membership/types';

const TYPE_WORD = {
  startup: 'Oppstart',
  established: 'Etablert',
  public: 'Offentlig',
  research: 'Forskning',
  investor: 'Investor',
} as const;

export function scaledCsv(dataset: Dataset): string {
  const orgs = new Map(dataset.organisations.map((o) => [o.id, o]));
  const clusterName = new Map(dataset.clusters.map((c) => [c.id, c.name]));
  const lines = ['Navn;Organisasjonsnummer;Fylke;Type;Klynge'];
  for (const m of dataset.memberships) {
    const o = orgs.get(m.org)!;
    const county =
      o.placement.kind === 'county' ? countyName(o.placement.county as CountyNumber) : '';
    lines.push(
      [
        o.name,
        o.orgNumber ?? '',
        county,
        o.type ? TYPE_WORD[o.type] : '',
        clusterName.get(m.cluster),
      ]
        .map((v) => String(v).replace(/;/g, ','))
        .join(';'),
    );
  }
  return lines.join('\n');
}
