import { checkSelection, HighlightRequest } from "../../../src/excel/highlight/highlight";
import { insertPlanTable } from "../../../src/excel/tables/insert-table";
import { chartData } from "../../../src/core/chart/chart-data";
import { layoutTable } from "../../../src/core/tables/sheet-layout";
import { planLookup } from "../../../src/core/catalog/embedded";
import type { PlanDocument } from "../../../src/core/catalog/plan-types";
import { FakeBook, FakeRequestContext } from "../../fakes/excel";
import { applied, charted, removedCount } from "./applied";

const REQUEST: HighlightRequest = {
  region: "江北区",
  indicator: "高新技术企业",
  reporting: { year: 2024, month: 6, day: 30 },
  method: "increment",
  farBehindPoints: 10,
  meaning: "red-behind",
  locale: "zh",
};

function run<T>(book: FakeBook, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return book.run((context: FakeRequestContext) =>
    batch(context as unknown as Excel.RequestContext)
  );
}

/** A submission sheet: units in A, the year's targets in B, the actual figures in C (selected). */
function targetsBook(): FakeBook {
  const book = new FakeBook();
  const sheet = book.sheets[0];
  sheet.name = "月报";
  book.activeSheet = "月报";
  [
    ["街镇", "2024年目标", "2024年实际"],
    ["石马河街道", 36, 35],
    ["大石坝街道", 13, 6],
    ["石马街道", 30, 10],
  ].forEach((cells, row) => cells.forEach((value, column) => sheet.setEntry(row, column, value)));
  book.selection = { sheet: "月报", rect: { row: 1, column: 2, rows: 3, columns: 1 } };
  return book;
}

describe("highlighting against target cells beside the actuals", () => {
  it("references the sheet's target cells in the rules and the helper formulas, in six syncs", async () => {
    const book = targetsBook();
    const before = book.sheets[0].written();
    const result = await run(book, (context) => applied(context, REQUEST));
    expect(book.syncCount).toBe(6);
    expect(result.analysis.sources).toEqual([{ kind: "sheet", column: 1, header: "2024年目标" }]);
    expect(result.analysis.statuses).toEqual([["on-pace"], ["behind"], ["far-behind"]]);
    expect(
      result.analysis.differences.map((found) => [found.label, found.sheet, found.catalog])
    ).toEqual([["大石坝街道", 13, 12]]);
    const formats = book.conditionalFormats;
    expect(formats).toHaveLength(4);
    expect(formats[0]).toMatchObject({
      rect: { row: 1, column: 2, rows: 3, columns: 1 },
      formula: "=AND(ISNUMBER(C2),ISNUMBER($B2),ISNUMBER(G2),C2>=$B2)",
    });
    const written = book.sheets[0].written();
    expect(written).toMatchObject(before);
    expect(written.E2).toBe('=IF(ISNUMBER($B2),$B2,"")');
    expect(written.G3).toBe('=IF(ISNUMBER($B3),IF($B3=12,11+($B3-11)*182/366,$B3*182/366),"")');
    expect(written.G4).toBe('=IF(ISNUMBER($B4),$B4*182/366,"")');
  });

  it("recognises its rules again by their helper cell: re-applying replaces them, removing removes them", async () => {
    const book = targetsBook();
    await run(book, (context) => applied(context, REQUEST));
    const again = await run(book, (context) => applied(context, REQUEST));
    expect(again.replaced).toBe(1);
    expect(again.analysis.sources[0]).toMatchObject({ kind: "sheet", column: 1 });
    expect(book.conditionalFormats).toHaveLength(4);
    expect(await run(book, (context) => removedCount(context))).toBe(1);
    expect(book.conditionalFormats).toEqual([]);
    expect(book.names).toEqual([]);
  });
});

describe("highlighting beside a table the pane inserted", () => {
  it("takes the inserted table's target column for the year as the target cells", async () => {
    const lookup = planLookup();
    const plan = lookup.catalog.plans.find(
      (candidate) => candidate.id === "jiangbei-2023-38"
    ) as PlanDocument;
    const layout = layoutTable(lookup, plan, "a1", {
      locale: "zh",
      mode: "values",
      footnotes: false,
    });
    const book = new FakeBook();
    book.selection = { sheet: "Sheet1", rect: { row: 0, column: 0, rows: 1, columns: 1 } };
    await run(book, (context) =>
      insertPlanTable(context, { layout, destination: "selection", formulas: false, locale: "zh" })
    );
    const sheet = book.sheet("Sheet1");
    const first = layout.headerRow + 1;
    sheet.setEntry(layout.headerRow, 9, "2024年实际");
    sheet.setEntry(first, 9, 35);
    sheet.setEntry(first + 1, 9, 11);
    book.selection = { sheet: "Sheet1", rect: { row: first, column: 9, rows: 2, columns: 1 } };
    book.syncCount = 0;
    const result = await run(book, (context) => checkSelection(context, REQUEST));
    expect(book.syncCount).toBe(2);
    expect(result.analysis.sources).toEqual([
      { kind: "table", column: 4, header: "2024年目标数", document: "江北府办发〔2023〕38号" },
    ]);
    expect(result.analysis.targets).toEqual([[36], [12]]);
    expect(result.analysis.differences).toEqual([]);
    await run(book, (context) => applied(context, REQUEST));
    expect(book.conditionalFormats[0].formula).toBe(
      `=AND(ISNUMBER(J${first + 1}),ISNUMBER($E${first + 1}),ISNUMBER(N${first + 1}),J${first + 1}>=$E${first + 1})`
    );
  });
});

describe("our chart blocks beside the actuals", () => {
  it("never reads a chart's 目标 column as the targets of a column without a year", async () => {
    const book = new FakeBook();
    const sheet = book.sheets[0];
    sheet.name = "月报";
    book.activeSheet = "月报";
    [
      ["街镇", "实际完成"],
      ["石马河街道", 35],
      ["大石坝街道", 11],
      ["观音桥街道", 70],
    ].forEach((cells, row) => cells.forEach((value, column) => sheet.setEntry(row, column, value)));
    book.selection = { sheet: "月报", rect: { row: 1, column: 1, rows: 3, columns: 1 } };
    const first = await run(book, (context) => checkSelection(context, REQUEST));
    expect(first.analysis.sources).toEqual([{ kind: "catalog" }]);
    const data = chartData(
      planLookup(),
      { region: "江北区", indicator: "高新技术企业", unit: "观音桥街道" },
      first.analysis
    );
    await run(book, (context) =>
      charted(context, { data, sheet: "月报", anchor: first.actual, locale: "zh" })
    );
    expect(sheet.written()).toMatchObject({ E1: "目标" });
    const again = await run(book, (context) => checkSelection(context, REQUEST));
    expect(again.analysis.sources).toEqual([{ kind: "catalog" }]);
    expect(again.analysis.targets).toEqual(first.analysis.targets);
  });
});
