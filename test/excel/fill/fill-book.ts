import { FakeBook } from "../../fakes/excel";
import { JIANGBEI_NAMES } from "../../core/fill/jiangbei-names";

/**
 * A 江北区 monthly sheet: 序号 in A, the names in B from row 2 (header 街道/镇 in B2), last year's actuals in C, and
 * in D a formula that shows nothing (=IF(C5>0,"","")) in one row: it looks empty and is someone's work.
 */
export function fillBook(): FakeBook {
  const book = new FakeBook();
  const sheet = book.sheets[0];
  sheet.name = "月报";
  book.activeSheet = "月报";
  sheet.setEntry(0, 0, "江北区高新技术企业培育情况");
  sheet.setEntry(1, 0, "序号");
  sheet.setEntry(1, 2, "2024年实际");
  JIANGBEI_NAMES.forEach((name, offset) => {
    if (name !== null) sheet.setEntry(1 + offset, 1, name);
    if (offset > 0 && name !== null) {
      sheet.setEntry(1 + offset, 0, offset);
      sheet.setEntry(1 + offset, 2, 10 + offset);
    }
  });
  sheet.setEntry(4, 3, '=IF(C5>0,"","")');
  book.selection = {
    sheet: "月报",
    rect: { row: 1, column: 1, rows: JIANGBEI_NAMES.length, columns: 1 },
  };
  return book;
}

export const NAMES_BOX = { row: 1, column: 1, rows: JIANGBEI_NAMES.length, columns: 1 };
