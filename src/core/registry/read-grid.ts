import type { ColumnDef, RowDef, TableLayout } from "../catalog/plan-types";
import { normalizeName } from "../lookup/text";
import { GridError, MAX_CELL_CHARS, MAX_GRID_CELLS } from "./grid-error";
import { cellText, columnOf, headerLabels, isFigureCell, nameColumnOf } from "./grid-columns";

/** What the add-in understood of a pasted table; every part of it may be corrected by the user before registering. */
export interface GridReading {
  /** A title line above the header, when the paste has one. */
  title: string | null;
  /** 0-based grid rows: the header rows, and where the table's rows start. */
  headerRows: number[];
  layout: TableLayout;
  columns: ColumnDef[];
  rows: RowDef[];
  /** The grid row of each of `rows`, for messages that name the row the user sees. */
  sourceRows: number[];
  /** 备注/注 lines under the table, verbatim. */
  notes: string[];
}

export interface GridOptions {
  /** The year of the document's date: bare year headers before it are actual figures. */
  documentYear: number | null;
  /** The indicator id a row's name stands for, for tables whose rows are indicators; null when none. */
  indicatorOf?: (name: string) => string | null;
}

const TOTAL = /^(合计|总计|全[区县]合计)$/;
const SUBTOTAL = /^小计/;
const NOTE = /^(备注|注)[:：]/;
/** %, 家, 亿元, 万元, 件/万人: what a unit-of-measure column holds. */
const MEASURE = /^(%|‰|.{0,2}[个家件项人元台套所座吨米次]|[^/]{1,3}\/[^/]{1,3})$/;

function filled(row: readonly string[]): number {
  return row.filter((cell) => cell !== "").length;
}

/** The header is the first row with two or more cells; a second one follows when it holds no figure and 序号 is blank. */
function findHeader(grid: string[][]): number[] {
  const first = grid.findIndex((row) => filled(row) >= 2);
  if (first < 0) return [];
  const next = grid[first + 1];
  const second =
    next !== undefined &&
    filled(next) > 0 &&
    !next.some(isFigureCell) &&
    (next[0] === "" || next[1] === "") &&
    next.some((cell) => /年|目标|实际|完成|数/.test(cell));
  return second ? [first, first + 1] : [first];
}

/** Units, 小计 (each closing a group), 合计, and reference rows (市级下达目标): rows without a serial among rows with one. */
function kindsAndGroups(
  rows: string[][],
  columns: ColumnDef[],
  name: number,
  layout: TableLayout,
  indicatorOf: GridOptions["indicatorOf"]
): RowDef[] {
  const serial = columns.findIndex((column) => column.role === "serial");
  const hasGroups = rows.some((row) => SUBTOTAL.test(normalizeName(row[name])));
  let group = 1;
  return rows.map((cells) => {
    if (layout === "text") return { kind: "item", cells };
    if (layout === "indicators") {
      const indicator = indicatorOf?.(cells[name]);
      return indicator ? { kind: "indicator", cells, indicator } : { kind: "indicator", cells };
    }
    const text = normalizeName(cells[name]);
    if (TOTAL.test(text)) return { kind: "total", cells };
    if (SUBTOTAL.test(text)) return { kind: "subtotal", cells, group: String(group++) };
    if (serial >= 0 && cells[serial] === "") return { kind: "reference", cells };
    return hasGroups ? { kind: "unit", cells, group: String(group) } : { kind: "unit", cells };
  });
}

/** The pasted cells as text, refused before any is read when there are more than MAX_GRID_CELLS or one is too long. */
function gridOf(pasted: readonly (readonly unknown[])[]): string[][] {
  const cells = pasted.reduce((count, row) => count + row.length, 0);
  if (cells > MAX_GRID_CELLS) throw new GridError({ reason: "too-large", cells });
  return pasted.map((row, r) =>
    row.map((cell, c) => {
      const text = cellText(cell);
      if (text.length > MAX_CELL_CHARS)
        throw new GridError({
          reason: "cell-too-long",
          row: r + 1,
          column: c + 1,
          length: text.length,
        });
      return text;
    })
  );
}

/**
 * Reads a table as pasted from Word, WPS or a PDF: an optional title line, one or two header rows, then rows
 * until the first blank row or 备注 line. Cells are kept exactly as pasted (trimmed); nothing is summed or fixed.
 * A selection that is not such a table (no header of two cells, no row under it, too many cells or too long a cell)
 * is a GridError.
 */
export function readGrid(
  pasted: readonly (readonly unknown[])[],
  options: GridOptions
): GridReading {
  const grid = gridOf(pasted);
  const width = grid.reduce((widest, row) => Math.max(widest, row.length), 0);
  const headerRows = findHeader(grid);
  if (headerRows.length === 0) throw new GridError({ reason: "no-header" });
  const top = headerRows[0];
  const titles = grid
    .slice(0, top)
    .filter(
      (row) => filled(row) === 1 && !/^附件|^表\s*\d/.test(row.find((cell) => cell !== "") ?? "")
    );
  const labels = headerLabels(
    grid[top],
    headerRows.length > 1 ? grid[headerRows[1]] : undefined,
    width
  );
  const columns = labels.map((label) => columnOf(label, options.documentYear));
  const start = top + headerRows.length;
  const sourceRows: number[] = [];
  const body: string[][] = [];
  const notes: string[] = [];
  // The table ends at its first blank row or 备注 line; only 备注 lines are read after it.
  let ended = false;
  for (let row = start; row < grid.length; row++) {
    const cells = Array.from({ length: width }, (_, c) => grid[row][c] ?? "");
    const lone = filled(cells) === 1 ? (cells.find((cell) => cell !== "") as string) : "";
    if (NOTE.test(lone) || (notes.length > 0 && lone)) notes.push(lone);
    if (filled(cells) === 0 || NOTE.test(lone)) ended ||= body.length > 0;
    if (ended || filled(cells) === 0) continue;
    body.push(cells);
    sourceRows.push(row);
  }
  if (body.length === 0) throw new GridError({ reason: "no-rows", headerRow: top + 1 });
  // "单位" heads a unit-of-measure column (%, 家, 件/万人) as often as the column of unit names: the cells decide.
  columns.forEach((column, index) => {
    const cells = body.map((row) => row[index]).filter((cell) => cell !== "");
    if (column.role === "measure" && !cells.every((cell) => MEASURE.test(cell)))
      columns[index] = { label: column.label, role: "text" };
  });
  const name = nameColumnOf(columns, body);
  if (name >= 0) columns[name] = { label: columns[name].label, role: "name" };
  const hasFigures = columns.some((column) => column.role === "target" || column.role === "actual");
  const indicatorRows =
    name >= 0 && options.indicatorOf
      ? body.filter((row) => options.indicatorOf?.(row[name])).length
      : 0;
  const layout: TableLayout = !hasFigures
    ? "text"
    : indicatorRows * 2 > body.length
      ? "indicators"
      : "units";
  return {
    title:
      titles.length > 0 ? (titles[titles.length - 1].find((cell) => cell !== "") as string) : null,
    headerRows,
    layout,
    columns,
    rows:
      name >= 0
        ? kindsAndGroups(body, columns, name, layout, options.indicatorOf)
        : body.map((cells) => ({ kind: "unit", cells })),
    sourceRows,
    notes,
  };
}
