import { WriteFailedError } from "../../../src/excel/safe-write/write-failed";
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

/**
 * contentsOf, and the fills and bold of every cell: for the actions whose undo keeps the user's formatting. (An undo
 * that puts back one of our earlier blocks clears it whole first, so its bold and fills are not yet kept.)
 */
export function contentsWithFormatting(book: FakeBook): unknown {
  return {
    contents: contentsOf(book),
    formatted: book.sheets.map((sheet) =>
      [...sheet.cells.entries()]
        .filter(([, cell]) => cell.fill !== undefined || cell.bold !== undefined)
        .map(([key, cell]) => [key, cell.fill ?? null, cell.bold ?? null])
        .sort(([a], [b]) => String(a).localeCompare(String(b)))
    ),
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

/**
 * Fails each command of `action` in turn on a fresh book from `setup` (Excel keeps the commands before a failing one:
 * learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling): each time the user must be
 * told, in words, that the sheet is as it was, and the workbook must be exactly as before. Commands before
 * `firstWrite` are reads queued as methods (customXmlPart.getXml): their failure stops the action before it writes,
 * and may reach the pane as Excel's own error, but the workbook must be as before too. Returns the command count.
 */
export async function expectEachFailureUndone(
  setup: () => Promise<FakeBook> | FakeBook,
  action: (book: FakeBook) => Promise<unknown>,
  minimum: number,
  compare: (book: FakeBook) => unknown = contentsOf,
  firstWrite = 1
): Promise<number> {
  const counting = await setup();
  const count = await commandCount(() => counting, action);
  expect(count).toBeGreaterThanOrEqual(minimum);
  for (let n = 1; n <= count; n++) {
    const book = await setup();
    const before = compare(book);
    book.failCommand(n);
    const failure = await action(book).catch((error: unknown) => error);
    if (n < firstWrite) {
      expect({ n, failed: failure instanceof Error, contents: compare(book) }).toEqual({
        n,
        failed: true,
        contents: before,
      });
      continue;
    }
    expect({ n, failure }).toEqual({ n, failure: expect.any(WriteFailedError) });
    expect({ n, undone: (failure as WriteFailedError).undone }).toEqual({ n, undone: true });
    expect((failure as WriteFailedError).message).toMatch(
      /已撤销本次写入，工作表保持原样|the sheet is as it was/
    );
    expect({ n, contents: compare(book) }).toEqual({ n, contents: before });
  }
  return count;
}
