import type { ColumnDef } from "../catalog/plan-types";
import { parseFigure } from "../catalog/figure";
import { readHeader } from "../fill/header-year";
import { normalizeName } from "../lookup/text";

/** A pasted cell as text, trimmed: numbers as Excel shows them, empty cells as "". */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  return String(cell).trim();
}

export function isFigureCell(text: string): boolean {
  return text !== "" && parseFigure(text) !== null;
}

/**
 * A column's role from its header, as a maintainer reads it: "序号" a serial, "单位" a unit of measure, a header
 * with a year a target or actual for that year. A bare year ("2022年") before the document's year is that year's
 * actual figure, the document's year and later a target; the same reading the shipped data files note.
 */
export function columnOf(label: string, documentYear: number | null): ColumnDef {
  const text = normalizeName(label);
  if (/^(序号|编号|no\.?)$/.test(text)) return { label, role: "serial" };
  if (/^(计量)?单位$/.test(text)) return { label, role: "measure" };
  const reading = readHeader(label);
  if (!reading) return { label, role: "text" };
  const role =
    reading.role ?? (documentYear !== null && reading.year < documentYear ? "actual" : "target");
  return { label, role, year: reading.year };
}

/**
 * The name column: the first column that is neither serial, measure nor figures and whose data cells are mostly text.
 * -1 when there is none.
 */
export function nameColumnOf(columns: readonly ColumnDef[], rows: readonly string[][]): number {
  return columns.findIndex((column, index) => {
    if (column.role !== "text") return false;
    const cells = rows.map((row) => row[index]).filter((cell) => cell !== "");
    return (
      cells.length > 0 && cells.filter((cell) => !isFigureCell(cell)).length * 2 > cells.length
    );
  });
}

/** Header labels from one or two header rows; a merged cell pasted into its first column is carried right. */
export function headerLabels(
  first: readonly string[],
  second: readonly string[] | undefined,
  width: number
): string[] {
  if (second === undefined) return Array.from({ length: width }, (_, c) => first[c] ?? "");
  let carried = "";
  return Array.from({ length: width }, (_, c) => {
    const top = first[c] ?? "";
    const bottom = second[c] ?? "";
    if (top !== "") carried = top;
    if (bottom === "") return top;
    return top === "" && carried !== "" ? `${carried}${bottom}` : `${top}${bottom}`;
  });
}
