import { planCells, PlanCell, SCAN_BAND_CELLS } from "../../core/submission/plan-cells";

/** A sheet's name and PLAN.* cells, or null when its used range is over `maxCells` and was not read. */
export type ScannedSheet = { sheet: string; cells: PlanCell[]; cellCount: number } | null;

/**
 * The PLAN.* cells of a sheet (formula and the value it shows), read in bands of whole rows of at most
 * SCAN_BAND_CELLS cells, one sync each, so that no response nears Excel on the web's 5 MB whatever the sheet holds:
 * one sync for the used range's place, then one per band. Writes nothing.
 */
export async function readPlanCells(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  maxCells: number
): Promise<ScannedSheet> {
  worksheet.load("name");
  const used = worksheet
    .getUsedRangeOrNullObject()
    .load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  const sheet = worksheet.name;
  if (used.isNullObject) return { sheet, cells: [], cellCount: 0 };
  const cellCount = used.rowCount * used.columnCount;
  if (cellCount > maxCells) return null;
  const rowsPerBand = Math.max(1, Math.floor(SCAN_BAND_CELLS / used.columnCount));
  const cells: PlanCell[] = [];
  for (let offset = 0; offset < used.rowCount; offset += rowsPerBand) {
    const rows = Math.min(rowsPerBand, used.rowCount - offset);
    const band = worksheet
      .getCell(used.rowIndex + offset, used.columnIndex)
      .getResizedRange(rows - 1, used.columnCount - 1)
      .load("formulas,values");
    // One band a sync, on purpose: what bounds each response is that the bands are not sent together.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    cells.push(...planCells(band.formulas, band.values, used.rowIndex + offset, used.columnIndex));
  }
  return { sheet, cells, cellCount };
}
