import { SheetLayout } from "../core/tables/sheet-layout";
import { cellValue, GENERAL_FORMAT } from "../core/tables/layout-cells";
import { uniqueSheetName } from "../core/sheet/sheet-name";
import { ROW_STYLES } from "../core/tables/row-styles";
import { presentTable } from "../core/presentation/table-presentation";
import { applyPresentation } from "./xlsx-presentation";

/** ARGB as exceljs wants it, from the "#RRGGBB" the Office styles use. */
function argb(color: string): string {
  return `FF${color.slice(1).toUpperCase()}`;
}

/**
 * An .xlsx of one table, for use outside Office: the same cells, number formats, row styles and presentation
 * (widths, rules, A4 one page wide) as an insert, with the rows down to the header frozen. Values only: a file opened without the add-in could not compute formulas.
 * exceljs is loaded on demand so that it is a chunk of its own, fetched only when someone downloads.
 */
export async function buildXlsx(layout: SheetLayout): Promise<ArrayBuffer> {
  const { Workbook } = await import(/* webpackChunkName: "exceljs" */ "exceljs");
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(uniqueSheetName(layout.name, []), {
    views: [{ state: "frozen", ySplit: layout.headerRow + 1 }],
  });
  layout.cells.forEach((cells, rowIndex) => {
    const row = sheet.addRow(cells.map(cellValue));
    const style = ROW_STYLES[layout.roles[rowIndex]] ?? {};
    cells.forEach((_, columnIndex) => {
      const cell = row.getCell(columnIndex + 1);
      const format = layout.numberFormats[rowIndex][columnIndex];
      if (format !== GENERAL_FORMAT) cell.numFmt = format;
      cell.font = {
        bold: style.bold,
        italic: style.italic,
        size: style.fontSize,
        ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
      };
      if (style.fill)
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
    });
  });
  applyPresentation(sheet, presentTable(layout));
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
