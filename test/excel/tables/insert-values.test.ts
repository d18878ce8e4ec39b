import { planLookup } from "../../../src/core/catalog/embedded";
import type { PlanDocument } from "../../../src/core/catalog/plan-types";
import { layoutTable, SheetLayout } from "../../../src/core/tables/sheet-layout";
import { cellValue } from "../../../src/core/tables/layout-cells";
import { insertPlanTable, InsertRequest } from "../../../src/excel/tables/insert-table";
import { insertValues } from "../../../src/excel/tables/insert-values";
import { ApiNotFoundError, runAsExcelApi11 } from "../../fakes/excel-api-1-1";
import { a1, FakeBook } from "../../fakes/excel";
import { commandCount, contentsOf } from "../safe-write/fail-each-command";
import { WriteFailedError } from "../../../src/excel/safe-write/write-failed";

/* The insert of Excel 2016 volume-licensed, against the recording fake restricted to ExcelApi 1.1 (every member
   outside Microsoft's ExcelApi 1.1 reference throws, see test/fakes/excel-api-1-1.ts). */

const lookup = planLookup();
const plan = (id: string) =>
  lookup.catalog.plans.find((candidate) => candidate.id === id) as PlanDocument;
const layout: SheetLayout = layoutTable(lookup, plan("jiangbei-2023-38"), "a1", {
  locale: "zh",
  mode: "values",
  footnotes: true,
});

function request(destination: InsertRequest["destination"]): InsertRequest {
  return { layout, destination, formulas: false, locale: "zh" };
}

describe("insertValues in an Excel with ExcelApi 1.1 alone (Excel 2016 volume-licensed)", () => {
  test("writes the table as values at the selected cell, styled, in three syncs, without Excel 1.2+ members", async () => {
    const book = new FakeBook();
    book.selection = { sheet: "Sheet1", rect: { row: 4, column: 1, rows: 2, columns: 2 } };
    const outcome = await runAsExcelApi11(book, (context) =>
      insertValues(context, request("selection"))
    );
    const box = { row: 4, column: 1, rows: layout.cells.length, columns: layout.width };
    expect(outcome).toEqual({ status: "inserted", address: `Sheet1!${a1(box)}`, updated: false });
    expect(book.syncCount).toBe(3);
    const sheet = book.sheet("Sheet1");
    expect(sheet.grid(box, (cell) => cell.value)).toEqual(
      layout.cells.map((row) => row.map(cellValue))
    );
    expect(sheet.cell(4 + layout.roles.indexOf("total"), 1)).toMatchObject({
      bold: true,
      fill: "#FCE4D6",
    });
    expect(book.log).not.toContain("range.formulas");
    expect(book.tables).toEqual([]);
    expect(book.names).toEqual([]);
    expect(sheet.frozenRows).toBe(0);
    expect(book.log.indexOf("range.values")).toBeGreaterThan(
      book.log.indexOf("range.numberFormat")
    );
  });

  test("text figures stay text: the text format goes in before the values", async () => {
    const book = new FakeBook();
    const t2 = layoutTable(lookup, plan("yongchuan-2021-66"), "t2", {
      locale: "zh",
      mode: "values",
      footnotes: true,
    });
    await runAsExcelApi11(book, (context) =>
      insertValues(context, { ...request("selection"), layout: t2 })
    );
    const twelve = [...book.sheet("Sheet1").cells.values()].find((cell) => cell.value === "≥12");
    expect(twelve?.numberFormat).toBe("@");
  });

  test("into a new sheet named after the table, in two syncs", async () => {
    const book = new FakeBook();
    const outcome = await runAsExcelApi11(book, (context) =>
      insertValues(context, request("new-sheet"))
    );
    expect(book.syncCount).toBe(2);
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", layout.name.slice(0, 31)]);
    expect(book.activeSheet).toBe(book.sheets[1].name);
    expect(outcome.status).toBe("inserted");
    expect(book.sheets[1].written().A1).toBe(cellValue(layout.cells[0][0]));
  });

  test("never writes over a cell that holds anything", async () => {
    const book = new FakeBook();
    book.sheet("Sheet1").setEntry(6, 3, "已填");
    const outcome = await runAsExcelApi11(book, (context) =>
      insertValues(context, request("selection"))
    );
    expect(outcome).toEqual({
      status: "occupied",
      address: `Sheet1!${a1({ row: 0, column: 0, rows: layout.cells.length, columns: layout.width })}`,
    });
    expect(book.log).toEqual([]);
    expect(book.sheet("Sheet1").written()).toEqual({ D7: "已填" });
  });

  test("the full insert would fail in this host: it needs ExcelApi 1.4 to find a block again", async () => {
    const book = new FakeBook();
    await expect(
      runAsExcelApi11(book, (context) => insertPlanTable(context, request("selection")))
    ).rejects.toThrow(ApiNotFoundError);
    expect(book.log).toEqual([]);
  });

  test.each(["selection", "new-sheet"] as const)(
    "a write that fails part-way into %s is undone, whichever command fails, and the user is told",
    async (destination) => {
      const insert = (book: FakeBook) =>
        runAsExcelApi11(book, (context) => insertValues(context, request(destination)));
      const count = await commandCount(() => new FakeBook(), insert);
      expect(count).toBeGreaterThan(5);
      for (let n = 1; n <= count; n++) {
        const book = new FakeBook();
        const before = contentsOf(book);
        book.failCommand(n);
        const failure = await insert(book).catch((error: unknown) => error);
        expect(failure).toBeInstanceOf(WriteFailedError);
        expect((failure as WriteFailedError).undone).toBe(true);
        expect({ n, contents: contentsOf(book) }).toEqual({ n, contents: before });
      }
    }
  );
});
