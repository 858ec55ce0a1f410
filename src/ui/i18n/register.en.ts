/** English strings for the optional Enhetsregisteret lookup (keys as register.nb.ts). */
import type { RegisterMessages } from './register.nb';

export const registerEn: RegisterMessages = {
  'register.title': 'Enhetsregisteret',
  'register.intro':
    "Optional: look the organisation numbers up in the Brønnøysund Register Centre's Central Coordinating Register (Enhetsregisteret) for registered name, organisation form, industry (NACE) code, employees and the business address municipality. Organisations the lists do not place are placed by their business address.",
  'register.toggle': 'Look up in Enhetsregisteret',
  'register.off': 'Off. Nothing leaves the browser.',
  'register.consentTitle': 'What leaves the browser',
  'register.consentText':
    'The organisation numbers (not names or any other information) are sent to the Brønnøysund Register Centre, data.brreg.no.',
  'register.consentCache':
    'The answers are kept in this browser, so the same numbers are not sent again. You confirm again each time you open the page.',
  'register.consentAccept': 'I understand, turn it on',
  'register.consentDecline': 'Cancel',
  'register.on': 'On: the organisation numbers are sent to data.brreg.no when you look them up.',
  'register.lookup.one': 'Look up {n} organisation number',
  'register.lookup.other': 'Look up {n} organisation numbers',
  'register.unplacedHint': '{count} of them have no county in the lists.',
  'register.noNumbers': 'The lists have no organisation numbers to look up.',
  'register.allDone': 'Every organisation number has been looked up.',
  'register.progress': 'Looked up {done} of {total}',
  'register.cancel': 'Cancel',
  'register.cancelled': 'Cancelled. The answers that came are kept.',
  'register.summary': 'Found: {found}. Removed: {gone}. Not in the register: {notFound}.',
  'register.requests': '{cached} from saved answers, {requests} requests to data.brreg.no.',
  'register.placed.one': '{n} organisation got its county from the register.',
  'register.placed.other': '{n} organisations got their county from the register.',
  'register.applying': 'Applying the answers …',
  'register.applyFailed': 'The answers could not be applied: {message}',
  'register.numbers.one': '{n} number',
  'register.numbers.other': '{n} numbers',
  'register.error.http': 'Enhetsregisteret answered {status} for {count}; try again later.',
  'register.error.network':
    'Could not reach Enhetsregisteret for {count}; check the network connection and try again.',
  'register.error.timeout':
    'Enhetsregisteret did not answer within {seconds} seconds for {count}; try again later.',
  'register.error.badResponse':
    'Unexpected answer from Enhetsregisteret for {count}; try again later.',
  'register.results': 'Answers from Enhetsregisteret ({count})',
  'register.col.listName': 'Name in the lists',
  'register.col.orgNumber': 'Org. no.',
  'register.col.registeredName': 'Registered name',
  'register.col.orgForm': 'Form',
  'register.col.nace': 'Industry code',
  'register.col.employees': 'Employees',
  'register.col.municipality': 'Municipality',
  'register.col.county': 'County now',
  'register.facts': 'In Enhetsregisteret',
  'register.deleted': 'removed {date}',
  'register.showMore': 'Show {count} more',
};
