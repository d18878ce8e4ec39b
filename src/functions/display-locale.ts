import { Locale, localeOf } from "../core/i18n/locale";

let language: string | undefined;
let locale: Locale = localeOf(undefined);

/**
 * The language of the messages a function returns: Office's display language, read at each call (it is a property
 * read; the mapping to a locale is redone only when the language changes).
 */
export function displayLocale(): Locale {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const current = office?.context?.displayLanguage;
  if (current !== language) {
    language = current;
    locale = localeOf(current);
  }
  return locale;
}
