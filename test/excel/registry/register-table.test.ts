import { reopenBook } from "../../fakes/excel";
import { FakeBook, FakeRequestContext } from "../../fakes/excel";
import { officialLookup, planLookup } from "../../../src/core/catalog/embedded";
import { citeWithRegistry } from "../../../src/core/registry/cite-registered";
import { GridError } from "../../../src/core/registry/grid-error";
import { readGrid } from "../../../src/core/registry/read-grid";
import { EMPTY_REGISTRY } from "../../../src/core/registry/registry";
import { planFromReading } from "../../../src/core/registry/to-plan";
import { installedRegistry, installRegistry } from "../../../src/core/registry/workbook-state";
import { loadWorkbookRegistry } from "../../../src/excel/registry/registry-part";
import { fillTargets } from "../../../src/excel/fill/write-fill";
import { readSelectedTable } from "../../../src/excel/registry/read-table";
import { source } from "../../../src/functions/answers";
import { storePlan } from "../../../src/excel/registry/register-actions";
import { pastedGrid, shippedTables } from "../../core/registry/shipped-grids";
import { YUBEI_META } from "../../core/registry/yubei-plan";

function run<T>(book: FakeBook, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return book.run((context: FakeRequestContext) =>
    batch(context as unknown as Excel.RequestContext)
  );
}

/** 江北区's 附件1 pasted at B3 of a new sheet, as the breakdown of a district the catalog does not ship (渝北区). */
function pastedBook(): FakeBook {
  const book = new FakeBook();
  const { table } = shippedTables().find(
    (item) => item.table.indicator === "high-tech-enterprises"
  )!;
  pastedGrid(table).forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell !== "") book.sheets[0].setEntry(r + 2, c + 1, cell);
    })
  );
  book.selection = { sheet: "Sheet1", rect: { row: 0, column: 0, rows: 40, columns: 12 } };
  return book;
}

beforeEach(() => installRegistry(EMPTY_REGISTRY));

describe("registering a table from the sheet", () => {
  it("refuses a selection over the cells a table can have in one sync, before its text is loaded", async () => {
    const book = pastedBook();
    book.selection = { sheet: "Sheet1", rect: { row: 0, column: 0, rows: 50_000, columns: 1 } };
    const refused = await run(book, readSelectedTable).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(GridError);
    expect((refused as GridError).problem).toEqual({ reason: "too-large", cells: 50_000 });
    expect(book.syncCount).toBe(1);
  });

  it("reads the selection's text in two syncs, stores the plan, and PLAN.TARGET's lookup answers after reopening", async () => {
    const book = pastedBook();
    const pasted = await run(book, readSelectedTable);
    expect(pasted.address).toBe("Sheet1!B3:I22");
    expect(book.syncCount).toBe(2);
    const plan = planFromReading(readGrid(pasted.grid, { documentYear: 2023 }), YUBEI_META);
    await run(book, (context) =>
      storePlan(context, plan, "张三", new Date("2026-11-24T08:00:00Z"), "zh")
    );

    installRegistry(EMPTY_REGISTRY);
    const reopened = reopenBook(book);
    await run(reopened, loadWorkbookRegistry);
    const fact = planLookup().target({
      region: "渝北",
      indicator: "高企",
      year: 2025,
      unit: "观音桥",
    });
    expect(fact.figure.text).toBe("100");
    expect(citeWithRegistry(fact, installedRegistry(), "zh")).toMatch(
      /^本工作簿登记的数据，非官方目录（张三登记于 2026-11-24，第 1 版）：渝北测试〔2023〕1号/
    );
    // PLAN.SOURCE cites it the same way, with a year or without, and for the table as a whole.
    for (const [year, unit] of [
      [2025, "观音桥"],
      [null, "观音桥"],
      [null, null],
    ] as const)
      expect(source("渝北区", "高企", year, unit, null, "zh")).toMatch(
        /^本工作簿登记的数据，非官方目录(（张三登记于 2026-11-24，第 1 版）)?：渝北测试〔2023〕1号/
      );
  });

  it("keeps earlier revisions when a plan is registered again", async () => {
    const book = pastedBook();
    const plan = planFromReading(
      readGrid((await run(book, readSelectedTable)).grid, { documentYear: 2023 }),
      YUBEI_META
    );
    await run(book, (context) =>
      storePlan(context, plan, "张三", new Date("2026-11-24T08:00:00Z"), "zh")
    );
    const registry = await run(book, (context) =>
      storePlan(context, plan, "李四", new Date("2026-11-25T08:00:00Z"), "zh")
    );
    expect(registry.plans.map((entry) => [entry.registeredBy, entry.revision])).toEqual([
      ["李四", 2],
    ]);
    expect(registry.history.map((entry) => [entry.registeredBy, entry.revision])).toEqual([
      ["张三", 1],
    ]);
  });

  it("fills a sheet from a registered plan as from the official catalog, and leaves official figures to the catalog", async () => {
    const book = pastedBook();
    const plan = planFromReading(
      readGrid((await run(book, readSelectedTable)).grid, { documentYear: 2023 }),
      YUBEI_META
    );
    await run(book, (context) => storePlan(context, plan, "张三", new Date(), "zh"));
    const sheet = new FakeBook();
    ["观音桥", "寸滩街道"].forEach((name, row) => sheet.sheets[0].setEntry(row, 0, name));
    const outcome = await run(sheet, (context) =>
      fillTargets(context, {
        locale: "zh",
        sheet: "Sheet1",
        names: { row: 0, column: 0, rows: 2, columns: 1 },
        hasHeader: false,
        choice: {
          region: "渝北区",
          indicator: "高企",
          year: 2025,
          baseline: false,
          previousYear: false,
          output: "values",
          totals: "leave",
        },
      })
    );
    expect(outcome.status).toBe("filled");
    expect(sheet.sheets[0].written()).toMatchObject({ B1: 100, B2: 58 });
    // The registered plan answers 渝北区 only: 江北区's target still comes from the official document.
    expect(planLookup().target({ region: "江北区", indicator: "高企", year: 2025 }).plan).toBe(
      officialLookup().target({ region: "江北区", indicator: "高企", year: 2025 }).plan
    );
  });
});
