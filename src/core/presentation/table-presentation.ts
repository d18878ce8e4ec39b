import { cellValue } from "../tables/layout-cells";
import type { SheetLayout } from "../tables/sheet-layout";
import { displayText } from "./display-text";
import { LineKind, Presentation, presentBlock } from "./sheet-presentation";

/** Every cell of a laid-out table as the sheet prints it, so the preview and the widths read the same text. */
export function shownCells(layout: SheetLayout): string[][] {
  return layout.cells.map((row, rowIndex) =>
    row.map((cell, column) => displayText(cellValue(cell), layout.numberFormats[rowIndex][column]))
  );
}

/** A table inserted or downloaded: title, unit and source lines above it, notes below, the table ruled between. */
export function presentTable(layout: SheetLayout): Presentation {
  const lines = new Map<number, LineKind>();
  layout.roles.forEach((role, row) => {
    if (role === "title") lines.set(row, "title");
    else if (row < layout.headerRow || (role === "note" && row >= layout.bodyEnd))
      lines.set(row, "text");
  });
  return presentBlock({
    shown: shownCells(layout),
    lines,
    table: { first: layout.headerRow, last: layout.bodyEnd - 1 },
    header: { first: layout.headerRow, last: layout.headerRow },
  });
}
