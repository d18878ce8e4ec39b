import type { ColumnDef, PlanDocument, RowDef, RowKind, TableDef } from "../catalog/plan-types";
import type { GridReading } from "./read-grid";

/** What the text of a pasted table cannot say, asked of the user. */
export interface PlanMeta {
  region: string;
  /** The indicator id of a table whose rows are units. */
  indicator: string | null;
  /** Unit of measure printed with the table (家, 万元), or null. */
  measure: string | null;
  docNumber: string | null;
  /** yyyy-mm-dd, or null when the document bears no date. */
  date: string | null;
  /** The document's title. */
  title: string;
  issuer: string | null;
  /** 附件1 / 表2, and the table's own title. */
  attachment: string;
  tableTitle: string;
}

/** The user's corrections to the reading, by column and row index of the reading. */
export interface Corrections {
  columns?: Record<number, Omit<ColumnDef, "label">>;
  rowKinds?: Record<number, RowKind>;
  rowIndicators?: Record<number, string>;
}

/** A stable id for the document, so that registering another table of it, or a correction, adds to the same plan. */
export function workbookPlanId(meta: Pick<PlanMeta, "region" | "docNumber" | "title">): string {
  const key = `${meta.region}|${meta.docNumber ?? ""}|${meta.title}`;
  let hash = 2166136261;
  for (const char of key) hash = Math.imul(hash ^ (char.codePointAt(0) as number), 16777619);
  return `workbook-${(hash >>> 0).toString(16).padStart(8, "0")}`;
}

/** "全社会研发投入强度（%）": the row's unit of measure, when the table has no 单位 column. */
function measureInName(name: string): string | undefined {
  return /[（(]([^（）()]+)[）)]$/.exec(name)?.[1];
}

function rowOf(row: RowDef, index: number, columns: ColumnDef[], corrections: Corrections): RowDef {
  const kind = corrections.rowKinds?.[index] ?? row.kind;
  const out: RowDef = { kind, cells: row.cells };
  if (row.group !== undefined && (kind === "unit" || kind === "subtotal")) out.group = row.group;
  if (kind === "indicator") {
    const indicator = corrections.rowIndicators?.[index] ?? row.indicator;
    if (indicator) out.indicator = indicator;
    const name = row.cells[columns.findIndex((column) => column.role === "name")] ?? "";
    const measure = columns.some((column) => column.role === "measure")
      ? undefined
      : measureInName(name);
    if (measure) out.measure = measure;
  }
  return out;
}

/**
 * The table as the data files write it, added to `existing` (another table of the same document) or to a new
 * document. The source file is named after the id: a maintainer puts the document's text there before shipping it.
 */
export function planFromReading(
  reading: GridReading,
  meta: PlanMeta,
  corrections: Corrections = {},
  existing: PlanDocument | null = null
): PlanDocument {
  const id = workbookPlanId(meta);
  const columns = reading.columns.map((column, index) => {
    const fixed = corrections.columns?.[index];
    return fixed ? { label: column.label, ...fixed } : column;
  });
  const rows = reading.rows.map((row, index) => rowOf(row, index, columns, corrections));
  const replaced = existing?.tables.find((table) => table.attachment === meta.attachment);
  const others = (existing?.tables ?? []).filter((table) => table !== replaced);
  const table: TableDef = {
    id: replaced?.id ?? freeTableId(others),
    attachment: meta.attachment,
    title: meta.tableTitle,
    layout: reading.layout,
    ...(reading.layout === "units" && meta.indicator ? { indicator: meta.indicator } : {}),
    ...(meta.measure ? { measure: meta.measure } : {}),
    columns,
    rows,
    ...(reading.notes.length > 0 ? { notes: reading.notes } : {}),
  };
  return {
    id,
    source: `${id}.txt`,
    issuer: meta.issuer,
    region: meta.region,
    docNumber: meta.docNumber,
    date: meta.date,
    title: meta.title,
    headlines: existing?.headlines ?? [],
    tables: [...others, table],
  };
}

function freeTableId(tables: readonly TableDef[]): string {
  let n = tables.length + 1;
  while (tables.some((table) => table.id === `t${n}`)) n++;
  return `t${n}`;
}
