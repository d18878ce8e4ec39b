import type { FormulaCell } from "../../core/tables/layout-cells";
import type { Locale } from "../../core/i18n/locale";
import zhCnNames from "../../functions/functions.zh-cn.json";

/** The namespace the manifest declares (Functions.Namespace); it is not translated. */
const NAMESPACE = "PLAN";

/** The names Excel shows for our functions: the ids in English, the translated names in a zh-CN Excel. */
const FUNCTION_NAMES: Record<Locale, Record<FormulaCell["fn"], string>> = {
  en: { TARGET: "TARGET", BASELINE: "BASELINE" },
  zh: { TARGET: zhCnNames.TARGET.name, BASELINE: zhCnNames.BASELINE.name },
};

function argument(value: string | number): string {
  return typeof value === "number" ? String(value) : `"${value.replace(/"/g, '""')}"`;
}

/**
 * =PLAN.TARGET("江北区","高新技术企业",2023,"石马河街道","江北府办发〔2023〕38号"), or with the zh-CN names.
 * Arguments are quoted text and whole numbers joined by ",", which reads the same in the invariant (formulas)
 * and the zh-CN local (formulasLocal) syntax.
 */
export function formulaText(cell: FormulaCell, locale: Locale): string {
  return `=${NAMESPACE}.${FUNCTION_NAMES[locale][cell.fn]}(${cell.args.map(argument).join(",")})`;
}
