/** The languages of the interface and of error messages: Chinese first, English for everyone else. */
export type Locale = "zh" | "en";

/** Chinese for zh-* display languages and for an unknown one; English for every other language. */
export function localeOf(language: string | undefined | null): Locale {
  if (!language) return "zh";
  return language.toLowerCase().startsWith("zh") ? "zh" : "en";
}
