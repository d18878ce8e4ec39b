/** A rectangle of cells, 0-based like office-js `rowIndex` / `columnIndex`. */
export interface Box {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

function columnIndex(letters: string): number {
  return (
    [...letters.toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1
  );
}

/** A relative reference such as "J3", the form a conditional-format formula needs to follow every cell. */
export function cellA1(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

export function boxA1(box: Box): string {
  const first = cellA1(box.row, box.column);
  if (box.rows === 1 && box.columns === 1) return first;
  return `${first}:${cellA1(box.row + box.rows - 1, box.column + box.columns - 1)}`;
}

/** Excel's grid: whole-column and whole-row addresses ("C:D", "3:5") span it. */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

function spanBox(reference: string): Box | null {
  const columns = /^\$?([A-Z]+):\$?([A-Z]+)$/i.exec(reference);
  if (columns) {
    const left = columnIndex(columns[1]);
    return { row: 0, column: left, rows: SHEET_ROWS, columns: columnIndex(columns[2]) - left + 1 };
  }
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(reference);
  if (rows) {
    const top = Number(rows[1]) - 1;
    return { row: top, column: 0, rows: Number(rows[2]) - top, columns: SHEET_COLUMNS };
  }
  return null;
}

/**
 * Splits an office-js address ("'月报 2024'!B3:F14", "Sheet1!C5", "Sheet1!C:D") into the sheet name and the box;
 * whole columns or rows span the whole grid, for the caller to clip to the used range.
 */
export function parseAddress(address: string): { sheet: string; box: Box } {
  const bang = address.lastIndexOf("!");
  const rawSheet = bang >= 0 ? address.slice(0, bang) : "";
  const sheet = rawSheet.replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  const reference = address.slice(bang + 1);
  const span = spanBox(reference);
  if (span) return { sheet, box: span };
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(reference);
  if (!match) throw new Error(`not an A1 range address: ${address}`);
  const top = Number(match[2]) - 1;
  const left = columnIndex(match[1]);
  const bottom = match[4] ? Number(match[4]) - 1 : top;
  const right = match[3] ? columnIndex(match[3]) : left;
  return {
    sheet,
    box: { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 },
  };
}

export function intersects(a: Box, b: Box): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

export function contains(box: Box, row: number, column: number): boolean {
  return intersects(box, { row, column, rows: 1, columns: 1 });
}

/** Whether a formula refers to any cell of `box` ("I3", "$I$3"); text in quotes is not a reference. */
export function referencesBox(formula: string, box: Box): boolean {
  const unquoted = formula.replace(/"[^"]*"/g, '""');
  return [...unquoted.matchAll(/(?<![A-Z$\d_.])\$?([A-Z]{1,3})\$?(\d+)(?![\d(])/gi)].some(
    ([, letters, row]) => contains(box, Number(row) - 1, columnIndex(letters))
  );
}
