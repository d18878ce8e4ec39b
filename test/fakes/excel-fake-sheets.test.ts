import { FakeBook, InjectedFailure } from "./excel";

/*
 * The members print-ready and submission sheets use (presentation, validation, protection, copying and renaming
 * sheets) follow the same rules as the rest of the fake: nothing before sync, and a failed batch keeps what came
 * before the failing command and drops the rest.
 */

describe("the Excel fake: presentation, validation and protection writes", () => {
  test("take effect at sync, and a failed batch keeps only the commands before the failing one", async () => {
    const book = new FakeBook();
    const context = book.context();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const range = sheet.getRange("B2:C3");
    range.format.columnWidth = 60;
    range.merge(false);
    range.dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
    range.format.protection.locked = false;
    sheet.protection.protect();
    sheet.pageLayout.paperSize = "A4";
    expect(book.presentation.columnWidths.size).toBe(0);
    book.failCommand((label) => label === "dataValidation.rule");
    await expect(context.sync()).rejects.toThrow(InjectedFailure);
    expect([...book.presentation.columnWidths]).toEqual([
      ["Sheet1!1", 60],
      ["Sheet1!2", 60],
    ]);
    expect(book.presentation.merges).toEqual([
      { sheet: "Sheet1", rect: { row: 1, column: 1, rows: 2, columns: 2 } },
    ]);
    expect(book.validations).toEqual([]);
    expect(book.unlocked).toEqual([]);
    expect(book.protectedSheets.size).toBe(0);
    expect(book.presentation.pageLayouts.size).toBe(0);
  });

  test("merging across part of a merged area fails as in Excel; unmerging frees it", async () => {
    const book = new FakeBook();
    const context = book.context();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B1").merge();
    sheet.getRange("A1:C2").merge();
    await context.sync();
    sheet.getRange("B1:D1").merge();
    await expect(context.sync()).rejects.toThrow(/overlaps a merged area/);
    sheet.getRange("A1:D4").unmerge();
    sheet.getRange("B1:D1").merge();
    await context.sync();
    expect(book.presentation.merges.map((merge) => merge.rect)).toEqual([
      { row: 0, column: 1, rows: 1, columns: 3 },
    ]);
  });
});

describe("the Excel fake: copying, renaming and deleting worksheets", () => {
  test("a copy takes the next free name after its anchor, with the cells; getCell writes to it", async () => {
    const book = new FakeBook();
    const context = book.context();
    context.workbook.worksheets.add("Plan");
    context.workbook.worksheets.add("Plan (2)");
    const plan = context.workbook.worksheets.getItem("Plan");
    plan.getRange("A1").values = [[7]];
    const copy = plan.copy("After", plan);
    copy.getCell(0, 1).values = [[8]];
    copy.load("name");
    await context.sync();
    expect(copy.name).toBe("Plan (3)");
    expect(book.sheets.map((sheet) => sheet.name)).toEqual([
      "Sheet1",
      "Plan",
      "Plan (3)",
      "Plan (2)",
    ]);
    expect(book.sheet("Plan (3)").written()).toEqual({ A1: 7, B1: 8 });
    expect(book.sheet("Plan").written()).toEqual({ A1: 7 });
  });

  test("renaming refuses a name in use and carries the active sheet along", async () => {
    const book = new FakeBook();
    const context = book.context();
    context.workbook.worksheets.add("Other");
    context.workbook.worksheets.getItem("Sheet1").name = "Plan";
    await context.sync();
    expect(book.activeSheet).toBe("Plan");
    context.workbook.worksheets.getItem("Plan").name = "other";
    await expect(context.sync()).rejects.toThrow(/ItemAlreadyExists/);
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(["Plan", "Other"]);
  });

  test("a null object deletes nothing; a sheet goes with its tables; the last sheet stays", async () => {
    const book = new FakeBook();
    const context = book.context();
    context.workbook.worksheets.add("Plan");
    context.workbook.tables.add("Plan!A1:B2", true);
    context.workbook.worksheets.getItemOrNullObject("Missing").delete();
    await context.sync();
    expect(book.tables).toHaveLength(1);
    context.workbook.worksheets.getItem("Plan").delete();
    await context.sync();
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
    expect(book.tables).toEqual([]);
    context.workbook.worksheets.getItem("Sheet1").delete();
    await expect(context.sync()).rejects.toThrow(/last sheet/);
  });

  test("nothing spills: the fake calculates no formulas", async () => {
    const context = new FakeBook().context();
    const spill = context.workbook.worksheets
      .getItem("Sheet1")
      .getCell(0, 0)
      .getSpillingToRangeOrNullObject();
    spill.load("address");
    await context.sync();
    expect(spill.isNullObject).toBe(true);
  });
});
