/** The most cells a pasted table is read with: more than any breakdown table, and far under Excel on the web's 5 MB. */
export const MAX_GRID_CELLS = 20_000;
/** The longest cell read: a breakdown table's longest 备注 line is under 300 characters. */
export const MAX_CELL_CHARS = 2_000;

export type GridProblem =
  | { reason: "too-large"; cells: number }
  | { reason: "cell-too-long"; row: number; column: number; length: number }
  | { reason: "no-header" }
  | { reason: "no-rows"; headerRow: number };

/**
 * A pasted selection that cannot be read as a table; `problem` names where (1-based rows and columns of the
 * selection) and the pane's strings say what to select instead.
 */
export class GridError extends Error {
  constructor(readonly problem: GridProblem) {
    super(`pasted table: ${JSON.stringify(problem)}`);
    this.name = "GridError";
  }
}
