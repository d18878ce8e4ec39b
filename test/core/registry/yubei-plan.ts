import type { PlanDocument } from "../../../src/core/catalog/plan-types";
import { readGrid } from "../../../src/core/registry/read-grid";
import { planFromReading } from "../../../src/core/registry/to-plan";
import { pastedGrid, shippedTables } from "./shipped-grids";

/** The details a user gives when registering 江北区's 高企 table as a 渝北区 document the catalog does not ship. */
export const YUBEI_META = {
  region: "渝北区",
  indicator: "high-tech-enterprises",
  measure: "家",
  docNumber: "渝北测试〔2023〕1号",
  date: "2023-06-09",
  title: "测试用分解表",
  issuer: null,
  attachment: "附件1",
  tableTitle: "江北区高新技术企业培育目标任务分解表",
};

/** That table as pasted and registered: a plan the official catalog does not have. */
export function yubeiPlan(): PlanDocument {
  const { table } = shippedTables().find(
    (item) => item.table.indicator === "high-tech-enterprises"
  )!;
  return planFromReading(readGrid(pastedGrid(table), { documentYear: 2023 }), YUBEI_META);
}
