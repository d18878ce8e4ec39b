import { planLookup } from "../../../src/core/catalog/embedded";
import { layoutTable, SheetLayout } from "../../../src/core/tables/sheet-layout";
import { cellValue } from "../../../src/core/tables/layout-cells";
import type { PlanDocument } from "../../../src/core/catalog/plan-types";
import { insertPlanTable, InsertRequest } from "../../../src/excel/tables/insert-table";
import { a1, FakeBook } from "../../fakes/excel";
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
    const shown = book.presentation;
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

  test("formulas: every Excel gets the ids through range.formulas, never formulasLocal", async () => {
    const layout = layoutOf("jiangbei-2023-38", "a1", "formulas");
    const totalRow = layout.roles.indexOf("total") + 1;
    for (const locale of ["zh", "en"] as const) {
      const book = new FakeBook();
      await insert(book, { layout, formulas: true, locale });
      expect(book.log).toContain("range.formulas");
      expect(book.log).not.toContain("range.formulasLocal");
      const written = book.sheet("Sheet1").written();
      expect(written[`C${layout.headerRow + 2}`]).toBe(
        '=PLAN.BASELINE("江北区","高新技术企业","石马河街道","江北府办发〔2023〕38号")'
      );
      expect(written[`D${totalRow}`]).toBe(
        '=PLAN.TARGET("江北区","高新技术企业",2023,"","江北府办发〔2023〕38号")'
      );
    }
  });

  test("the biggest table goes in within three syncs, also when it updates itself in place", async () => {
    const layout = biggest();
    const book = new FakeBook();
    await insert(book, { layout, formulas: true });
    expect(book.syncCount).toBeLessThanOrEqual(3);
    const before = book.syncCount;
    const outcome = await insert(book, { layout, formulas: true });
    expect(outcome).toMatchObject({ status: "inserted", updated: true });
    expect(book.syncCount - before).toBeLessThanOrEqual(3);
  });

  // Issue 13, finding 5: 插入到新工作表 made no copy when the table had been inserted before.
  test("插入到新工作表 inserts a new copy each time, with its own names; the earlier copies stay as they are", async () => {
    const layout = layoutOf("yongchuan-2023-26", "a2");
    const book = new FakeBook();
    await insert(book, { layout, destination: "new-sheet" });
    const first = book.sheets[1].written();
    const outcome = await insert(book, { layout, destination: "new-sheet" });
    expect(outcome).toMatchObject({ status: "inserted", updated: false });
    expect(book.sheets).toHaveLength(3);
    expect(book.sheets[2].written()).toEqual(first);
    expect(book.sheets[1].written()).toEqual(first);
    expect(book.names.map((name) => [name.name, name.sheet])).toEqual([
      ["PlanBlock_yongchuan_2023_26_a2", book.sheets[1].name],
      ["PlanBlock_yongchuan_2023_26_a2.2", book.sheets[2].name],
    ]);
    expect(book.tables.map((table) => table.name)).toEqual([
      "PlanTable_yongchuan_2023_26_a2",
      "PlanTable_yongchuan_2023_26_a2.2",
    ]);
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
    expect(book.presentation.pageLayouts.get(added.name)).toEqual({
      paperSize: "A4",
      orientation: presentTable(layout).page.orientation === "landscape" ? "Landscape" : "Portrait",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
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
      /^=PLAN\.BASELINE\("永川区","高新技术企业","永川高新区管委会",/
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

  // Issue 13, finding 2: an update cleared the whole old block, the user's own entries included.
  test("a block the user changed is not replaced silently: the user is asked, and only a yes replaces it", async () => {
    const book = new FakeBook();
    book.selection = { sheet: "Sheet1", rect: { row: 2, column: 2, rows: 1, columns: 1 } };
    const layout = layoutOf("yongchuan-2023-26", "a2", "formulas");
    await insert(book, { layout });
    const edited = { row: 2 + layout.headerRow + 1, column: 4 };
    book.sheet("Sheet1").setEntry(edited.row, edited.column, 999);
    const log = book.log.length;
    const asked = await insert(book, { layout, formulas: true });
    expect(asked).toEqual({
      status: "edited",
      address: `Sheet1!${a1({ row: 2, column: 2, rows: layout.cells.length, columns: layout.width })}`,
    });
    expect(book.log.length).toBe(log);
    expect(book.sheet("Sheet1").cell(edited.row, edited.column).value).toBe(999);
    const replaced = await insert(book, { layout, formulas: true, replaceEdits: true });
    expect(replaced).toMatchObject({ status: "inserted", updated: true });
    expect(book.sheet("Sheet1").cell(edited.row, edited.column).formula).toMatch(/^=PLAN\./);
    expect(book.tables).toHaveLength(1);
    expect(book.names).toHaveLength(1);
  });

  test("a row the user inserted inside the block counts as an edit too", async () => {
    const book = new FakeBook();
    const layout = layoutOf("yongchuan-2023-26", "a2");
    await insert(book, { layout });
    // Inserting a row inside a named block makes the name one row taller, as Excel does.
    book.names[0].rect = { ...book.names[0].rect, rows: book.names[0].rect.rows + 1 };
    expect(await insert(book, { layout })).toMatchObject({ status: "edited" });
  });

  // Issue 13, finding 3: the occupied answer still synced the queued marker.delete() and convertToRange().
  test("an insert refused as occupied queues nothing, also where a stale marker and table exist", async () => {
    const book = new FakeBook();
    const layout = layoutOf("yongchuan-2023-26", "a2");
    await insert(book, { layout, destination: "new-sheet" });
    book.sheets.splice(1, 1);
    book.selection = { sheet: "Sheet1", rect: { row: 0, column: 0, rows: 1, columns: 1 } };
    book.sheet("Sheet1").setEntry(0, 0, "mine");
    const names = JSON.stringify(book.names);
    const tables = JSON.stringify(book.tables);
    const log = book.log.length;
    expect(await insert(book, { layout })).toMatchObject({ status: "occupied" });
    expect(book.log.length).toBe(log);
    expect(JSON.stringify(book.names)).toBe(names);
    expect(JSON.stringify(book.tables)).toBe(tables);
  });

  test("a marker whose sheet was deleted is replaced, not followed", async () => {
    const book = new FakeBook();
    const layout = layoutOf("yongchuan-2023-26", "a2");
    await insert(book, { layout, destination: "new-sheet" });
    const deleted = book.sheets.splice(1, 1)[0].name;
    book.tables.splice(0, 1);
    book.selection = { sheet: "Sheet1", rect: { row: 0, column: 0, rows: 1, columns: 1 } };
    const outcome = await insert(book, { layout });
    expect(outcome).toMatchObject({ status: "inserted", updated: false });
    // The stale name (now #REF!) is left alone; the new copy takes the next number.
    expect(book.names.map((name) => [name.name, name.sheet])).toEqual([
      ["PlanBlock_yongchuan_2023_26_a2", deleted],
      ["PlanBlock_yongchuan_2023_26_a2.2", "Sheet1"],
    ]);
  });
});
