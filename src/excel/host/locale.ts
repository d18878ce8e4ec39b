import type { Locale } from "../../core/lookup/lookup-error";

/** Chinese first: zh-* display languages and anything unknown get Chinese; other languages get English. */
export function localeOf(language: string | undefined | null): Locale {
  if (!language) return "zh";
  return language.toLowerCase().startsWith("zh") ? "zh" : "en";
}

/** Office's display language, when running inside Office; Chinese otherwise. */
export function officeLocale(): Locale {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return localeOf(office?.context?.displayLanguage);
}
