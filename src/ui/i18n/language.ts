/**
 * The UI's language type. Its one definition sits in the domain (the store and the report tables
 * need it too, and they may not import the UI); this is where the UI takes it from.
 */
export { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '../../domain/i18n/language';
