import { ConditionalFormatState, FakeBook } from "./book";
import type { Rect } from "./geometry";

/** A book as plain data, for the end-to-end test: the page gets the seed as JSON (see test/e2e/fake-office.ts). */
export interface BookSeed {
  /** The name of the first sheet, which is made the active one. */
  sheet: string;
  /** Entries from A1 on, as a user types them (see FakeSheet.setEntry); null or "" leaves a cell empty. */
  rows: (string | number | null)[][];
  /** The selected cells of that sheet. */
  selection: Rect;
  /** The user's own conditional formats on that sheet. */
  conditionalFormats?: Omit<ConditionalFormatState, "sheet">[];
}

export function seedBook(book: FakeBook, seed: BookSeed): void {
  const sheet = book.sheets[0];
  sheet.name = seed.sheet;
  book.activeSheet = seed.sheet;
  seed.rows.forEach((row, r) =>
    row.forEach((entry, c) => {
      if (entry !== null && entry !== "") sheet.setEntry(r, c, entry);
    })
  );
  book.selection = { sheet: seed.sheet, rect: seed.selection };
  book.conditionalFormats.push(
    ...(seed.conditionalFormats ?? []).map((format) => ({ ...format, sheet: seed.sheet }))
  );
}

/** The workbook as it is after saving and opening again: cells, sheets and custom XML parts, and nothing queued. */
export function reopenBook(book: FakeBook): FakeBook {
  const reopened = new FakeBook();
  reopened.sheets.splice(0, reopened.sheets.length, ...book.sheets);
  reopened.activeSheet = book.activeSheet;
  reopened.xmlParts.push(...book.xmlParts.map((part) => ({ ...part })));
  return reopened;
}
