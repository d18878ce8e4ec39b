import type {
  ColumnDef,
  ColumnRole,
  HeadlineDef,
  PlanDocument,
  RowKind,
  TableDef,
  TableLayout,
} from "../catalog/plan-types";
import { DataProblem, FileChecker, isObject, Json } from "./data-checker";
import { parseFigure } from "../catalog/figure";

const ROLES: ColumnRole[] = ["serial", "name", "measure", "target", "actual", "text"];
const LAYOUTS: TableLayout[] = ["units", "indicators", "text"];
const ROW_KINDS_BY_LAYOUT: Record<TableLayout, RowKind[]> = {
  units: ["unit", "subtotal", "total", "reference"],
  indicators: ["indicator"],
  text: ["item"],
};

function validateColumns(check: FileChecker, table: Json, where: string): ColumnDef[] | null {
  const columns = table.columns;
  if (!Array.isArray(columns) || columns.length === 0) {
    check.report(where, `"columns" must be a non-empty list`);
    return null;
  }
  const before = check.problems.length;
  columns.forEach((item, index) => {
    const at = `${where} › column ${index + 1}`;
    const column = check.object(item, at);
    if (!column) return;
    check.text(column, "label", at);
    check.oneOf(column, "role", ROLES, at);
    if (column.role === "target" || column.role === "actual") check.year(column, "year", at);
    else if (column.year !== undefined)
      check.report(at, `only target and actual columns have a "year"`);
    check.notes(column, at);
  });
  if (check.problems.length > before) return null;
  const defs = columns as ColumnDef[];
  if (defs.filter((column) => column.role === "name").length !== 1) {
    check.report(where, 'a table needs exactly one column with role "name"');
    return null;
  }
  return defs;
}

function validateRow(
  check: FileChecker,
  item: unknown,
  at: string,
  table: TableDef,
  columns: ColumnDef[],
  indicators: ReadonlySet<string>
): void {
  const row = check.object(item, at);
  if (!row) return;
  check.oneOf(row, "kind", ROW_KINDS_BY_LAYOUT[table.layout], at);
  check.textList(row, "cells", at);
  if (!Array.isArray(row.cells) || row.cells.some((cell) => typeof cell !== "string")) return;
  const cells = row.cells as string[];
  if (cells.length !== columns.length) {
    check.report(at, `has ${cells.length} cells but the table has ${columns.length} columns`);
    return;
  }
  const name = cells[columns.findIndex((column) => column.role === "name")];
  const label = `${at} (${name})`;
  if (name.trim() === "") check.report(label, "the name cell is empty");
  if (row.group !== undefined) check.text(row, "group", label);
  check.text(row, "measure", label, { optional: true });
  if (row.kind === "indicator") check.indicatorRef(row, "indicator", label, indicators);
  else if (row.indicator !== undefined)
    check.report(label, `only indicator rows have an "indicator"`);
  columns.forEach((column, index) => {
    const cell = cells[index];
    if (cell !== cell.trim())
      check.report(`${label} › column ${column.label}`, "cell has surrounding spaces");
    if ((column.role === "target" || column.role === "actual") && parseFigure(cell) === null) {
      check.report(
        `${label} › column ${column.label}`,
        `"${cell}" is not a figure (a number, ≥n, n%, a range, / or -)`
      );
    }
  });
}

function validateTable(
  check: FileChecker,
  item: unknown,
  index: number,
  indicators: ReadonlySet<string>
): void {
  const where = `table ${index + 1}`;
  const table = check.object(item, where);
  if (!table) return;
  const before = check.problems.length;
  check.text(table, "id", where);
  check.text(table, "attachment", where);
  check.text(table, "title", where);
  check.oneOf(table, "layout", LAYOUTS, where);
  check.text(table, "measure", where, { optional: true });
  check.textList(table, "notes", where, true);
  if (table.layout === "units") check.indicatorRef(table, "indicator", where, indicators);
  if (check.problems.length > before) return;
  const def = table as unknown as TableDef;
  const at = `table ${def.id} (${def.attachment})`;
  const columns = validateColumns(check, table, at);
  if (!columns) return;
  if (!Array.isArray(table.rows) || table.rows.length === 0) {
    check.report(at, `"rows" must be a non-empty list`);
    return;
  }
  table.rows.forEach((row, rowIndex) =>
    validateRow(check, row, `${at} › row ${rowIndex + 1}`, def, columns, indicators)
  );
}

function validateHeadline(
  check: FileChecker,
  item: unknown,
  index: number,
  indicators: ReadonlySet<string>
): void {
  const where = `headline ${index + 1}`;
  const headline = check.object(item, where);
  if (!headline) return;
  check.indicatorRef(headline, "indicator", where, indicators);
  check.text(headline, "label", where);
  check.year(headline, "year", where, true);
  check.text(headline, "value", where);
  check.text(headline, "measure", where);
  if (typeof headline.qualifier !== "string")
    check.report(where, `"qualifier" must be a string, "" when the text uses none`);
  check.text(headline, "quote", where);
  const def = headline as unknown as HeadlineDef;
  if (typeof def.value === "string" && parseFigure(def.value) === null) {
    check.report(`${where} (${def.label})`, `"${def.value}" is not a figure`);
  }
}

/** Checks one plan file against the schema of plan-types.ts; the list is empty when the file is sound. */
export function validatePlan(
  file: string,
  data: unknown,
  indicators: ReadonlySet<string>
): DataProblem[] {
  const check = new FileChecker(file);
  const plan = check.object(data, "");
  if (!plan) return check.problems;
  check.text(plan, "id", "");
  check.text(plan, "source", "");
  check.text(plan, "issuer", "", { nullable: true });
  check.text(plan, "region", "");
  check.text(plan, "docNumber", "", { nullable: true });
  check.text(plan, "title", "");
  check.notes(plan, "");
  if (
    plan.date !== null &&
    (typeof plan.date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(plan.date))
  ) {
    check.report("", `"date" must be yyyy-mm-dd or null`);
  }
  if (typeof plan.region === "string" && !/[区县]$/.test(plan.region)) {
    check.report("", `"region" must end in 区 or 县 as the document writes it`);
  }
  if (!Array.isArray(plan.headlines)) check.report("", `"headlines" must be a list`);
  else
    plan.headlines.forEach((headline, index) =>
      validateHeadline(check, headline, index, indicators)
    );
  if (!Array.isArray(plan.tables)) check.report("", `"tables" must be a list`);
  else {
    plan.tables.forEach((table, index) => validateTable(check, table, index, indicators));
    const ids = plan.tables.map((table) => (isObject(table) ? table.id : undefined));
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index)
        check.report(`table ${index + 1}`, `table id ${JSON.stringify(id)} is used twice`);
    });
  }
  return check.problems;
}

/** Narrows after validation; only called on data that validatePlan found sound. */
export function asPlan(data: unknown): PlanDocument {
  return data as PlanDocument;
}
