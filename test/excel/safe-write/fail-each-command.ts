import type { FakeBook } from "../../fakes/excel";

/**
 * What a user sees of a workbook: every sheet's cells (entries and number formats), tables, names, conditional formats
 * and charts, without Excel's internal ids (a table put back gets a new id) and without view state (selection, active
 * sheet, frozen panes).
 */
export function contentsOf(book: FakeBook): unknown {
  const cells = (sheet: FakeBook["sheets"][number]) =>
    [...sheet.cells.entries()]
      .filter(
        ([, cell]) => cell.value !== "" || cell.formula !== "" || cell.numberFormat !== "General"
      )
      .map(([key, cell]) => [key, cell.formula || cell.value, cell.numberFormat])
      .sort(([a], [b]) => String(a).localeCompare(String(b)));
  const sorted = <T>(list: T[]) => list.map((item) => JSON.stringify(item)).sort();
  return {
    sheets: book.sheets.map((sheet) => ({ name: sheet.name, cells: cells(sheet) })),
    tables: sorted(
      book.tables.map(({ name, sheet, rect, style }) => ({ name, sheet, rect, style }))
    ),
    names: sorted(book.names),
    sheetNames: sorted(book.sheetNames),
    conditionalFormats: sorted(
      book.conditionalFormats.map(({ sheet, rect, type, formula, fill, fontColor }) => ({
        sheet,
        rect,
        type,
        formula,
        fill,
        fontColor,
      }))
    ),
    charts: sorted(book.charts),
  };
}

/** How many commands an action's batches apply on a fresh book. */
export async function commandCount(
  setup: () => FakeBook,
  action: (book: FakeBook) => Promise<unknown>
): Promise<number> {
  const book = setup();
  const before = book.log.length;
  await action(book);
  return book.log.length - before;
}
