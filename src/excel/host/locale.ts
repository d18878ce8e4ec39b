import { Locale, localeOf } from "../../core/i18n/locale";

/** Office's display language, when running inside Office; Chinese otherwise. */
export function officeLocale(): Locale {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return localeOf(office?.context?.displayLanguage);
}
