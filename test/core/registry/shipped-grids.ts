import type { PlanDocument, TableDef } from "../../../src/core/catalog/plan-types";
import { planLookup } from "../../../src/core/catalog/embedded";

/**
 * A shipped table as staff paste it from the document: the 附件 line, the title line, the header labels, the rows'
 * cells and the 备注 lines, as plain cells with none of our metadata (no roles, years, kinds, groups or indicators).
 */
export function pastedGrid(table: TableDef): string[][] {
  return [
    [table.attachment],
    [table.title],
    table.columns.map((column) => column.label),
    ...table.rows.map((row) => row.cells),
    ...(table.notes ?? []).map((note) => [note]),
  ];
}

/** Every table of every shipped document: the eight tables the registration must read back figure for figure. */
export function shippedTables(): { plan: PlanDocument; table: TableDef }[] {
  return planLookup().catalog.plans.flatMap((plan) =>
    plan.tables.map((table) => ({ plan, table }))
  );
}
