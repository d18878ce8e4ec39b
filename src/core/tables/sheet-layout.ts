import type { PlanDocument, RowDef, RowKind, TableDef } from "../catalog/plan-types";
import type { Locale } from "../i18n/locale";
import type { PlanLookup } from "../lookup/plan-lookup";
import { citeDocument, citeTable } from "../catalog/citation";
import { reconcileTable } from "../audit/reconcile";
import { describeDiscrepancy } from "../audit/reconcile-text";
import { GENERAL_FORMAT, LayoutCell, numberFormatFor, TEXT_FORMAT } from "./layout-cells";
import { formulaFor, ResolvedTable } from "./layout-formulas";
import { HEADLINES_ID, headlinesTable, tableLabel } from "./table-choice";

/** What a row of the laid-out block is, which decides its style. */
export type RowRole = "title" | "measure" | "source" | "header" | RowKind | "blank" | "note";

export interface LayoutOptions {
  locale: Locale;
  /** "formulas": target and actual figures become PLAN.TARGET / PLAN.BASELINE calls that return them. */
  mode: "values" | "formulas";
  /** Put the table's reconciliation notes as rows under it. */
  footnotes: boolean;
}

/** A table ready to write: a rectangular block of cells, what each row is, and each cell's number format. */
export interface SheetLayout {
  /** Identifies the table across inserts: document id and table id. */
  key: string;
  /** Name for a sheet of its own (not yet shortened or made unique). */
  name: string;
  cells: LayoutCell[][];
  roles: RowRole[];
  numberFormats: string[][];
  /** Row index of the header; the body runs to bodyEnd (exclusive), the Excel table to tableEnd. */
  headerRow: number;
  bodyEnd: number;
  tableEnd: number;
  width: number;
  /**
   * Whether the block gets an Excel table: unique, non-empty header labels, and the units in one run. Sorting or
   * filtering must never mix 小计, 合计 or reference rows with the units: the table stops before a trailing 合计,
   * and a table whose groups have 小计 between them gets none (its summary rows are styled apart instead).
   */
  tableAllowed: boolean;
  /** Reconciliation notes, in the layout's language, whether or not they are in the block. */
  discrepancies: string[];
}

const PLAIN_NUMBER = /^\d+(\.\d+)?$/;
const SUMMARY_ROWS = new Set<RowKind>(["subtotal", "total", "reference"]);

function formatOf(cell: LayoutCell, published: string, measure: string): string {
  if (cell === "") return GENERAL_FORMAT;
  if (typeof cell === "string") return TEXT_FORMAT;
  return numberFormatFor(published, measure);
}

function resolve(plan: PlanDocument, tableId: string, locale: Locale): ResolvedTable {
  if (tableId === HEADLINES_ID) {
    const table = headlinesTable(plan, locale);
    return {
      plan,
      table,
      title: table.title,
      numeric: [false, true, true, false, false],
    };
  }
  const table = plan.tables.find((candidate) => candidate.id === tableId);
  if (!table) throw new Error(`${plan.id} has no table ${tableId}`);
  const numeric = table.columns.map((column) =>
    ["serial", "target", "actual"].includes(column.role)
  );
  return { plan, table, title: tableLabel(table), numeric };
}

function measureOf(table: TableDef, row: RowDef): string {
  const column = table.columns.findIndex((candidate) => candidate.role === "measure");
  return (column >= 0 ? row.cells[column] : (row.measure ?? table.measure)) ?? "";
}

function bodyCell(
  lookup: PlanLookup,
  resolved: ResolvedTable,
  rowIndex: number,
  columnIndex: number,
  options: LayoutOptions
): LayoutCell {
  const published = resolved.table.rows[rowIndex].cells[columnIndex];
  if (!resolved.numeric[columnIndex] || !PLAIN_NUMBER.test(published)) return published;
  const role = resolved.table.columns[columnIndex].role;
  if (options.mode === "formulas" && (role === "target" || role === "actual")) {
    const formula = formulaFor(lookup, resolved, rowIndex, columnIndex);
    if (formula) return formula;
  }
  return Number(published);
}

function sourceLine(lookup: PlanLookup, resolved: ResolvedTable, locale: Locale): string {
  const { plan, table } = resolved;
  const where =
    table.id === HEADLINES_ID ? (locale === "zh" ? "正文" : ", text") : citeTable(table);
  const cite = `${citeDocument(plan, locale, lookup.catalog.isRegistered(plan))}${locale === "en" && table.id !== HEADLINES_ID ? ", " : ""}${where}`;
  return locale === "zh" ? `来源：${cite}` : `Source: ${cite}`;
}

function measureLine(table: TableDef, locale: Locale): string | null {
  if (!table.measure) return null;
  return locale === "zh" ? `单位：${table.measure}` : `Unit: ${table.measure}`;
}

/** How many rows come before the summary rows, or 0 when a summary row comes between units. */
function leadingUnitRun(table: TableDef): number {
  const first = table.rows.findIndex((row) => SUMMARY_ROWS.has(row.kind));
  if (first < 0) return table.rows.length;
  return table.rows.slice(first).every((row) => SUMMARY_ROWS.has(row.kind)) ? first : 0;
}

function uniqueLabels(labels: string[]): boolean {
  return labels.every((label) => label.trim() !== "") && new Set(labels).size === labels.length;
}

/**
 * How the data file reads what the document leaves unsaid (a year column whose header does not say "actual", a
 * title the text does not print): shown with the table, so no reading of ours passes for the document's own words.
 */
function readingNotes(plan: PlanDocument, table: TableDef, locale: Locale): string[] {
  const zh = locale === "zh";
  const columns = table.columns
    .filter((column) => column.note)
    .map((column) => {
      const label = column.label.replace(/\n/g, "");
      return zh
        ? `数据说明：“${label}”列——${column.note}`
        : `Data note, column “${label}”: ${column.note}`;
    });
  const document = plan.note ? [zh ? `数据说明：${plan.note}` : `Data note: ${plan.note}`] : [];
  return [...document, ...columns];
}

/** Lays out one table of a document (or its headline targets) as the block of cells an insert or export writes. */
export function layoutTable(
  lookup: PlanLookup,
  plan: PlanDocument,
  tableId: string,
  options: LayoutOptions
): SheetLayout {
  const resolved = resolve(plan, tableId, options.locale);
  const { table } = resolved;
  const width = table.columns.length;
  const cells: LayoutCell[][] = [];
  const roles: RowRole[] = [];
  const formats: string[][] = [];
  const pad = (first: string): string[] => [first, ...Array<string>(width - 1).fill("")];
  const addLine = (role: RowRole, text: string): void => {
    cells.push(pad(text));
    roles.push(role);
    formats.push([
      text === "" ? GENERAL_FORMAT : TEXT_FORMAT,
      ...Array<string>(width - 1).fill(GENERAL_FORMAT),
    ]);
  };

  addLine("title", resolved.title);
  const measure = measureLine(table, options.locale);
  if (measure) addLine("measure", measure);
  addLine("source", sourceLine(lookup, resolved, options.locale));
  const headerRow = cells.length;
  cells.push(table.columns.map((column) => column.label));
  roles.push("header");
  formats.push(table.columns.map(() => TEXT_FORMAT));
  table.rows.forEach((row, rowIndex) => {
    const rowCells = row.cells.map((_, columnIndex) =>
      bodyCell(lookup, resolved, rowIndex, columnIndex, options)
    );
    // A headline's year is a number but no amount: it takes no thousands separator from the row's 亿元.
    const rowMeasure = measureOf(table, row);
    const measureAt = (column: number) =>
      table.id === HEADLINES_ID && column === 1 ? "" : rowMeasure;
    cells.push(rowCells);
    roles.push(row.kind);
    formats.push(
      rowCells.map((cell, columnIndex) =>
        formatOf(cell, row.cells[columnIndex], measureAt(columnIndex))
      )
    );
  });
  const bodyEnd = cells.length;
  const unitRun = leadingUnitRun(table);
  const discrepancies = reconcileTable(plan, table).map((found) =>
    describeDiscrepancy(found, options.locale)
  );
  const notes = [
    ...(table.notes ?? []),
    ...readingNotes(plan, table, options.locale),
    ...(options.footnotes ? discrepancies : []),
  ];
  if (notes.length > 0) {
    addLine("blank", "");
    for (const note of notes) addLine("note", note);
  }
  return {
    key: `${plan.id}/${table.id}`,
    name: resolved.title,
    cells,
    roles,
    numberFormats: formats,
    headerRow,
    bodyEnd,
    width,
    tableEnd: headerRow + 1 + unitRun,
    tableAllowed: uniqueLabels(table.columns.map((column) => column.label)) && unitRun > 0,
    discrepancies,
  };
}
