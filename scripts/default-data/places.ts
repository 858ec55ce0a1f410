/**
 * Where a synthetic member is: a 2024 municipality drawn from its group (Oslo / Viken / the rest)
 * and its clusters' seats. Viken members split over Østfold, Akershus and Buskerud by the
 * cluster's weights, with its home municipality favoured; the rest of the country leans to the
 * largest business regions (Trøndelag, Vestland, Rogaland), as the report's fig. 3-5 suggests.
 * Ålesund and Haram are left out: their 2020-23 number 1507 split in two in 2024.
 */
import { municipalityByNumber2024, type Municipality } from '../../src/domain/geo/municipalities';
import type { CountyNumber } from '../../src/domain/geo/types';
import type { ClusterSpec, Group } from './clusters';
import { weighted, type Rng } from './prng';

type Weights = readonly (readonly [string, number])[];

/** Main business municipalities per county, by weight. */
const MUNICIPALITY_WEIGHTS: Readonly<Record<CountyNumber, Weights>> = {
  '03': [['0301', 1]],
  '31': [
    ['3101', 5],
    ['3107', 6],
    ['3105', 4],
    ['3103', 4],
    ['3118', 1],
    ['3112', 0.5],
  ],
  '32': [
    ['3201', 6],
    ['3203', 5],
    ['3205', 5],
    ['3207', 3],
    ['3218', 2],
    ['3209', 2],
    ['3222', 2],
    ['3240', 0.5],
  ],
  '33': [
    ['3301', 6],
    ['3303', 4],
    ['3305', 2],
    ['3312', 2],
    ['3314', 1],
    ['3316', 0.5],
  ],
  '11': [
    ['1103', 8],
    ['1108', 3],
    ['1124', 2],
    ['1106', 2],
    ['1149', 1],
    ['1120', 0.5],
  ],
  '15': [
    ['1506', 3],
    ['1505', 2],
    ['1516', 1],
    ['1577', 1],
  ],
  '18': [
    ['1804', 3],
    ['1833', 1],
    ['1806', 1],
  ],
  '34': [
    ['3403', 3],
    ['3405', 3],
    ['3407', 2],
    ['3420', 1],
    ['3401', 1],
    ['3443', 1],
  ],
  '39': [
    ['3905', 3],
    ['3907', 3],
    ['3909', 2],
    ['3901', 2],
  ],
  '40': [
    ['4003', 3],
    ['4001', 3],
    ['4005', 1],
    ['4012', 1],
  ],
  '42': [
    ['4204', 6],
    ['4203', 2],
    ['4202', 1],
    ['4205', 1],
  ],
  '46': [
    ['4601', 10],
    ['4614', 1],
    ['4626', 1],
    ['4627', 1],
    ['4621', 1],
    ['4640', 1],
  ],
  '50': [
    ['5001', 12],
    ['5035', 1],
    ['5031', 1],
    ['5037', 1],
    ['5006', 1],
    ['5059', 1],
  ],
  '55': [
    ['5501', 3],
    ['5503', 1],
  ],
  '56': [
    ['5601', 2],
    ['5603', 1],
  ],
};

/** Counties outside Oslo and Viken, by how likely a cluster member is there. */
const OTHER_COUNTIES: readonly (readonly [CountyNumber, number])[] = [
  ['50', 27],
  ['46', 21],
  ['11', 18],
  ['39', 8],
  ['42', 8],
  ['34', 7],
  ['15', 5],
  ['40', 4],
  ['18', 2],
  ['55', 2],
  ['56', 1],
];

function municipality(number: string): Municipality {
  const found = municipalityByNumber2024(number);
  if (!found) throw new Error(`places: ${number} is not a 2024 municipality`);
  return found;
}

function inCounty(rng: Rng, county: CountyNumber, homes: readonly string[]): Municipality {
  // A cluster's seat draws more of its members than the county's size alone would.
  const weights = MUNICIPALITY_WEIGHTS[county].map(
    ([n, w]) => [n, homes.includes(n) ? w * 4 + 4 : w] as const,
  );
  return municipality(weighted(rng, weights));
}

/** A municipality in `group` for a member of these clusters. */
export function placeMember(
  rng: Rng,
  group: Group,
  clusters: readonly ClusterSpec[],
): Municipality {
  if (group === 'oslo') return municipality('0301');
  const homes = clusters.map((c) => c.home);
  if (group === 'viken') {
    const split = (['31', '32', '33'] as const).map(
      (county) =>
        [county, clusters.reduce((s, c) => s + c.vikenSplit[county], 0) / clusters.length] as const,
    );
    return inCounty(rng, weighted(rng, split), homes);
  }
  return inCounty(rng, weighted(rng, OTHER_COUNTIES), homes);
}
