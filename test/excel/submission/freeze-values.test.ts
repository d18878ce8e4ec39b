import { freezePlanValues } from "../../../src/excel/submission/freeze-values";
import { FakeBook } from "../../fakes/excel";
import { FreezeRefusal } from "../../../src/core/submission/plan-cells";
import { expectEachFailureUndone } from "../safe-write/fail-each-command";

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
  test("copies the sheet after it, with every PLAN.* formula replaced by its value, in four syncs", async () => {
    const book = bookWithFormulas();
    const outcome = await book.run((context) =>
      freezePlanValues(context as unknown as Excel.RequestContext, "zh")
    );
    expect(outcome).toEqual({ sheet: "月报 固化", replaced: 3 });
    // The used range's place, its one band, the copy with the spills, the values.
    expect(book.syncCount).toBe(4);
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
    await book.run((context) => freezePlanValues(context as unknown as Excel.RequestContext, "zh"));
    book.activeSheet = "月报";
    const second = await book.run((context) =>
      freezePlanValues(context as unknown as Excel.RequestContext, "zh")
    );
    expect(second.sheet).toBe("月报 固化 (2)");
  });

  const freeze = (book: FakeBook) =>
    book.run((context) => freezePlanValues(context as unknown as Excel.RequestContext, "zh"));

  test("a sheet without PLAN.* formulas is told so, and no copy is made (issue 24)", async () => {
    const book = new FakeBook();
    book.sheet("Sheet1").setEntry(0, 0, "观音桥街道");
    const refused = await freeze(book).catch((error: unknown) => error);
    expect(refused).toEqual(expect.any(FreezeRefusal));
    expect((refused as FreezeRefusal).reason).toBe("nothing");
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
    expect(book.syncCount).toBe(2);
  });

  test.each(["#BUSY!", "#NAME?", "#N/A", "#VALUE!"])(
    "a PLAN.* cell showing %s instead of a figure is named, and nothing is copied (issue 23)",
    async (shown) => {
      const book = bookWithFormulas();
      book.sheet("月报").edit(1, 1, (cell) => {
        cell.value = shown;
      });
      const refused = await freeze(book).catch((error: unknown) => error);
      expect(refused).toEqual(expect.any(FreezeRefusal));
      expect((refused as FreezeRefusal).cells).toEqual([{ address: "B2", shown }]);
      expect(book.sheets.map((sheet) => sheet.name)).toEqual(["月报"]);
    }
  );

  test("a sheet of 45,000 cells is read in bands of at most 20,000, each response far under 5 MB (issue 23)", async () => {
    const book = bookWithFormulas();
    const sheet = book.sheet("月报");
    for (let row = 2; row < 15_000; row++) sheet.setEntry(row, 2, `单位${row}`);
    sheet.edit(14_999, 1, (cell) => {
      cell.formula = '=PLAN.TARGET("江北区","高企",2025,"寸滩")';
      cell.value = 60;
    });
    const outcome = await freeze(book);
    expect(outcome.replaced).toBe(4);
    expect(book.syncCount).toBe(1 + 3 + 2);
    expect(book.largestRequestBytes()).toBeLessThan(2 * 1024 * 1024);
  });

  test("a used range over a million cells is refused before it is read", async () => {
    const book = bookWithFormulas();
    book.sheet("月报").setEntry(1_000_000, 0, "末行");
    const refused = await freeze(book).catch((error: unknown) => error);
    expect((refused as FreezeRefusal).reason).toBe("too-large");
    expect(book.syncCount).toBe(1);
    expect(book.sheets).toHaveLength(1);
  });

  test("a failure of any command deletes the copy and says so: the workbook is as before (issue 22)", async () => {
    await expectEachFailureUndone(bookWithFormulas, freeze, 4);
  });
});
