import type { Cell, Worksheet } from "exceljs";
import type { Presentation } from "../core/presentation/sheet-presentation";

const THIN = { style: "thin" as const };

function rule(cell: Cell): void {
  cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
  cell.alignment = { ...cell.alignment, vertical: "middle" };
}

/** A4 in the paperSize numbering of the OOXML page setup (ECMA-376 §18.18.42: 9 is A4 210 × 297 mm). */
const A4 = 9;

/**
 * Renders a presentation (see src/core/presentation) into an exceljs worksheet whose cells are already written,
 * starting at A1: the same widths, wrapping, merged lines, rules, heights and print setup as an Excel insert.
 */
export function applyPresentation(sheet: Worksheet, presentation: Presentation): void {
  const columns = presentation.columnWidths.length;
  presentation.columnWidths.forEach((width, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = width;
    if (presentation.wrapColumns[index])
      column.eachCell({ includeEmpty: false }, (cell) => {
        cell.alignment = { ...cell.alignment, wrapText: true };
      });
  });
  for (const { row, kind } of presentation.spans) {
    sheet.mergeCells(row + 1, 1, row + 1, columns);
    sheet.getCell(row + 1, 1).alignment =
      kind === "title"
        ? { horizontal: "center", vertical: "middle" }
        : { horizontal: "left", vertical: "top", wrapText: true };
  }
  for (const box of presentation.merges) {
    sheet.mergeCells(box.row + 1, box.column + 1, box.row + box.rows, box.column + box.columns);
    sheet.getCell(box.row + 1, box.column + 1).alignment = {
      horizontal: "center",
      vertical: "middle",
      wrapText: true,
    };
  }
  presentation.rowHeights.forEach((height, row) => {
    if (height !== null) sheet.getRow(row + 1).height = height;
  });
  // Ruled, and centred vertically so that a short cell beside a wrapped one sits level with it.
  for (let row = presentation.ruled.first; row <= presentation.ruled.last; row++)
    for (let column = 1; column <= columns; column++) rule(sheet.getCell(row + 1, column));
  const header = presentation.printTitleRows;
  for (let row = header.first; row <= header.last; row++)
    for (let column = 1; column <= columns; column++)
      sheet.getCell(row + 1, column).alignment = {
        horizontal: "center",
        vertical: "middle",
        wrapText: true,
      };
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: A4,
    orientation: presentation.page.orientation,
    fitToPage: true,
    fitToWidth: presentation.page.fitToPagesWide,
    fitToHeight: presentation.page.fitToPagesTall,
    printTitlesRow: `${header.first + 1}:${header.last + 1}`,
  };
}
