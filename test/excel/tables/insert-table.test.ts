import { planLookup } from "../../../src/core/catalog/embedded";
import { layoutTable, SheetLayout } from "../../../src/core/tables/sheet-layout";
import { cellValue } from "../../../src/core/tables/layout-cells";
import type { PlanDocument } from "../../../src/core/catalog/plan-types";
import { insertPlanTable, InsertRequest } from "../../../src/excel/tables/insert-table";
import { a1, FakeBook, PropertyNotLoadedError } from "../../fakes/excel-fake";
import { presentationOf } from "../../fakes/presentation-fake";
import { presentTable } from "../../../src/core/presentation/table-presentation";
import { widthInPoints } from "../../../src/core/presentation/page-setup";

const lookup = planLookup();
const plan = (id: string): PlanDocument =>
  lookup.catalog.plans.find((candidate) => candidate.id === id) as PlanDocument;

function layoutOf(
  planId: string,
  tableId: string,
  mode: "values" | "formulas" = "values"
): SheetLayout {
  return layoutTable(lookup, plan(planId), tableId, { locale: "zh", mode, footnotes: true });
}

function insert(book: FakeBook, request: Partial<InsertRequest> & { layout: SheetLayout }) {
  return book.run((context) =>
    insertPlanTable(context as unknown as Excel.RequestContext, {
      destination: "selection",
      formulas: false,
      locale: "zh",
      ...request,
    })
  );
}

/** The biggest table of the catalog, by cells. */
function biggest(): SheetLayout {
  const all = lookup.catalog.plans.flatMap((doc) =>
    doc.tables.map((table) => layoutOf(doc.id, table.id, "formulas"))
  );
  return all.reduce((big, layout) =>
    layout.cells.length * layout.width > big.cells.length * big.width ? layout : big
  );
}

/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load -- this test reads too early on purpose, to prove the fake refuses it as Excel does */
describe("the Excel fake", () => {
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
});

/* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */

describe("insertPlanTable", () => {
  test("writes every cell, styles, rules and widths, no Excel table across 小计 rows, and a marker name, in two syncs", async () => {
    const book = new FakeBook();
    book.selection = { sheet: "Sheet1", rect: { row: 4, column: 1, rows: 1, columns: 1 } };
    const layout = layoutOf("jiangbei-2023-38", "a1");
    const outcome = await insert(book, { layout });
    expect(outcome).toEqual({
      status: "inserted",
      address: `Sheet1!${a1({ row: 4, column: 1, rows: layout.cells.length, columns: layout.width })}`,
      updated: false,
    });
    expect(book.syncCount).toBe(2);
    const sheet = book.sheet("Sheet1");
    const written = sheet.grid(
      { row: 4, column: 1, rows: layout.cells.length, columns: layout.width },
      (cell) => cell.value
    );
    expect(written).toEqual(layout.cells.map((row) => row.map(cellValue)));
    const total = 4 + layout.roles.indexOf("total");
    expect(sheet.cell(total, 1)).toMatchObject({ bold: true, fill: "#FCE4D6" });
    expect(sheet.cell(4 + layout.roles.indexOf("subtotal"), 3).fill).toBe("#FFF2CC");
    expect(sheet.cell(4 + layout.roles.indexOf("unit"), 3).fill).toBeUndefined();
    // 江北区's groups have 小计 rows between their units: an Excel table would sort them in with the units.
    expect(book.tables).toEqual([]);
    const shown = presentationOf(book);
    const widths = presentTable(layout).columnWidths;
    expect(widths.map((_, column) => shown.columnWidths.get(`Sheet1!${1 + column}`))).toEqual(
      widths.map(widthInPoints)
    );
    expect(shown.merges).toContainEqual({
      sheet: "Sheet1",
      rect: { row: 4, column: 1, rows: 1, columns: layout.width },
    });
    expect(shown.borders).toContainEqual(
      expect.objectContaining({
        edge: "InsideHorizontal",
        style: "Continuous",
        rect: {
          row: 4 + layout.headerRow,
          column: 1,
          rows: layout.bodyEnd - layout.headerRow,
          columns: layout.width,
        },
      })
    );
    // A block in the middle of a user's sheet leaves the sheet's print setup alone.
    expect(shown.pageLayouts.size).toBe(0);
    expect(book.names.map((name) => name.name)).toEqual(["PlanBlock_jiangbei_2023_38_a1"]);
    expect(sheet.frozenRows).toBe(0);
    expect(book.log.indexOf("range.values")).toBeGreaterThan(
      book.log.indexOf("range.numberFormat")
    );
  });

  test("text figures stay text: the text format is set before the values", async () => {
    const book = new FakeBook();
    const layout = layoutOf("yongchuan-2021-66", "t2");
    await insert(book, { layout });
    const cells = [...book.sheet("Sheet1").cells.values()];
    const twelve = cells.find((cell) => cell.value === "≥12");
    expect(twelve?.numberFormat).toBe("@");
    expect(book.sheet("Sheet1").frozenRows).toBe(layout.headerRow + 1);
  });

  test("formulas: zh Excel gets the translated names through formulasLocal, English Excel the ids through formulas", async () => {
    const layout = layoutOf("jiangbei-2023-38", "a1", "formulas");
    const zh = new FakeBook();
    await insert(zh, { layout, formulas: true, locale: "zh" });
    expect(zh.log).toContain("range.formulasLocal");
    const zhSheet = zh.sheet("Sheet1").written();
    expect(zhSheet[`C${layout.headerRow + 2}`]).toBe(
      '=PLAN.基期数("江北区","高新技术企业","石马河街道","江北府办发〔2023〕38号")'
    );
    const en = new FakeBook();
    await insert(en, { layout, formulas: true, locale: "en" });
    expect(en.log).toContain("range.formulas");
    const totalRow = layout.roles.indexOf("total") + 1;
    expect(en.sheet("Sheet1").written()[`D${totalRow}`]).toBe(
      '=PLAN.TARGET("江北区","高新技术企业",2023,"","江北府办发〔2023〕38号")'
    );
  });

  test("the biggest table goes in within three syncs, also when it updates itself in place", async () => {
    const layout = biggest();
    const book = new FakeBook();
    await insert(book, { layout, formulas: true, destination: "new-sheet" });
    expect(book.syncCount).toBeLessThanOrEqual(3);
    const before = book.syncCount;
    await insert(book, { layout, formulas: true, destination: "new-sheet" });
    expect(book.syncCount - before).toBeLessThanOrEqual(3);
    expect(book.sheets).toHaveLength(2);
  });

  test("a new sheet is named after the table, shortened and unique, with the header frozen", async () => {
    const book = new FakeBook();
    const layout = layoutOf("yongchuan-2021-66", "t2");
    book.sheets[0].name = "表1 永川区“十四五”时期科技发展主要指标"
      .slice(0, 31)
      .replace("表1", "表2");
    const outcome = await insert(book, { layout, destination: "new-sheet" });
    const added = book.sheets[1];
    expect(added.name.length).toBeLessThanOrEqual(31);
    expect(added.name.endsWith(" (2)")).toBe(true);
    expect(outcome.address.startsWith(`'${added.name}'!A1:`)).toBe(true);
    expect(added.frozenRows).toBe(layout.headerRow + 1);
    expect(book.activeSheet).toBe(added.name);
    // Excel.PageLayout (ExcelApi 1.9): A4, one page wide, the header row printed on every page.
    expect(presentationOf(book).pageLayouts.get(added.name)).toEqual({
      paperSize: "A4",
      orientation: presentTable(layout).page.orientation === "landscape" ? "Landscape" : "Portrait",
      zoom: { horizontalFitToPages: 1 },
      printTitleRows: { row: layout.headerRow, column: 0, rows: 1, columns: layout.width },
    });
  });

  test("never writes over a cell that holds anything: it reports the area and writes nothing", async () => {
    const book = new FakeBook();
    const layout = layoutOf("yongchuan-2023-26", "a2");
    book.sheet("Sheet1").setEntry(3, 2, "keep me");
    const outcome = await insert(book, { layout });
    expect(outcome).toEqual({
      status: "occupied",
      address: `Sheet1!${a1({ row: 0, column: 0, rows: layout.cells.length, columns: layout.width })}`,
    });
    expect(book.log).toEqual([]);
    expect(book.sheet("Sheet1").written()).toEqual({ C4: "keep me" });
  });

  test("inserting the same table again updates it in place instead of stacking a copy", async () => {
    const book = new FakeBook();
    book.selection = { sheet: "Sheet1", rect: { row: 2, column: 2, rows: 1, columns: 1 } };
    const layout = layoutOf("yongchuan-2023-26", "a2", "formulas");
    await insert(book, { layout });
    book.sheet("Sheet1").setEntry(2 + layout.headerRow + 1, 4, 999);
    book.selection = { sheet: "Sheet1", rect: { row: 40, column: 0, rows: 1, columns: 1 } };
    const outcome = await insert(book, { layout, formulas: true });
    expect(outcome).toMatchObject({ status: "inserted", updated: true });
    expect(book.tables).toEqual([
      expect.objectContaining({
        // Header and unit rows: the trailing 合计 stays outside, where sorting cannot reach it.
        rect: {
          row: 2 + layout.headerRow,
          column: 2,
          rows: layout.tableEnd - layout.headerRow,
          columns: layout.width,
        },
      }),
    ]);
    expect(layout.roles[layout.tableEnd]).toBe("total");
    expect(book.names).toHaveLength(1);
    const sheet = book.sheet("Sheet1");
    expect(sheet.cell(2 + layout.headerRow + 1, 4).formula).toMatch(
      /^=PLAN\.基期数\("永川区","高新技术企业","永川高新区管委会",/
    );
    expect(sheet.usedRect({ row: 30, column: 0, rows: 100, columns: 20 })).toBeNull();
  });

  test("an update that would grow over other content is refused", async () => {
    const book = new FakeBook();
    const small = layoutOf("jiangbei-2023-38", "a1");
    const withoutNotes = {
      ...small,
      cells: small.cells.slice(0, small.bodyEnd),
      roles: small.roles.slice(0, small.bodyEnd),
      numberFormats: small.numberFormats.slice(0, small.bodyEnd),
    };
    await insert(book, { layout: withoutNotes });
    book.sheet("Sheet1").setEntry(small.bodyEnd + 1, 0, "below");
    const outcome = await insert(book, { layout: small });
    expect(outcome.status).toBe("occupied");
    expect(book.sheet("Sheet1").cell(small.bodyEnd + 1, 0).value).toBe("below");
  });

  test("a failure while queueing leaves nothing written: not even the new sheet", async () => {
    const book = new FakeBook();
    book.failWhenQueueing = "range.merge";
    await expect(
      insert(book, { layout: layoutOf("yongchuan-2023-26", "a1"), destination: "new-sheet" })
    ).rejects.toThrow(/Injected/);
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
    expect(book.log).toEqual([]);
    expect(book.syncCount).toBe(1);
  });

  test("a marker whose sheet was deleted is replaced, not followed", async () => {
    const book = new FakeBook();
    const layout = layoutOf("yongchuan-2023-26", "a2");
    await insert(book, { layout, destination: "new-sheet" });
    book.sheets.splice(1, 1);
    book.tables.splice(0, 1);
    book.selection = { sheet: "Sheet1", rect: { row: 0, column: 0, rows: 1, columns: 1 } };
    const outcome = await insert(book, { layout });
    expect(outcome).toMatchObject({ status: "inserted", updated: false });
    expect(book.names).toEqual([expect.objectContaining({ sheet: "Sheet1" })]);
  });
});
