import type { ConditionalFormatState, FakeBook } from "./book";
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
