import type { ExportedCell } from "./html-cells";

/**
 * The first table of a LibreOffice Calc HTML export as a grid indexed from A1, for sheets with merged cells: a cell
 * spanning rows or columns (colspan/rowspan) fills every position it covers, so the grid lines up with the sheet.
 */
export function exportedGrid(html: string): ExportedCell[][] {
  const table = /<table[\s\S]*?<\/table>/i.exec(html)?.[0] ?? "";
  const grid: ExportedCell[][] = [];
  [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gi)].forEach((row, rowIndex) => {
    grid[rowIndex] ??= [];
    let column = 0;
    for (const [, attributes, content] of row[1].matchAll(/<td([^>]*)>([\s\S]*?)<\/td>/gi)) {
      while (grid[rowIndex][column]) column++;
      const sdval = /sdval="([^"]+)"/i.exec(attributes)?.[1];
      const cell: ExportedCell = {
        bgcolor: /bgcolor="([^"]+)"/i.exec(attributes)?.[1].toUpperCase() ?? null,
        value: sdval === undefined ? null : Number(sdval),
        text: content.replace(/<[^>]+>/g, "").trim(),
      };
      const columns = Number(/colspan="?(\d+)/i.exec(attributes)?.[1] ?? 1);
      const rows = Number(/rowspan="?(\d+)/i.exec(attributes)?.[1] ?? 1);
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < columns; c++) {
          grid[rowIndex + r] ??= [];
          grid[rowIndex + r][column + c] = cell;
        }
      column += columns;
    }
  });
  return grid;
}
