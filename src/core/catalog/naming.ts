import type { PlanDocument, RowDef, TableDef } from "./plan-types";

/*
 * How documents, rows and groups are named, in one place: the arguments that select them in a lookup and the
 * words that show them to a reader.
 */

/** What a `document` argument says to pick this document alone: its 文号, or its catalog id when it has none. */
export function documentArgument(plan: PlanDocument): string {
  return plan.docNumber ?? plan.id;
}

/** The document as a reader names it: its 文号, or its title in 《》 when it has none. */
export function documentLabel(plan: PlanDocument): string {
  return plan.docNumber ?? `《${plan.title}》`;
}

/** The column that holds each row's name (validation guarantees exactly one in every units table). */
export function nameColumn(table: TableDef): number {
  return table.columns.findIndex((column) => column.role === "name");
}

/** A row's name cell, as published. */
export function rowName(table: TableDef, row: RowDef): string {
  return row.cells[nameColumn(table)] ?? "";
}

/** Whether the table has several groups' 小计 rows, which the name alone cannot tell apart. */
export function hasGroupSubtotals(table: TableDef): boolean {
  return table.rows.filter((row) => row.kind === "subtotal").length > 1;
}

/** The name that picks one group's subtotal: "小计1" for 小计 of group 1. */
export function groupSubtotalName(name: string, group: string | undefined): string {
  return `${name}${group ?? ""}`;
}

/** Another way staff write it: "第1组小计". */
export function groupSubtotalAlias(group: string | undefined): string {
  return `第${group ?? ""}组小计`;
}
