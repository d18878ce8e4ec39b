import type { HighlightRequest } from "../../../src/excel/highlight/highlight";
import { FakeBook } from "../../fakes/excel";

/** 江北区's streets, repeated down the sheet as a bureau's monthly sheet of many reporting units would list them. */
const UNITS = ["石马河街道", "大石坝街道", "观音桥街道", "华新街街道", "五里店街道", "江北城街道"];

export const MONTHS = 12;

export const LARGE_REQUEST: HighlightRequest = {
  region: "江北区",
  indicator: "高新技术企业",
  reporting: { year: 2025, month: 10, day: 31 },
  method: "months",
  farBehindPoints: 10,
  meaning: "red-behind",
  locale: "zh",
};

/**
 * A monthly sheet: 单位 in A, "1月" … "12月" in B1:M1, `rows` rows of figures below, and `extraRows` more rows of the
 * user's data further down (a long sheet whose selection is only part of it). The figures B2:M(rows+1) are selected.
 */
export function largeBook(rows: number, extraRows = 0): FakeBook {
  const book = new FakeBook();
  const sheet = book.sheets[0];
  sheet.setEntry(0, 0, "单位");
  for (let month = 1; month <= MONTHS; month++) sheet.setEntry(0, month, `${month}月`);
  for (let row = 1; row <= rows + extraRows; row++) {
    sheet.setEntry(row, 0, UNITS[row % UNITS.length]);
    for (let month = 1; month <= MONTHS; month++)
      sheet.setEntry(row, month, (row * 7 + month * 3) % 120);
  }
  book.selection = { sheet: "Sheet1", rect: { row: 1, column: 1, rows, columns: MONTHS } };
  return book;
}
