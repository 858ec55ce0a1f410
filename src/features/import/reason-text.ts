/**
 * The domain and io layers explain rows and files in English ("organisation number 923 609 017
 * fails its check digit"). The bokmål UI translates the common reasons with a small pattern
 * table; anything not in it is shown as written, which is still a precise reason.
 */
import type { Language } from '../../ui/i18n/language';

type Rule = readonly [RegExp, (...groups: string[]) => string];

/** Tried in order on the whole text; the first that matches wins. Parts are translated too. */
const RULES: readonly Rule[] = [
  [/^no organisation name or organisation number$/, () => 'mangler navn og organisasjonsnummer'],
  [/^no organisation name, and (.+)$/, (rest) => `mangler navn, og ${nb(rest!)}`],
  [
    /^organisation number (.+) fails its check digit(; matched by name instead)?$/,
    (n, byName) =>
      `organisasjonsnummer ${n} har feil kontrollsiffer${byName ? '; koblet på navn i stedet' : ''}`,
  ],
  [
    /^organisation number "(.*)" is not 9 digits(; matched by name instead)?$/,
    (n, byName) =>
      `organisasjonsnummer «${n}» er ikke 9 sifre${byName ? '; koblet på navn i stedet' : ''}`,
  ],
  [
    /^organisation number "(.*)" has (\d+) digits, not 9(; matched by name instead)?$/,
    (n, d, byName) =>
      `organisasjonsnummer «${n}» har ${d} sifre, ikke 9${byName ? '; koblet på navn i stedet' : ''}`,
  ],
  [
    /^"(.*)" is not an organisation name \(no letters or digits\)$/,
    (n) => `«${n}» er ikke et organisasjonsnavn (ingen bokstaver eller sifre)`,
  ],
  [
    /^not marked as a member of any cluster column$/,
    () => 'ikke merket som medlem i noen klyngekolonne',
  ],
  [/^no cluster named in the cluster column$/, () => 'ingen klynge oppgitt i klyngekolonnen'],
  [/^title above the header$/, () => 'tittel over overskriften'],
  [/^blank row$/, () => 'tom rad'],
  [/^repeated header$/, () => 'gjentatt overskriftsrad'],
  [/^note below the table$/, () => 'merknad under tabellen'],
  [
    /^member type "(.*)" is not one of the five types$/,
    (t) => `medlemstypen «${t}» er ikke en av de fem typene`,
  ],
  [/^the file is empty \(0 bytes\)$/, () => 'filen er tom (0 byte)'],
  [
    /^the file is empty \(it holds only blank lines or spaces\)$/,
    () => 'filen er tom (bare tomme linjer eller mellomrom)',
  ],
  [/^the file has no filled cells$/, () => 'filen har ingen utfylte celler'],
  [
    /^the file starts like a spreadsheet \(XLSX or ODS are zip files\), but (.+); download it or save it again$/,
    (problem) =>
      `filen begynner som et regneark (XLSX og ODS er zip-filer), men ${zipProblem(problem)}; last den ned eller lagre den på nytt`,
  ],
  [
    /^the file could not be read(?: as .+?)? \((.+)\); it may be damaged: open it in Excel or LibreOffice and save it again$/,
    (message) =>
      `filen kunne ikke leses (${message}); den kan være skadet: åpne den i Excel eller LibreOffice og lagre den på nytt`,
  ],
  [
    /^the file is (.+), not a spreadsheet or CSV file(.*); export the member list as XLSX or CSV and try again$/,
    (what, name) =>
      `filen er ${what}, ikke et regneark eller en CSV-fil${name}; eksporter medlemslisten som XLSX eller CSV og prøv igjen`,
  ],
  [
    /^the file is password-protected; .*$/,
    () =>
      'filen er passordbeskyttet; åpne den i Excel, fjern passordet (Fil > Info > Beskytt arbeidsbok) og lagre den på nytt',
  ],
];

const ZIP_PROBLEMS: readonly (readonly [RegExp, string])[] = [
  [
    /^its zip directory is missing/,
    'zip-katalogen mangler, så filen er ufullstendig eller skadet (en nedlasting som ble avbrutt?)',
  ],
  [/^its (ZIP64 |zip )directory is damaged$/, 'zip-katalogen er skadet'],
  [
    /^an entry of its zip directory points at missing or damaged data$/,
    'zip-katalogen peker på data som mangler eller er skadet',
  ],
];

function zipProblem(problem: string): string {
  return ZIP_PROBLEMS.find(([pattern]) => pattern.test(problem))?.[1] ?? problem;
}

function nb(text: string): string {
  for (const [pattern, render] of RULES) {
    const match = pattern.exec(text);
    if (match) return render(...match.slice(1).map((g) => g ?? ''));
  }
  return text;
}

/**
 * A reason in the UI language. A file-level reason starting with "<file>: " keeps the file name
 * and translates the rest.
 */
export function reasonText(reason: string, lang: Language, file?: string): string {
  if (lang !== 'nb') return reason;
  const prefix = file && reason.startsWith(`${file}: `) ? `${file}: ` : '';
  return prefix + nb(reason.slice(prefix.length));
}
