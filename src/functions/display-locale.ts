import { Locale, localeOf } from "../core/i18n/locale";

let language: string | undefined;
let locale: Locale = localeOf(undefined);
/** Office.context once found: reading the global object on every call costs more than the rest of a cached call. */
let context: { displayLanguage?: string } | undefined;

/**
 * The language of the messages a function returns: Office's display language, read at each call (a property read;
 * the mapping to a locale is redone only when the language changes).
 */
export function displayLocale(): Locale {
  context ??= (globalThis as { Office?: typeof Office }).Office?.context;
  const current = context?.displayLanguage;
  if (current !== language) {
    language = current;
    locale = localeOf(current);
  }
  return locale;
}
