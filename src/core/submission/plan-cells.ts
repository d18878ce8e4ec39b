import { cellA1 } from "../sheet/a1";

/** Any call of ours, in English or under a translated name (PLAN.目标): all live in the PLAN namespace. */
const PLAN_CALL = /(^|[^A-Za-z0-9_.])PLAN\./i;

/**
 * What a cell shows while its formula has no answer yet: #BUSY! while a custom function is computing, #NAME? when
 * the add-in is not loaded (Microsoft: "Troubleshoot custom functions"), #GETTING_DATA from older Excel. A value to
 * freeze or to trust is none of these.
 */
const UNSETTLED = new Set(["#BUSY!", "#NAME?", "#GETTING_DATA"]);

/** The most cells 修复公式 reads of one sheet, keeping each response well under Excel on the web's 5 MB. */
export const MAX_REPAIR_CELLS = 100_000;

export interface PlanCell {
  /** 0-based, on the sheet. */
  row: number;
  column: number;
  formula: string;
  value: unknown;
}

export function isPlanFormula(formula: unknown): formula is string {
  return typeof formula === "string" && formula.startsWith("=") && PLAN_CALL.test(formula);
}

export function isUnsettled(value: unknown): boolean {
  return typeof value === "string" && UNSETTLED.has(value);
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

/** Why 发送前固化 wrote nothing: the sheet has no PLAN.* formula, or some show no answer yet (listed as A1). */
export class FreezeRefusal extends Error {
  constructor(
    readonly reason: "nothing" | "unsettled",
    readonly cells: readonly { address: string; shown: string }[] = []
  ) {
    super(`freeze: ${reason} ${cells.map((cell) => `${cell.address} ${cell.shown}`).join(", ")}`);
    this.name = "FreezeRefusal";
  }
}

/** The refusal for a sheet's PLAN.* cells, or null when they can be frozen. */
export function freezeRefusal(cells: readonly PlanCell[]): FreezeRefusal | null {
  if (cells.length === 0) return new FreezeRefusal("nothing");
  const unsettled = cells.filter((cell) => isUnsettled(cell.value));
  if (unsettled.length === 0) return null;
  return new FreezeRefusal(
    "unsettled",
    unsettled.map((cell) => ({ address: cellA1(cell.row, cell.column), shown: String(cell.value) }))
  );
}
