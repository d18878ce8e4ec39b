import { freezePlanValues } from "../../../src/excel/submission/freeze-values";
import { FakeBook } from "../../fakes/excel";

/** A sheet as a user has it: PLAN.* formulas (with the values Excel shows), a formula of their own, text. */
function bookWithFormulas(): FakeBook {
  const book = new FakeBook();
  const sheet = book.sheet("Sheet1");
  sheet.name = "月报";
  book.activeSheet = "月报";
  sheet.setEntry(0, 0, "观音桥街道");
  sheet.edit(0, 1, (cell) => {
    cell.formula = '=PLAN.TARGET("江北区","高企",2025,"观音桥")';
    cell.value = 100;
  });
  sheet.edit(0, 2, (cell) => {
    cell.formula = '=PLAN.目标("江北区","高企",2025,"石马河")*2';
    cell.value = 80;
  });
  sheet.edit(0, 3, (cell) => {
    cell.formula = "=B1/2";
    cell.value = 50;
  });
  sheet.edit(1, 1, (cell) => {
    cell.formula = '=PLAN.STATUS(90,"江北区","高企","2025-10-31","观音桥")';
    cell.value = "落后";
  });
  return book;
}

describe("发送前固化 (freezePlanValues)", () => {
  test("copies the sheet after it, with every PLAN.* formula replaced by its value, in three syncs", async () => {
    const book = bookWithFormulas();
    const outcome = await book.run((context) =>
      freezePlanValues(context as unknown as Excel.RequestContext)
    );
    expect(outcome).toEqual({ sheet: "月报 固化", replaced: 3 });
    expect(book.syncCount).toBe(3);
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(["月报", "月报 固化"]);
    expect(book.sheet("月报 固化").written()).toEqual({
      A1: "观音桥街道",
      B1: 100,
      C1: 80,
      D1: "=B1/2",
      B2: "落后",
    });
    expect(book.sheet("月报").written()).toMatchObject({
      B1: '=PLAN.TARGET("江北区","高企",2025,"观音桥")',
    });
    expect(book.activeSheet).toBe("月报 固化");
  });

  test("a second copy gets a name of its own", async () => {
    const book = bookWithFormulas();
    await book.run((context) => freezePlanValues(context as unknown as Excel.RequestContext));
    book.activeSheet = "月报";
    const second = await book.run((context) =>
      freezePlanValues(context as unknown as Excel.RequestContext)
    );
    expect(second.sheet).toBe("月报 固化 (2)");
  });
});
