import type { Presentation } from "../../core/presentation/sheet-presentation";
import { widthInPoints } from "../../core/presentation/page-setup";
import { pageLayoutSupported } from "./requirements";

const RULES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
] as const;

export interface PresentationScope {
  /** Set the sheet's print setup: only where the block owns the sheet (a new sheet, or a block from A1). */
  pageSetup: boolean;
}

function rows(area: Excel.Range, first: number, last: number, columns: number): Excel.Range {
  return area.getCell(first, 0).getResizedRange(last - first, columns - 1);
}

/**
 * Queues, without syncing, the presentation of a block written into `area`: widths, wrapping, merged lines, rules, heights and, when the block owns its sheet, A4 one page wide with
 * the header rows repeated. Page layout needs ExcelApi 1.9 (Excel.PageLayout) and is skipped on an older Excel.
 */
export function queuePresentation(
  area: Excel.Range,
  presentation: Presentation,
  scope: PresentationScope
): void {
  const last = presentation.columnWidths.length - 1;
  // A block inserted before over these cells may have left its merged title; merging over it would fail.
  rows(area, 0, presentation.rowHeights.length - 1, last + 1).unmerge();
  presentation.columnWidths.forEach((width, column) => {
    const whole = area.getCell(0, column).getResizedRange(presentation.rowHeights.length - 1, 0);
    whole.format.columnWidth = widthInPoints(width);
    if (presentation.wrapColumns[column]) whole.format.wrapText = true;
  });
  for (const { row, kind } of presentation.spans) {
    const line = area.getCell(row, 0).getResizedRange(0, last);
    line.merge(false);
    line.format.horizontalAlignment = kind === "title" ? "Center" : "Left";
    if (kind === "text") line.format.wrapText = true;
  }
  for (const box of presentation.merges) {
    const merged = area.getCell(box.row, box.column).getResizedRange(box.rows - 1, box.columns - 1);
    merged.merge(false);
    merged.format.horizontalAlignment = "Center";
    merged.format.verticalAlignment = "Center";
  }
  presentation.rowHeights.forEach((height, row) => {
    if (height !== null) area.getCell(row, 0).format.rowHeight = height;
  });
  const ruled = rows(area, presentation.ruled.first, presentation.ruled.last, last + 1);
  // Centred vertically so that a short cell beside a wrapped one sits level with it.
  ruled.format.verticalAlignment = "Center";
  for (const edge of RULES) {
    const border = ruled.format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
  }
  const header = rows(
    area,
    presentation.printTitleRows.first,
    presentation.printTitleRows.last,
    last + 1
  );
  header.format.wrapText = true;
  header.format.horizontalAlignment = "Center";
  header.format.verticalAlignment = "Center";
  if (!scope.pageSetup || !pageLayoutSupported()) return;
  const layout = area.worksheet.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = presentation.page.orientation === "landscape" ? "Landscape" : "Portrait";
  // One page tall where the sheet fits legibly (pageSetupFor); otherwise pages tall are left unset: as many as needed.
  layout.zoom =
    presentation.page.fitToPagesTall === 1
      ? { horizontalFitToPages: 1, verticalFitToPages: 1 }
      : { horizontalFitToPages: 1 };
  layout.setPrintTitleRows(header);
}
