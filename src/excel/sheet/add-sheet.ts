import { uniqueSheetName } from "../../core/sheet/sheet-name";

/**
 * Adds a worksheet named after `wanted` that no sheet of the workbook already uses (uniqueSheetName: Excel refuses a
 * duplicate or an invalid name): one sync to read the names, the add queued. Returns the sheet and the name it got.
 */
export async function addSheet(
  context: Excel.RequestContext,
  wanted: string
): Promise<{ sheet: Excel.Worksheet; name: string }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const name = uniqueSheetName(
    wanted,
    sheets.items.map((sheet) => sheet.name)
  );
  return { sheet: sheets.add(name), name };
}
