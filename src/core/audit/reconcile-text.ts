import type { Discrepancy } from "./reconcile";
import type { Locale } from "../i18n/locale";

const BASIS = {
  zh: { units: "各单位相加", subtotals: "各小计相加" },
  en: { units: "the units add up to", subtotals: "the subtotals add up to" },
};

/** Rounded like the sum in reconcile.ts, so the difference shows no binary noise. */
function difference(discrepancy: Discrepancy): number {
  return Math.round((discrepancy.stated - discrepancy.computed) * 1e6) / 1e6;
}

/** One line a reader can check against the document: which row and column, what is printed, what the rows sum to. */
export function describeDiscrepancy(discrepancy: Discrepancy, locale: Locale): string {
  const { rowLabel, columnLabel, stated, computed, basis } = discrepancy;
  const diff = difference(discrepancy);
  return locale === "zh"
    ? `核对：“${rowLabel}”行“${columnLabel}”列原文为 ${stated}，${BASIS.zh[basis]}为 ${computed}（相差 ${diff}），数据按原文保留。`
    : `Check: row “${rowLabel}”, column “${columnLabel}” prints ${stated}; ${BASIS.en[basis]} ${computed} (difference ${diff}). The published figure is kept.`;
}
