import { SheetLayout } from "../../core/tables/sheet-layout";
import { cellValue, isFormula } from "../../core/tables/layout-cells";
import { formulaText } from "../../core/tables/formula-text";
import { ROW_STYLES } from "../../core/tables/row-styles";
import { recordComment } from "../safe-write/write-record";
import { queuePresentation } from "../presentation/apply-presentation";
import { presentTable } from "../../core/presentation/table-presentation";

export interface WriteOptions {
  /** Whether target and actual figures go in as PLAN.TARGET / PLAN.BASELINE formulas. */
  formulas: boolean;
  /** Freeze the rows down to the header (a new sheet, or a block that starts in row 1). */
  freeze: boolean;
  /** The names of this copy of the table: the workbook name over the block, and the Excel table (block-names.ts). */
  names: { block: string; table: string };
}

/**
 * Formulas go in through `formulas`, never `formulasLocal`: the local syntax follows the user's language and
 * number-format locale (its list separator may be ";"), while `formulas` reads the same in every Excel, and our
 * functions keep their ids as names in every language (see formula-text.ts).
 */
function writeCells(area: Excel.Range, layout: SheetLayout, options: WriteOptions): unknown[][] {
  if (!options.formulas || !layout.cells.flat().some(isFormula)) {
    const values = layout.cells.map((row) => row.map(cellValue));
    area.values = values;
    return values;
  }
  const grid = layout.cells.map((row) =>
    row.map((cell) => (isFormula(cell) ? formulaText(cell) : cell))
  );
  area.formulas = grid;
  return grid;
}

function styleRows(area: Excel.Range, layout: SheetLayout): void {
  layout.roles.forEach((role, index) => {
    const style = ROW_STYLES[role];
    if (!style) return;
    const row = area.getCell(index, 0).getResizedRange(0, layout.width - 1);
    if (style.bold) row.format.font.bold = true;
    if (style.italic) row.format.font.italic = true;
    if (style.fontColor) row.format.font.color = style.fontColor;
    if (style.fontSize) row.format.font.size = style.fontSize;
    if (style.fill) row.format.fill.color = style.fill;
  });
}

/**
 * Queues every write of a block into `area` (exactly the layout's size) without syncing: number formats before
 * values, so that text such as "30%" is kept as text; the Excel table after the values, over header and unit rows only;
 * the block's name last, with the record of what was written (write-record.ts) in its comment.
 */
export function queueBlock(
  context: Excel.RequestContext,
  area: Excel.Range,
  layout: SheetLayout,
  options: WriteOptions
): void {
  area.numberFormat = layout.numberFormats;
  const written = writeCells(area, layout, options);
  styleRows(area, layout);
  queuePresentation(area, presentTable(layout), { pageSetup: options.freeze });
  if (layout.tableAllowed) {
    const body = area
      .getCell(layout.headerRow, 0)
      .getResizedRange(layout.tableEnd - layout.headerRow - 1, layout.width - 1);
    const table = context.workbook.tables.add(body, true);
    table.name = options.names.table;
    table.style = "TableStyleLight9";
  }
  if (options.freeze) area.worksheet.freezePanes.freezeRows(layout.headerRow + 1);
  context.workbook.names.add(
    options.names.block,
    area,
    recordComment(layout.name, written as string[][])
  );
  area.select();
}
