import type { Fact } from "../catalog/catalog";
import { documentArgument, groupSubtotalName, hasGroupSubtotals, rowName } from "../catalog/naming";
import type { PlanDocument, RowDef, TableDef } from "../catalog/plan-types";
import type { PlanLookup } from "../lookup/plan-lookup";
import type { FormulaCell } from "./layout-cells";

/** A table resolved for layout: its document, its definition, its title, which columns hold numbers. */
export interface ResolvedTable {
  plan: PlanDocument;
  table: TableDef;
  title: string;
  numeric: boolean[];
}

/** The unit argument that makes a lookup land on this row: its name, 小计<group> when groups share the name, or none. */
function unitArgument(table: TableDef, row: RowDef): string {
  const name = rowName(table, row);
  switch (row.kind) {
    case "unit":
    case "reference":
      return name;
    case "subtotal":
      return hasGroupSubtotals(table) ? groupSubtotalName(name, row.group) : name;
    default:
      return "";
  }
}

/**
 * The formula for a figure, kept only when the catalog answers it with this very cell: a formula that fell on
 * another document's or another row's figure would silently change the published table.
 */
export function formulaFor(
  lookup: PlanLookup,
  resolved: ResolvedTable,
  rowIndex: number,
  columnIndex: number
): FormulaCell | null {
  const { plan, table } = resolved;
  const row = table.rows[rowIndex];
  const column = table.columns[columnIndex];
  const indicatorId = table.layout === "units" ? table.indicator : row.indicator;
  if (!indicatorId || table.layout === "text") return null;
  const indicator = lookup.catalog.indicator(indicatorId).zh;
  const unit = unitArgument(table, row);
  const document = documentArgument(plan);
  const query = { region: plan.region, indicator, unit: unit || null, document };
  let fact: Fact;
  try {
    fact =
      column.role === "target"
        ? lookup.target({ ...query, year: column.year as number })
        : lookup.baseline(query);
  } catch {
    return null;
  }
  if (
    fact.table !== table ||
    fact.row !== rowIndex ||
    fact.column !== columnIndex ||
    fact.figure.value === null
  )
    return null;
  const args =
    column.role === "target"
      ? [plan.region, indicator, column.year as number, unit, document]
      : [plan.region, indicator, unit, document];
  return { fn: column.role === "target" ? "TARGET" : "BASELINE", args, value: fact.figure.value };
}
