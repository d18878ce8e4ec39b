import type { FormulaCell } from "./layout-cells";

/** The namespace the manifest declares (Functions.Namespace); it is not translated. */
const NAMESPACE = "PLAN";

function argument(value: string | number): string {
  return typeof value === "number" ? String(value) : `"${value.replace(/"/g, '""')}"`;
}

/**
 * =PLAN.TARGET("江北区","高新技术企业",2023,"石马河街道","江北府办发〔2023〕38号") in every language: written through
 * `range.formulas`, whose syntax is the invariant (en-US) one whatever the user's locale, so "," separates the
 * arguments and the function is called by its id, which is also its name in every metadata file we ship.
 */
export function formulaText(cell: FormulaCell): string {
  return `=${NAMESPACE}.${cell.fn}(${cell.args.map(argument).join(",")})`;
}
