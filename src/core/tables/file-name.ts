import type { PlanDocument } from "../catalog/plan-types";
import type { TableChoice } from "./table-choice";

/** Characters Windows, macOS and WPS refuse in a file name. */
const UNSAFE = /[\\/:*?"<>|\s]+/g;

/**
 * "江北区_江北府办发〔2023〕38号_附件1 江北区高新技术企业培育目标任务分解表.xlsx": district, document number (or the catalog
 * id of a document without one) and table, so that two downloads never share a name and each says what it holds.
 */
export function downloadFileName(plan: PlanDocument, choice: TableChoice): string {
  const parts = [plan.region, plan.docNumber ?? plan.id, choice.label];
  return `${parts.map((part) => part.replace(UNSAFE, "_")).join("_")}.xlsx`;
}
