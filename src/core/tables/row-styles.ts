import type { RowRole } from "./sheet-layout";

/** How each kind of row looks, so that subtotals, totals and reference rows stand apart from unit rows. */
export interface RowStyle {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  fill?: string;
}

export const ROW_STYLES: Partial<Record<RowRole, RowStyle>> = {
  title: { bold: true, fontSize: 14 },
  measure: { fontColor: "#605E5C" },
  source: { fontColor: "#605E5C", italic: true },
  header: { bold: true, fill: "#DDEBF7" },
  subtotal: { bold: true, fill: "#FFF2CC" },
  total: { bold: true, fill: "#FCE4D6" },
  reference: { italic: true, fill: "#EDEDED", fontColor: "#404040" },
  note: { fontColor: "#605E5C", italic: true },
};
