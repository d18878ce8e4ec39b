import type { RowStyle } from "../tables/row-styles";
import type { Box, Presentation } from "./sheet-presentation";

/*
 * A whole sheet decided in core and rendered alike by the Excel writer and the .xlsx writer: cells (formulas start
 * with "="), number formats, row styles, marked input cells with their validation, conditional formats and
 * protection, and the presentation (widths, merges, rules, print setup).
 */

export type PlanCell = string | number | null;

export interface ConditionalRule {
  box: Box;
  /** A formula relative to the box's top-left cell, with "=". */
  formula: string;
  fill: string;
  font: string;
}

export interface InputCells {
  boxes: Box[];
  fill: string;
  /** Non-negative numbers only, with the message shown when something else is typed. */
  title: string;
  message: string;
  prompt: string;
}

export interface SheetSpec {
  name: string;
  cells: PlanCell[][];
  /** null leaves the cell General. */
  numberFormats: (string | null)[][];
  rowStyles: (RowStyle | null)[];
  inputs: InputCells;
  rules: ConditionalRule[];
  protect: boolean;
  presentation: Presentation;
}
