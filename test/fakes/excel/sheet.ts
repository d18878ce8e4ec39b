import { a1, overlaps, Rect } from "./geometry";

/** One cell as Excel keeps it: a formula cell has its formula and the value it calculated to. */
export interface CellState {
  value: string | number | boolean;
  formula: string;
  numberFormat: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  fill?: string;
  wrap?: boolean;
}

const emptyCell = (): CellState => ({ value: "", formula: "", numberFormat: "General" });

/** One worksheet's contents: plain data, changed only by applied commands and by tests seeding a book. */
export class FakeSheet {
  readonly cells = new Map<string, CellState>();
  frozenRows = 0;
  constructor(public name: string) {}

  cell(row: number, column: number): CellState {
    return this.cells.get(`${row},${column}`) ?? emptyCell();
  }

  edit(row: number, column: number, change: (cell: CellState) => void): void {
    const cell = { ...this.cell(row, column) };
    change(cell);
    this.cells.set(`${row},${column}`, cell);
  }

  /**
   * Sets an entry as Excel would, typed by the user: a text-formatted cell keeps text; formulas start with "=".
   * The fake does not calculate: a formula's value stays "", as a formula returning "" would show.
   */
  setEntry(row: number, column: number, entry: string | number | boolean): void {
    this.edit(row, column, (cell) => {
      const isFormula =
        typeof entry === "string" && entry.startsWith("=") && cell.numberFormat !== "@";
      cell.formula = isFormula ? (entry as string) : "";
      cell.value = isFormula ? "" : entry;
    });
  }

  grid<T>(rect: Rect, read: (cell: CellState) => T): T[][] {
    return Array.from({ length: rect.rows }, (_, r) =>
      Array.from({ length: rect.columns }, (_, c) => read(this.cell(rect.row + r, rect.column + c)))
    );
  }

  clear(rect: Rect): void {
    for (const key of [...this.cells.keys()]) {
      const [row, column] = key.split(",").map(Number);
      if (overlaps(rect, { row, column, rows: 1, columns: 1 })) this.cells.delete(key);
    }
  }

  clearContents(rect: Rect): void {
    for (let row = rect.row; row < rect.row + rect.rows; row++)
      for (let column = rect.column; column < rect.column + rect.columns; column++)
        if (this.cells.has(`${row},${column}`))
          this.edit(row, column, (cell) => {
            cell.value = "";
            cell.formula = "";
          });
  }

  /** The smallest rectangle inside `within` holding every non-empty cell, or null. */
  usedRect(within: Rect): Rect | null {
    let found: Rect | null = null;
    for (const [key, cell] of this.cells) {
      if (cell.value === "" && cell.formula === "") continue;
      const [row, column] = key.split(",").map(Number);
      if (!overlaps(within, { row, column, rows: 1, columns: 1 })) continue;
      if (!found) found = { row, column, rows: 1, columns: 1 };
      const top = Math.min(found.row, row);
      const left = Math.min(found.column, column);
      const bottom = Math.max(found.row + found.rows, row + 1);
      const right = Math.max(found.column + found.columns, column + 1);
      found = { row: top, column: left, rows: bottom - top, columns: right - left };
    }
    return found;
  }

  /** Entries in A1 notation, for assertions: {"A1": 12, "B1": "=PLAN.TARGET(...)"}. */
  written(): Record<string, string | number | boolean> {
    const out: Record<string, string | number | boolean> = {};
    for (const [key, cell] of this.cells) {
      const [row, column] = key.split(",").map(Number);
      const shown = cell.formula || cell.value;
      if (shown !== "") out[a1({ row, column, rows: 1, columns: 1 })] = shown;
    }
    return out;
  }
}
