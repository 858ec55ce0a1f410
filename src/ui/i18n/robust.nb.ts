/**
 * Bokmål strings for what goes wrong and how the app recovers: a view that failed (the error
 * boundary), a map with more links than it draws, a long analysis to cancel, saved work that is
 * incomplete, older or newer than this app, or changed in another tab. Spread into nb.ts;
 * robust.en.ts has the same keys (its type makes a missing or extra key an error).
 */
export const robustNb = {
  'boundary.title': 'Visningen «{view}» stoppet på grunn av en feil.',
  'boundary.detail': 'Resten av appen virker. Feilen: {message}',
  'boundary.toImport': 'Til importfanen',
  'boundary.toExample': 'Tilbake til eksempeldata',
  'map.edgesCapped':
    'Kartet viser de {shown} sterkeste koblingene; {hidden} svakere er skjult her, men er med i analysen.',
  'load.cancel': 'Avbryt',
  'load.cancelled': 'Analysen ble avbrutt. Forrige datasett vises fortsatt.',
  'load.step.read': 'Leser {files} …',
  'load.step.build': 'Bygger analysen …',
  'load.elapsed': '{seconds} s',
  'storage.missingFiles':
    'Disse filene er oppført i arbeidsområdet, men var ikke lagret i nettleseren, og mangler nå: {names}. Legg dem til på nytt.',
  'storage.otherTab': 'Arbeidsområdet ble endret i en annen fane; endringene derfra er hentet inn.',
  'storage.newer':
    'Arbeidsområdet ble lagret av en nyere versjon av appen (versjon {found}; denne kjenner til {known}) og åpnes ikke her. Det er ikke endret.',
} as const;

export type RobustMessages = { readonly [K in keyof typeof robustNb]: string };
