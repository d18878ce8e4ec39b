import type { Locale } from "../../core/i18n/locale";
import { SheetLayout } from "../../core/tables/sheet-layout";
import { cellValue, isFormula } from "../../core/tables/layout-cells";
import { formulaText } from "./formula-text";
import { ROW_STYLES } from "../../core/tables/row-styles";
import { blockName, excelTableName } from "./block-names";
import { queuePresentation } from "../presentation/apply-presentation";
import { presentTable } from "../../core/presentation/table-presentation";

export interface WriteOptions {
  /** Whether target and actual figures go in as PLAN.TARGET / PLAN.BASELINE formulas. */
  formulas: boolean;
  /** Office's display language: decides the function names Excel knows (see writeCells). */
  locale: Locale;
  /** Freeze the rows down to the header (a new sheet, or a block that starts in row 1). */
  freeze: boolean;
}

/**
 * Formulas go in through `formulas` with the English ids where Excel's display language is English, and through
 * `formulasLocal` with the translated names where it is Chinese: writing the English id of a custom function that
 * has a translated name through `formulas` gives #NAME? in a localized Excel (office-js #891), and our functions
 * are translated for zh-CN. The local syntax is only safe because our arguments are quoted text and whole numbers
 * separated by ",", the zh-CN list separator.
 */
function writeCells(area: Excel.Range, layout: SheetLayout, options: WriteOptions): void {
  if (!options.formulas || !layout.cells.flat().some(isFormula)) {
    area.values = layout.cells.map((row) => row.map(cellValue));
    return;
  }
  const grid = layout.cells.map((row) =>
    row.map((cell) => (isFormula(cell) ? formulaText(cell, options.locale) : cell))
  );
  if (options.locale === "zh") area.formulasLocal = grid;
  else area.formulas = grid;
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
 * values, so that text such as "30%" is kept as text; the Excel table after the values, over header and unit rows only.
 */
export function queueBlock(
  context: Excel.RequestContext,
  area: Excel.Range,
  layout: SheetLayout,
  options: WriteOptions
): void {
  area.numberFormat = layout.numberFormats;
  writeCells(area, layout, options);
  styleRows(area, layout);
  queuePresentation(area, presentTable(layout), { pageSetup: options.freeze });
  if (layout.tableAllowed) {
    const body = area
      .getCell(layout.headerRow, 0)
      .getResizedRange(layout.tableEnd - layout.headerRow - 1, layout.width - 1);
    const table = context.workbook.tables.add(body, true);
    table.name = excelTableName(layout.key);
    table.style = "TableStyleLight9";
  }
  if (options.freeze) area.worksheet.freezePanes.freezeRows(layout.headerRow + 1);
  context.workbook.names.add(blockName(layout.key), area, layout.name);
  area.select();
}
