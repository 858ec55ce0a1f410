/**
 * A generated benchmark of messy membership lists with known truth: organisations with plausible
 * Norwegian names and synthetic numbers (starting with 1, MOD11-valid), written into several lists
 * with the noise real lists have: legal forms added, dropped or spelled out, case and punctuation,
 * typos, abbreviated words, initials, missing numbers, numbers with a wrong digit.
 */
import { mod11CheckDigit } from '../src/domain/membership/org-number';
import { mulberry32 } from '../src/domain/random/mulberry32';
import type { SourceTable } from '../src/domain/membership/table';

export interface MessyRow {
  readonly file: string;
  readonly row: number;
  readonly truth: number;
}

export interface MessyLists {
  readonly tables: SourceTable[];
  readonly truth: MessyRow[];
  readonly noise: Record<string, number>;
}

const FIRST = [
  'Nordlys',
  'Fjordvik',
  'Bergtind',
  'Solheim',
  'Havbris',
  'Lysaker',
  'Skogly',
  'Elvestad',
  'Granli',
  'Fjellhaug',
  'Brattli',
  'Vestvind',
  'Østmark',
  'Sørlid',
  'Nordhavn',
  'Kvitberg',
  'Tindholm',
  'Strandvik',
  'Furulund',
  'Lindeberg',
  'Bjørkås',
  'Eikrem',
  'Rognstad',
  'Aspelund',
  'Heggli',
  'Myrvang',
  'Sjøberg',
  'Åsheim',
  'Dalsrud',
  'Hovland',
  'Kilen',
  'Nesodden',
  'Steinsvik',
  'Torvik',
  'Ulvøy',
  'Vardåsen',
  'Øyer',
  'Blåfjell',
  'Grønli',
  'Kleiva',
];
const TRADE = [
  'Teknologi',
  'Energi',
  'Bygg',
  'Consulting',
  'Rådgivning',
  'Medisin',
  'Helse',
  'Solkraft',
  'Data',
  'Analyse',
  'Eiendom',
  'Invest',
  'Maritime',
  'Design',
  'Tekstil',
  'Gjenvinning',
  'Robotikk',
  'Hydrogen',
  'Elektro',
  'Diagnostikk',
  'Software',
  'Industri',
  'Arkitekter',
  'Systemer',
  'Innovasjon',
];
const EXTRA = [
  'Norge',
  'Nordic',
  'Gruppen',
  'Partners',
  'Solutions',
  'Holding',
  'Lab',
  'Senter',
  'Service',
  'Vest',
  'Øst',
];
const FORMS = ['AS', 'AS', 'AS', 'ASA', 'SA', 'DA', 'ANS', ''];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function orgNumber(rand: () => number, used: Set<string>): string {
  for (;;) {
    const eight = `1${String(Math.floor(rand() * 1e7)).padStart(7, '0')}`;
    const check = mod11CheckDigit(eight);
    if (check === null || used.has(eight)) continue;
    used.add(eight);
    return `${eight}${check}`;
  }
}

function typo(rand: () => number, name: string): string {
  const letters = [...name];
  const positions = letters
    .map((c, i) => (/\p{L}/u.test(c) && i > 0 ? i : -1))
    .filter((i) => i > 0);
  const i = pick(rand, positions);
  const kind = rand();
  if (kind < 0.4 && i + 1 < letters.length && /\p{L}/u.test(letters[i + 1]!)) {
    [letters[i], letters[i + 1]] = [letters[i + 1]!, letters[i]!];
  } else if (kind < 0.7) letters.splice(i, 1);
  else letters.splice(i, 0, letters[i]!);
  return letters.join('');
}

function abbreviate(rand: () => number, base: string): string {
  const words = base.split(' ');
  const long = words.map((w, i) => (w.length >= 7 && i > 0 ? i : -1)).filter((i) => i >= 0);
  if (long.length === 0) return base;
  const i = pick(rand, long);
  words[i] = `${words[i]!.slice(0, 3 + Math.floor(rand() * 2))}.`;
  return words.join(' ');
}

function initials(base: string): string {
  return base
    .split(' ')
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

export function messyLists(seed: number, organisations: number, lists: number): MessyLists {
  const rand = mulberry32(seed);
  const used = new Set<string>();
  const seenNames = new Set<string>();
  const orgs: { base: string; form: string; number: string }[] = [];
  while (orgs.length < organisations) {
    // Up to ~480 000 distinct names, so large benchmarks never run out.
    const words =
      rand() < 0.3
        ? [pick(rand, FIRST), pick(rand, FIRST), pick(rand, TRADE)]
        : [pick(rand, FIRST), pick(rand, TRADE)];
    if (rand() < 0.35) words.push(pick(rand, EXTRA));
    const base = words.join(' ');
    if (seenNames.has(base)) continue;
    seenNames.add(base);
    orgs.push({ base, form: pick(rand, FORMS), number: orgNumber(rand, used) });
  }

  const noise: Record<string, number> = {
    rows: 0,
    typo: 0,
    abbreviation: 0,
    initials: 0,
    missingNumber: 0,
    badCheckDigit: 0,
    legalForm: 0,
    caseOrPunctuation: 0,
  };
  const tables: SourceTable[] = [];
  const truth: MessyRow[] = [];
  for (let l = 0; l < lists; l++) {
    const file = `liste-${String(l + 1).padStart(2, '0')}.csv`;
    const rows: { row: number; cells: string[] }[] = [];
    orgs.forEach((org, index) => {
      // Each organisation is in ~2.2 lists on average; a few in many.
      if (rand() > 2.2 / lists) return;
      let name = org.base;
      const r = rand();
      const count = (kind: string) => (noise[kind] = (noise[kind] ?? 0) + 1);
      if (r < 0.06) {
        name = typo(rand, name);
        count('typo');
      } else if (r < 0.1) {
        name = abbreviate(rand, name);
        count('abbreviation');
      } else if (r < 0.11 && name.split(' ').length >= 3) {
        name = initials(name);
        count('initials');
      }
      const f = rand();
      if (f < 0.3 || f >= 0.5) name = `${name} ${org.form}`.trim();
      else if (f < 0.4) {
        name = `${name} A/S`;
        count('legalForm');
      } else count('legalForm');
      const c = rand();
      if (c < 0.08) {
        name = name.toUpperCase();
        count('caseOrPunctuation');
      } else if (c < 0.12) {
        name = name.replace(' ', ',  ');
        count('caseOrPunctuation');
      }
      let number = org.number;
      const n = rand();
      if (n < 0.2) {
        number = '';
        count('missingNumber');
      } else if (n < 0.23) {
        const digit = (Number(number[4]) + 1 + Math.floor(rand() * 8)) % 10;
        number = `${number.slice(0, 4)}${digit}${number.slice(5)}`;
        count('badCheckDigit');
      } else if (n < 0.5) number = `${number.slice(0, 3)} ${number.slice(3, 6)} ${number.slice(6)}`;
      const row = rows.length + 2;
      rows.push({ row, cells: [name, number] });
      truth.push({ file, row, truth: index });
      count('rows');
    });
    tables.push({ file, headerRow: 1, header: ['Navn', 'Org.nr.'], rows, skipped: [] });
  }
  return { tables, truth, noise };
}
