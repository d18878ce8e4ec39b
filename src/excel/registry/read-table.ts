import { SelectionError } from "../../core/sheet/selection-error";
import { GridError, MAX_GRID_CELLS } from "../../core/registry/grid-error";

/** A table pasted into the sheet, as the user sees it. */
export interface PastedTable {
  sheet: string;
  address: string;
  /** The cells' displayed text: "30%" stays "30%", where the value would be 0.3. */
  grid: string[][];
}

/** The selected table's displayed text; a selection over MAX_GRID_CELLS is refused before its text is loaded. */
export async function readSelectedTable(context: Excel.RequestContext): Promise<PastedTable> {
  const selected = context.workbook.getSelectedRange().load(["address", "rowCount", "columnCount"]);
  await context.sync();
  const cells = selected.rowCount * selected.columnCount;
  if (cells > MAX_GRID_CELLS) throw new GridError({ reason: "too-large", cells });
  const used = selected.getUsedRangeOrNullObject().load(["address", "text"]);
  await context.sync();
  if (used.isNullObject) throw new SelectionError("empty");
  const bang = used.address.lastIndexOf("!");
  const sheet = used.address
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return { sheet, address: used.address, grid: used.text };
}
