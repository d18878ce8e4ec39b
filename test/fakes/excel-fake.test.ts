import { FakeBook, InjectedFailure, PropertyNotLoadedError, reopenBook } from "./excel";

/*
 * The fake must refuse what Excel refuses, or tests of our writes prove nothing. Microsoft's docs on the API's
 * request model ("Call load() before reading properties"; "context.sync() ... sends the queued commands") and on
 * error handling ("If a batch fails, the operations before the failing one have been applied": Excel does not roll
 * a batch back) are what it follows.
 */

/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load -- these tests read too early on purpose, to prove the fake refuses it as Excel does */
describe("the Excel fake: load and sync before read", () => {
  test("refuses to read what was not loaded, or loaded but not synced", async () => {
    const context = new FakeBook().context();
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
    expect(() => range.values).toThrow(PropertyNotLoadedError);
    range.load("values");
    expect(() => range.values).toThrow(PropertyNotLoadedError);
    await context.sync();
    expect(range.values).toEqual([
      ["", ""],
      ["", ""],
    ]);
    expect(() => range.address).toThrow(PropertyNotLoadedError);
  });

  test("a write is not visible before sync, and a null object's state is known only after one", async () => {
    const book = new FakeBook();
    const context = book.context();
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[5]];
    const name = context.workbook.names.getItemOrNullObject("nothing");
    expect(book.sheet("Sheet1").written()).toEqual({});
    expect(() => name.isNullObject).toThrow(PropertyNotLoadedError);
    await context.sync();
    expect(book.sheet("Sheet1").written()).toEqual({ A1: 5 });
    expect(name.isNullObject).toBe(true);
  });
});
/* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */

describe("the Excel fake: a failed batch", () => {
  async function threeWrites(book: FakeBook): Promise<void> {
    const context = book.context();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").values = [[1]];
    sheet.getRange("B1").values = [[2]];
    sheet.getRange("C1").values = [[3]];
    await context.sync();
  }

  test("keeps the commands before the failing one, drops it and the rest, and rejects", async () => {
    const book = new FakeBook();
    book.failCommand(2);
    await expect(threeWrites(book)).rejects.toThrow(InjectedFailure);
    expect(book.sheet("Sheet1").written()).toEqual({ A1: 1 });
    expect(book.failed).toEqual(["range.values"]);
  });

  test("can fail any command, by number or by label, once", async () => {
    for (const n of [1, 2, 3]) {
      const book = new FakeBook();
      book.failCommand(n);
      await expect(threeWrites(book)).rejects.toThrow(InjectedFailure);
      expect(Object.keys(book.sheet("Sheet1").written())).toHaveLength(n - 1);
      await threeWrites(book);
      expect(book.sheet("Sheet1").written()).toEqual({ A1: 1, B1: 2, C1: 3 });
    }
    const book = new FakeBook();
    book.failCommand((label) => label === "names.add");
    const context = book.context();
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
    context.workbook.names.add("Mine", context.workbook.getSelectedRange());
    await expect(context.sync()).rejects.toThrow(/names\.add/);
    expect(book.names).toEqual([]);
    expect(book.sheet("Sheet1").written()).toEqual({ A1: 1 });
  });

  test("a command Excel refuses fails the same way: what came before stays", async () => {
    const book = new FakeBook();
    const context = book.context();
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    range.values = [[1]];
    context.workbook.names.add("A1", range);
    range.format.font.bold = true;
    await expect(context.sync()).rejects.toThrow(/InvalidArgument/);
    expect(book.sheet("Sheet1").cell(0, 0)).toMatchObject({ value: 1 });
    expect(book.sheet("Sheet1").cell(0, 0).bold).toBeUndefined();
  });
});

describe("the Excel fake: what a range reads", () => {
  test("formulas give a formula's text, values what it shows, text the value as a string", async () => {
    const book = new FakeBook();
    book.sheet("Sheet1").setEntry(0, 0, 12);
    book.sheet("Sheet1").setEntry(0, 1, '=IF(A1>0,"","-")');
    const context = book.context();
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
    range.load("values,formulas,text");
    await context.sync();
    expect(range.values).toEqual([[12, ""]]);
    expect(range.formulas).toEqual([[12, '=IF(A1>0,"","-")']]);
    expect(range.text).toEqual([["12", ""]]);
  });
});

/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- a ClientResult's value is read before its sync on purpose, to prove the fake refuses it */
describe("the Excel fake: custom XML parts", () => {
  test("a part is found by its root namespace after sync, and survives saving and opening again", async () => {
    const book = new FakeBook();
    const context = book.context();
    context.workbook.customXmlParts.add('<plans xmlns="urn:plan-targets"><plan/></plans>');
    await context.sync();
    const reopened = reopenBook(book);
    const next = reopened.context();
    const part = next.workbook.customXmlParts
      .getByNamespace("urn:plan-targets")
      .getOnlyItemOrNullObject();
    await next.sync();
    expect(part.isNullObject).toBe(false);
    const xml = part.getXml();
    expect(() => xml.value).toThrow(/PropertyNotLoaded/);
    await next.sync();
    expect(xml.value).toContain("<plan/>");
  });
});
/* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read */

describe("the Excel fake: Excel.run and request sizes", () => {
  test("Excel.run syncs what is still queued when the batch returns", async () => {
    const book = new FakeBook();
    await book.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["left queued"]];
    });
    expect(book.sheet("Sheet1").written()).toEqual({ A1: "left queued" });
    expect(book.syncCount).toBe(1);
    await book.run(async () => undefined);
    expect(book.syncCount).toBe(1);
  });

  test("estimates each request and response in bytes, as JSON", async () => {
    const book = new FakeBook();
    const grid = Array.from({ length: 100 }, () => Array.from({ length: 10 }, () => 12345));
    await book.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:J100");
      range.values = grid;
      await context.sync();
      range.load("values");
      await context.sync();
    });
    const gridBytes = JSON.stringify(grid).length;
    expect(book.requests[0].requestBytes).toBeGreaterThanOrEqual(gridBytes);
    expect(book.requests[1].responseBytes).toBeGreaterThanOrEqual(gridBytes);
    expect(book.largestRequestBytes()).toBeLessThan(gridBytes + 100);
  });
});
