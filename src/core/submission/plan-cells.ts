import { cellA1 } from "../sheet/a1";

/** Any call of ours, in English or under a translated name (PLAN.目标): all live in the PLAN namespace. */
const PLAN_CALL = /(^|[^A-Za-z0-9_.])PLAN\./i;

/**
 * What a cell shows instead of a figure: #BUSY! while a custom function is computing, #NAME? when the add-in is not
 * loaded (Microsoft: "Troubleshoot custom functions"), #GETTING_DATA from older Excel, and Excel's error values
 * (#N/A where PLAN.* found no target, #VALUE! for an argument it cannot read …). Frozen, any of these would reach a
 * colleague as text in place of a figure.
 */
const NOT_A_FIGURE = new Set([
  "#BUSY!",
  "#NAME?",
  "#GETTING_DATA",
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#CONNECT!",
  "#BLOCKED!",
  "#UNKNOWN!",
]);

/** Cells read in one response when a sheet is scanned for PLAN.* formulas: formulas and values well under 5 MB. */
export const SCAN_BAND_CELLS = 20_000;
/** The largest used range 发送前固化 and 修复公式 scan (50 bands); a larger sheet is reported, not read. */
export const MAX_SCAN_CELLS = 1_000_000;

export interface PlanCell {
  /** 0-based, on the sheet. */
  row: number;
  column: number;
  formula: string;
  value: unknown;
}

function isPlanFormula(formula: unknown): formula is string {
  return typeof formula === "string" && formula.startsWith("=") && PLAN_CALL.test(formula);
}

function isNotAFigure(value: unknown): boolean {
  return typeof value === "string" && NOT_A_FIGURE.has(value);
}

/** The cells of a used range (its formulas and values, from row0/column0) whose formulas call PLAN.*. */
export function planCells(
  formulas: readonly (readonly unknown[])[],
  values: readonly (readonly unknown[])[],
  row0: number,
  column0: number
): PlanCell[] {
  const found: PlanCell[] = [];
  formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (isPlanFormula(formula))
        found.push({ row: row0 + r, column: column0 + c, formula, value: values[r][c] });
    })
  );
  return found;
}

/** Why 发送前固化 wrote nothing: the sheet has no PLAN.* formula, or some show an error or no answer yet (as A1). */
export class FreezeRefusal extends Error {
  constructor(
    readonly reason: "nothing" | "not-figures" | "too-large",
    readonly cells: readonly { address: string; shown: string }[] = []
  ) {
    super(`freeze: ${reason} ${cells.map((cell) => `${cell.address} ${cell.shown}`).join(", ")}`);
    this.name = "FreezeRefusal";
  }
}

/** The refusal for a sheet's PLAN.* cells, or null when they can be frozen. */
export function freezeRefusal(cells: readonly PlanCell[]): FreezeRefusal | null {
  if (cells.length === 0) return new FreezeRefusal("nothing");
  const shown = cells.filter((cell) => isNotAFigure(cell.value));
  if (shown.length === 0) return null;
  return new FreezeRefusal(
    "not-figures",
    shown.map((cell) => ({ address: cellA1(cell.row, cell.column), shown: String(cell.value) }))
  );
}
