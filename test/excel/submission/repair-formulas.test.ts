import { repairPlanFormulas } from "../../../src/excel/submission/repair-formulas";
import { FakeBook, FakeSheet } from "../../fakes/excel";
import { expectEachFailureUndone } from "../safe-write/fail-each-command";

/*
 * 修复公式 (issue 22): PLAN.* cells showing #NAME? (the workbook opened before the functions registered: office-js
 * #4487, #6611, #6355) get their formulas entered again, unchanged; protected sheets are reported and not touched.
 */

const ENTERED = '=PLAN.TARGET("江北区","高企",2025,"观音桥")';

function bookWithNames(): FakeBook {
  const book = new FakeBook();
  const report = book.sheet("Sheet1");
  report.name = "月报";
  report.setEntry(0, 0, "观音桥街道");
  report.edit(0, 1, (cell) => {
    cell.formula = ENTERED;
    cell.value = "#NAME?";
  });
  report.edit(1, 1, (cell) => {
    cell.formula = '=PLAN.目标("江北区","高企",2025,"石马河")';
    cell.value = 80;
  });
  report.edit(2, 1, (cell) => {
    cell.formula = "=MYOWN.FN(1)";
    cell.value = "#NAME?";
  });
  book.sheets.push(new FakeSheet("汇总"));
  const locked = book.sheet("汇总");
  locked.edit(0, 0, (cell) => {
    cell.formula = ENTERED;
    cell.value = "#NAME?";
  });
  book.protectedSheets.set("汇总", {});
  return book;
}

const repair = (book: FakeBook) =>
  book.run((context) => repairPlanFormulas(context as unknown as Excel.RequestContext, "zh"));

describe("修复公式 (repairPlanFormulas)", () => {
  test("enters again only the PLAN.* cells showing #NAME?, and lists the protected sheet untouched", async () => {
    const book = bookWithNames();
    const outcome = await repair(book);
    expect(outcome).toEqual({ repaired: 1, protectedSheets: ["汇总"], tooLarge: [] });
    expect(book.syncCount).toBe(4);
    expect(book.log.filter((label) => label.includes("formulas"))).toHaveLength(1);
    expect(book.sheet("月报").written()).toMatchObject({ B1: ENTERED, B3: "=MYOWN.FN(1)" });
    expect(book.sheet("汇总").written()).toEqual({ A1: ENTERED });
  });

  test("a workbook without #NAME? is read and nothing is written", async () => {
    const book = new FakeBook();
    book.sheet("Sheet1").edit(0, 0, (cell) => {
      cell.formula = ENTERED;
      cell.value = 100;
    });
    const logged = book.log.length;
    expect(await repair(book)).toEqual({ repaired: 0, protectedSheets: [], tooLarge: [] });
    expect(book.log.length).toBe(logged);
    expect(book.syncCount).toBe(3);
  });

  test("a failure of its write is told in words and the workbook is as before", async () => {
    await expectEachFailureUndone(bookWithNames, repair, 1);
  });
});
