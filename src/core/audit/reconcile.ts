import type { PlanDocument, RowDef, TableDef } from "../catalog/plan-types";
import { parseFigure } from "../catalog/figure";
import { rowName } from "../catalog/naming";

/** A stated subtotal or total that differs from the sum of the rows it covers. Published figures stay as they are. */
export interface Discrepancy {
  plan: PlanDocument;
  table: TableDef;
  /** Index of the stated row (小计 or 合计) and of the column. */
  row: number;
  column: number;
  rowLabel: string;
  columnLabel: string;
  year: number;
  stated: number;
  computed: number;
  /** What was summed: "units" (all unit rows, or the group's), or "subtotals". */
  basis: "units" | "subtotals";
}

/** Figures summed as numbers; "/" and "-" count as nothing. Rounded to drop binary noise from decimals. */
function sum(rows: RowDef[], column: number): number {
  const total = rows.reduce((acc, row) => acc + (parseFigure(row.cells[column])?.value ?? 0), 0);
  return Math.round(total * 1e6) / 1e6;
}

/** Compares every stated subtotal and total of a units table with the rows they cover. */
export function reconcileTable(plan: PlanDocument, table: TableDef): Discrepancy[] {
  if (table.layout !== "units") return [];
  const found: Discrepancy[] = [];
  const units = table.rows.filter((row) => row.kind === "unit");
  const subtotals = table.rows.filter((row) => row.kind === "subtotal");
  table.columns.forEach((column, columnIndex) => {
    if (column.role !== "target" && column.role !== "actual") return;
    const check = (row: RowDef, covered: RowDef[], basis: Discrepancy["basis"]): void => {
      const stated = parseFigure(row.cells[columnIndex])?.value;
      if (stated === null || stated === undefined) return;
      const computed = sum(covered, columnIndex);
      if (computed === stated) return;
      found.push({
        plan,
        table,
        row: table.rows.indexOf(row),
        column: columnIndex,
        rowLabel:
          row.kind === "subtotal" && row.group
            ? `${rowName(table, row)}（第${row.group}组）`
            : rowName(table, row),
        columnLabel: column.label.replace(/\n/g, ""),
        year: column.year as number,
        stated,
        computed,
        basis,
      });
    };
    for (const subtotal of subtotals) {
      check(
        subtotal,
        units.filter((unit) => unit.group === subtotal.group),
        "units"
      );
    }
    for (const total of table.rows.filter((row) => row.kind === "total")) {
      check(total, units, "units");
      if (subtotals.length > 0) check(total, subtotals, "subtotals");
    }
  });
  return found;
}

export function reconcilePlans(plans: readonly PlanDocument[]): Discrepancy[] {
  return plans.flatMap((plan) => plan.tables.flatMap((table) => reconcileTable(plan, table)));
}
