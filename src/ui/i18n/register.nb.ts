/**
 * Bokmål strings for the optional Enhetsregisteret lookup. Spread into nb.ts; register.en.ts
 * has the same keys (its type makes a missing or extra key an error).
 */
export const registerNb = {
  'register.title': 'Enhetsregisteret',
  'register.intro':
    'Valgfritt: slå opp organisasjonsnumrene i Brønnøysundregistrenes Enhetsregister og få registrert navn, organisasjonsform, næringskode, antall ansatte og kommunen for forretningsadressen. Organisasjoner som listene ikke plasserer, plasseres etter forretningsadressen.',
  'register.toggle': 'Slå opp i Enhetsregisteret',
  'register.off': 'Av. Ingenting sendes ut av nettleseren.',
  'register.consentTitle': 'Dette sendes ut av nettleseren',
  'register.consentText':
    'Organisasjonsnumrene (ikke navn eller annen informasjon) sendes til Brønnøysundregistrene, data.brreg.no.',
  'register.consentCache':
    'Svarene lagres i denne nettleseren, så de samme numrene ikke sendes på nytt. Du må bekrefte på nytt hver gang du åpner siden.',
  'register.consentAccept': 'Jeg forstår, slå på',
  'register.consentDecline': 'Avbryt',
  'register.on': 'På: organisasjonsnumrene sendes til data.brreg.no når du slår opp.',
  'register.lookup.one': 'Slå opp {n} organisasjonsnummer',
  'register.lookup.other': 'Slå opp {n} organisasjonsnumre',
  'register.unplacedHint': '{count} av dem er uten fylke i listene.',
  'register.noNumbers': 'Listene har ingen organisasjonsnumre å slå opp.',
  'register.allDone': 'Alle organisasjonsnumrene er slått opp.',
  'register.progress': 'Slått opp {done} av {total}',
  'register.cancel': 'Avbryt',
  'register.cancelled': 'Avbrutt. Svarene som kom, er tatt vare på.',
  'register.summary': 'Funnet: {found}. Slettet: {gone}. Ikke i registeret: {notFound}.',
  'register.requests': '{cached} fra lagrede svar, {requests} forespørsler til data.brreg.no.',
  'register.placed.one': '{n} organisasjon fikk fylke fra registeret.',
  'register.placed.other': '{n} organisasjoner fikk fylke fra registeret.',
  'register.applying': 'Bruker svarene …',
  'register.applyFailed': 'Svarene kunne ikke brukes: {message}',
  'register.numbers.one': '{n} nummer',
  'register.numbers.other': '{n} numre',
  'register.error.http': 'Enhetsregisteret svarte {status} for {count}; prøv igjen senere.',
  'register.error.network':
    'Fikk ikke kontakt med Enhetsregisteret for {count}; sjekk nettforbindelsen og prøv igjen.',
  'register.error.timeout':
    'Enhetsregisteret svarte ikke innen {seconds} sekunder for {count}; prøv igjen senere.',
  'register.error.badResponse': 'Uventet svar fra Enhetsregisteret for {count}; prøv igjen senere.',
  'register.results': 'Svar fra Enhetsregisteret ({count})',
  'register.col.listName': 'Navn i listene',
  'register.col.orgNumber': 'Org.nr.',
  'register.col.registeredName': 'Registrert navn',
  'register.col.orgForm': 'Org.form',
  'register.col.nace': 'Næringskode',
  'register.col.employees': 'Ansatte',
  'register.col.municipality': 'Kommune',
  'register.col.county': 'Fylke nå',
  'register.facts': 'I Enhetsregisteret',
  'register.deleted': 'slettet {date}',
  'register.showMore': 'Vis {count} til',
} as const;

export type RegisterMessageKey = keyof typeof registerNb;

export type RegisterMessages = { readonly [K in RegisterMessageKey]: string };
