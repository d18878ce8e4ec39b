import { DEFAULT_ROW_HEIGHT, PageSetup, pageSetupFor } from "./page-setup";
import { textWidth } from "./text-width";

/*
 * How a block of cells is made ready to print and send, decided once here and rendered alike by the Excel writer
 * and the .xlsx writer: column widths fitted to the text each column shows, long text wrapped, lines of text
 * (title, source, notes) merged across the table with the title centred, the table ruled, A4 one page wide (and one
 * page tall when it fits legibly, see pageSetupFor) with the header rows repeated on every page.
 */

export type LineKind = "title" | "text";

export interface PresentationInput {
  /** Every cell as the sheet shows it (numbers already formatted), row by row, all rows as wide as the block. */
  shown: string[][];
  /** Rows that hold one line of text in their first cell, spread across the block. */
  lines: Map<number, LineKind>;
  /** The ruled table: its first and last row (inclusive); the header rows start it. */
  table: { first: number; last: number };
  /** Rows repeated at the top of every printed page (inclusive). */
  header: { first: number; last: number };
  /** Font size of the title line, in points. */
  titleSize?: number;
  /** Rows left out of the widths: label and value pairs whose text may run into empty cells beside them. */
  unmeasured?: Set<number>;
  /** Other merged cells (a header over several columns), centred; their text is not measured either. */
  merges?: Box[];
}

/** A rectangle of cells, 0-based within the block. */
export interface Box {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface Presentation {
  /** In characters of "0" (Excel's unit); see widthInPoints for Office.js. */
  columnWidths: number[];
  /** Columns whose longest text is wider than the column allows: they wrap. */
  wrapColumns: boolean[];
  /** Rows merged across the block: the title centred, other lines left-aligned and wrapped. */
  spans: { row: number; kind: LineKind }[];
  merges: Box[];
  /** Explicit heights in points where text wraps onto several lines (merged cells never grow by themselves). */
  rowHeights: (number | null)[];
  ruled: { first: number; last: number };
  printTitleRows: { first: number; last: number };
  page: PageSetup;
}

/** Room for a name such as 永川高新区管委会 and a figure; a quote or project text wraps beyond it. */
const MAX_COLUMN = 36;
const MIN_COLUMN = 6;
/** Padding so that a text exactly as wide as its column does not touch the border. */
const PADDING = 2;

function fitWidths(input: PresentationInput): { widths: number[]; wrap: boolean[] } {
  const columns = input.shown[0]?.length ?? 0;
  const widest = Array<number>(columns).fill(0);
  const merged = (row: number, column: number) =>
    (input.merges ?? []).some(
      (box) =>
        row >= box.row &&
        row < box.row + box.rows &&
        column >= box.column &&
        column < box.column + box.columns
    );
  input.shown.forEach((row, index) => {
    if (input.lines.has(index) || input.unmeasured?.has(index)) return;
    row.forEach((text, column) => {
      if (!merged(index, column)) widest[column] = Math.max(widest[column], textWidth(text));
    });
  });
  return {
    widths: widest.map((width) => Math.min(MAX_COLUMN, Math.max(MIN_COLUMN, width + PADDING))),
    wrap: widest.map((width) => width + PADDING > MAX_COLUMN),
  };
}

function linesNeeded(text: string, width: number): number {
  return text
    .split("\n")
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(textWidth(line) / Math.max(1, width))), 0);
}

function heights(input: PresentationInput, widths: number[]): (number | null)[] {
  const total = widths.reduce((sum, width) => sum + width, 0);
  return input.shown.map((row, index) => {
    const kind = input.lines.get(index);
    if (kind === "title") return Math.round((input.titleSize ?? 14) * 1.6);
    const count = kind
      ? linesNeeded(row[0], total - PADDING)
      : input.unmeasured?.has(index)
        ? 1
        : Math.max(...row.map((text, column) => linesNeeded(text, widths[column] - PADDING)));
    return count > 1 ? count * DEFAULT_ROW_HEIGHT : null;
  });
}

export function presentBlock(input: PresentationInput): Presentation {
  const { widths, wrap } = fitWidths(input);
  const rowHeights = heights(input, widths);
  return {
    columnWidths: widths,
    wrapColumns: wrap,
    spans: [...input.lines].map(([row, kind]) => ({ row, kind })),
    merges: input.merges ?? [],
    rowHeights,
    ruled: input.table,
    printTitleRows: input.header,
    page: pageSetupFor(widths, rowHeights),
  };
}
