import { SelectionError } from "../../core/sheet/selection-error";

/** A table pasted into the sheet, as the user sees it. */
export interface PastedTable {
  sheet: string;
  address: string;
  /** The cells' displayed text: "30%" stays "30%", where the value would be 0.3. */
  grid: string[][];
}

/** More than any breakdown table; keeps the read far under Excel on the web's 5 MB. */
export const MAX_TABLE_CELLS = 20_000;

/** The selected table's displayed text, in one sync; writes nothing. */
export async function readSelectedTable(context: Excel.RequestContext): Promise<PastedTable> {
  const selected = context.workbook.getSelectedRange().load(["address", "rowCount", "columnCount"]);
  await context.sync();
  if (selected.rowCount * selected.columnCount > MAX_TABLE_CELLS)
    throw new SelectionError("too-large");
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
