/* Addresses and rectangles, as the fake's objects and the tests' assertions use them. */

export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** Excel's sheet size: whole-column and whole-row addresses reach these. */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function a1(rect: Rect): string {
  const start = `${columnLetters(rect.column)}${rect.row + 1}`;
  if (rect.rows === 1 && rect.columns === 1) return start;
  return `${start}:${columnLetters(rect.column + rect.columns - 1)}${rect.row + rect.rows}`;
}

function parseCell(text: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(text.trim());
  if (!match) throw new Error(`InvalidArgument: bad address ${text}`);
  const column =
    [...match[1].toUpperCase()].reduce((acc, letter) => acc * 26 + letter.charCodeAt(0) - 64, 0) -
    1;
  return { row: Number(match[2]) - 1, column };
}

/** "A1", "B2:D9", "Sheet1!A1:B2" (the sheet part is returned separately). */
export function parseAddress(address: string): { sheet: string | null; rect: Rect } {
  const bang = address.lastIndexOf("!");
  const sheet = bang >= 0 ? address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'") : null;
  const [from, to = from] = address.slice(bang + 1).split(":");
  const start = parseCell(from);
  const end = parseCell(to);
  return {
    sheet,
    rect: {
      row: start.row,
      column: start.column,
      rows: end.row - start.row + 1,
      columns: end.column - start.column + 1,
    },
  };
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet1!A1:B2", quoted as Excel quotes sheet names. */
export function sheetAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${a1(rect)}`;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

/** Excel's rule for names of ranges and tables: no spaces, no cell references such as A1 or ABC12. */
export function validName(name: string): boolean {
  return (
    /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name)
  );
}
