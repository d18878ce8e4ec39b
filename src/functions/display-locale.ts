import { Locale, localeOf } from "../core/i18n/locale";

/** The language of the messages a function returns: Office's display language, read at each call. */
export function displayLocale(): Locale {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return localeOf(office?.context?.displayLanguage);
}
