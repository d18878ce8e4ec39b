import type { Fact } from "../catalog/catalog";
import { citeFact, registeredMark } from "../catalog/citation";
import type { Locale } from "../i18n/locale";
import type { WorkbookRegistry } from "./registry";

/**
 * A figure's citation that never passes a registered plan off as official: one registered in this workbook says so,
 * with who registered it, when and which revision, before the document, table, row and column it was read from.
 */
export function citeWithRegistry(fact: Fact, registry: WorkbookRegistry, locale: Locale): string {
  const entry = registry.plans.find((candidate) => candidate.plan.id === fact.plan.id);
  const cited = citeFact(fact, locale);
  if (!entry) return cited;
  const day = entry.registeredAt.slice(0, 10);
  const detail =
    locale === "zh"
      ? `${entry.registeredBy}登记于 ${day}，第 ${entry.revision} 版`
      : `by ${entry.registeredBy} on ${day}, revision ${entry.revision}`;
  return `${registeredMark(locale, detail)}${cited}`;
}
