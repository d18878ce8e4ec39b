import { Box, boxA1, parseAddress } from "../../core/sheet/a1";
import type { CellArea, NameSnapshot, Snapshot } from "./before-state";

const key = (name: string) => name.toLowerCase();
const same = (a: NameSnapshot, b: NameSnapshot) =>
  key(a.name) === key(b.name) && a.value === b.value && a.comment === b.comment;

/** A range name's sheet and box, or null for a name that refers to #REF! or to several areas. */
function target(name: NameSnapshot): { sheet: string; box: Box } | null {
  if (name.type !== "Range" || typeof name.value !== "string") return null;
  try {
    return parseAddress(name.value.replace(/^=/, ""));
  } catch {
    return null;
  }
}

/** Puts a names list back as it was: names added or changed since go, names deleted or changed come back. */
function restoreNames(
  context: Excel.RequestContext,
  list: Excel.NamedItemCollection,
  before: readonly NameSnapshot[],
  now: readonly NameSnapshot[]
): void {
  for (const name of now)
    if (!before.some((old) => same(old, name))) list.getItem(name.name).delete();
  for (const old of before) {
    const at = target(old);
    if (now.some((name) => same(old, name)) || !at) continue;
    list.add(
      old.name,
      context.workbook.worksheets.getItem(at.sheet).getRange(boxA1(at.box)),
      old.comment
    );
  }
}

/** What is there now, read in one sync, to compare with the state before. */
async function readNow(context: Excel.RequestContext, before: Snapshot) {
  const workbook = context.workbook;
  const nameFields = "items/name,items/type,items/value,items/comment";
  const now = {
    sheets: workbook.worksheets.load("items/name"),
    names: workbook.names.load(nameFields),
    sheetNames: before.sheetNames ? (before.worksheet?.names.load(nameFields) ?? null) : null,
    tables: workbook.tables.load("items/id,items/name"),
    charts: before.chartNames ? (before.worksheet?.charts.load("items/name") ?? null) : null,
    parts: before.parts.map((part) => part.readNow(context)),
  };
  await context.sync();
  return now;
}

/**
 * Undoes whatever part of a failed batch Excel applied (it keeps the commands before the failing one): reads what is
 * there now (one sync), then in one batch deletes the sheets, tables, charts and names the batch added, puts back
 * the cells it wrote or cleared, and adds back the tables and names it deleted; the parts (conditional formats) do
 * the same for theirs. Each step compares with the state read before the writes, so it is right whichever command
 * failed. `extra` queues what only the action
 * knows how to put back (a chart it changed in place).
 */
export async function undoWrites(
  context: Excel.RequestContext,
  before: Snapshot,
  extra?: () => void
): Promise<void> {
  const workbook = context.workbook;
  const now = await readNow(context, before);
  const sheetsBefore = new Set(before.sheets.map(key));
  const added = now.sheets.items.filter((sheet) => !sheetsBefore.has(key(sheet.name)));
  const onKeptSheet = (area: CellArea) => sheetsBefore.has(key(area.sheet));
  const range = (area: CellArea) =>
    workbook.worksheets.getItem(area.sheet).getRange(boxA1(area.box));

  const chartsBefore = new Set(before.chartNames ?? []);
  for (const chart of now.charts?.items ?? [])
    if (!chartsBefore.has(chart.name)) before.worksheet?.charts.getItem(chart.name).delete();
  const tablesBefore = new Set(before.tableIds);
  for (const table of now.tables.items)
    if (!tablesBefore.has(table.id)) workbook.tables.getItem(table.id).convertToRange();

  for (const area of before.blank.filter(onKeptSheet)) range(area).clear();
  for (const area of before.filled.filter(onKeptSheet)) {
    const cells = range(area);
    cells.clear();
    cells.numberFormat = area.numberFormat;
    cells.formulas = area.formulas;
  }
  for (const area of before.known.filter(onKeptSheet)) {
    const cells = range(area);
    cells.clear("Contents");
    cells.numberFormat = area.numberFormat;
    cells.formulas = area.formulas;
  }
  for (const undoPart of now.parts) undoPart();
  // A removed table is back only if a table of its name is still the one from before (a new one may have its name).
  const kept = now.tables.items.filter((table) => tablesBefore.has(table.id));
  const tablesNow = new Set(kept.map((table) => key(table.name)));
  for (const table of before.removedTables) {
    if (tablesNow.has(key(table.name))) continue;
    const restored = workbook.worksheets.getItem(table.sheet).tables.add(boxA1(table.box), true);
    restored.name = table.name;
    restored.style = table.style;
  }
  extra?.();
  restoreNames(context, workbook.names, before.names, now.names.items);
  if (before.worksheet && before.sheetNames && now.sheetNames)
    restoreNames(context, before.worksheet.names, before.sheetNames, now.sheetNames.items);
  for (const sheet of added) workbook.worksheets.getItem(sheet.name).delete();
  await context.sync();
}
