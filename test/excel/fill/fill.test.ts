import { planLookup } from "../../../src/core/catalog/embedded";
import { installRegistry } from "../../../src/core/registry/workbook-state";
import type { FillChoice } from "../../../src/core/fill/fill-request";
import { EMPTY_REGISTRY } from "../../../src/core/registry/registry";
import { inspectFill } from "../../../src/excel/fill/inspect-fill";
import { fillTargets, FillRequest } from "../../../src/excel/fill/write-fill";
import { FakeBook, FakeRequestContext } from "../../fakes/excel";
import { HIGH_TECH_2025, JIANGBEI_CHOICE } from "../../core/fill/jiangbei-names";
import { fillBook, NAMES_BOX } from "./fill-book";

const CHOICE = JIANGBEI_CHOICE;

const REQUEST: FillRequest = {
  locale: "zh",
  sheet: "月报",
  names: NAMES_BOX,
  hasHeader: true,
  choice: CHOICE,
};

function run<T>(book: FakeBook, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return book.run((context: FakeRequestContext) =>
    batch(context as unknown as Excel.RequestContext)
  );
}

/** The sheet's cells outside `column`, to prove a fill touched nothing else. */
function outside(book: FakeBook, column: string): Record<string, unknown> {
  const written = book.sheets[0].written();
  return Object.fromEntries(Object.entries(written).filter(([cell]) => !cell.startsWith(column)));
}

beforeEach(() => installRegistry(EMPTY_REGISTRY));

describe("inspectFill", () => {
  it("recognises 江北区, the header and the first free column, reading in two syncs and writing nothing", async () => {
    const book = fillBook();
    const inspection = await run(book, (context) => inspectFill(context));
    expect(inspection.recognised[0]).toMatchObject({ region: "江北区", matched: 12 });
    expect(inspection.hasHeader).toBe(true);
    expect(inspection.freeColumn).toBe(4);
    expect(book.syncCount).toBe(2);
    expect(book.log).toEqual([]);
  });
});

describe("fillTargets", () => {
  it("writes exactly the official targets into the first free column, past a formula that shows nothing", async () => {
    const book = fillBook();
    const before = book.sheets[0].written();
    const outcome = await run(book, (context) => fillTargets(context, REQUEST, planLookup()));
    expect(outcome).toMatchObject({ status: "filled", address: "E3:E20" });
    const column = Object.fromEntries(
      Object.entries(book.sheets[0].written())
        .filter(([cell]) => cell.startsWith("E") && cell !== "E2")
        .map(([cell, value]) => [Number(cell.slice(1)) - 2, value])
    );
    expect(column).toEqual(HIGH_TECH_2025);
    expect(book.sheets[0].cell(1, 4).value).toBe("2025年目标");
    expect(outside(book, "E")).toEqual(before);
    expect(book.syncCount).toBe(3);
  });

  it("reports the unknown and the ambiguous name with their rows as Excel numbers them (B14, B15)", async () => {
    const outcome = await run(fillBook(), (context) => fillTargets(context, REQUEST, planLookup()));
    expect(
      outcome.problems.map((problem) => [problem.row + 1, problem.name, problem.reason])
    ).toEqual([
      [14, "新村街道", "unknown"],
      [15, "街道", "ambiguous"],
    ]);
  });

  it('refuses a column the user picked when a formula returning "" is in it, writes nothing, offers the next', async () => {
    const book = fillBook();
    const before = book.sheets[0].written();
    const outcome = await run(book, (context) =>
      fillTargets(context, { ...REQUEST, column: 3 }, planLookup())
    );
    expect(outcome).toMatchObject({
      status: "occupied",
      occupied: [{ row: 4, column: 3, content: '=IF(C5>0,"","")' }],
      next: 4,
    });
    expect(book.sheets[0].written()).toEqual(before);
    expect(book.log).toEqual([]);
  });

  it("writes PLAN.TARGET formulas that reference each name cell, with last year's target and the base year", async () => {
    const book = fillBook();
    const choice: FillChoice = {
      ...CHOICE,
      output: "formulas",
      previousYear: true,
      baseline: true,
    };
    const outcome = await run(book, (context) =>
      fillTargets(context, { ...REQUEST, choice }, planLookup())
    );
    expect(outcome).toMatchObject({ status: "filled", address: "E3:G20" });
    const sheet = book.sheets[0];
    expect([4, 5, 6].map((column) => sheet.cell(4, column).formula)).toEqual([
      '=PLAN.TARGET("江北区","高企",2025,B5)',
      '=PLAN.TARGET("江北区","高企",2024,B5)',
      '=PLAN.BASELINE("江北区","高企",B5)',
    ]);
  });

  it("leaves the sheet as it was when a write cannot be queued: the only write is the figures", async () => {
    const book = fillBook();
    const before = book.sheets[0].written();
    book.failWhenQueueing = "range.formulas";
    await expect(
      run(book, (context) => fillTargets(context, REQUEST, planLookup()))
    ).rejects.toThrow(/range.formulas/);
    expect(book.sheets[0].written()).toEqual(before);
    expect(book.log).toEqual([]);
  });

  it("writes a figure the document prints as text as that text, in text format", async () => {
    const book = new FakeBook();
    book.sheets[0].setEntry(0, 0, "区招商投资局");
    const outcome = await run(book, (context) =>
      fillTargets(
        context,
        {
          locale: "zh",
          sheet: "Sheet1",
          names: { row: 0, column: 0, rows: 1, columns: 1 },
          hasHeader: false,
          choice: { ...CHOICE, region: "永川区", year: 2023, baseline: true },
        },
        planLookup()
      )
    );
    expect(outcome.status).toBe("filled");
    expect([1, 2].map((column) => book.sheets[0].cell(0, column))).toMatchObject([
      { value: 10, numberFormat: "General" },
      { value: "/", numberFormat: "@" },
    ]);
  });

  it("fills 1,000 rows in three syncs with a request far under Excel on the web's 5 MB", async () => {
    const book = new FakeBook();
    const streets = ["观音桥街道", "寸滩", "石马河 街道", "合计", ""];
    for (let row = 0; row < 1000; row++)
      book.sheets[0].setEntry(row, 0, streets[row % streets.length]);
    const outcome = await run(book, (context) =>
      fillTargets(
        context,
        {
          locale: "zh",
          sheet: "Sheet1",
          names: { row: 0, column: 0, rows: 1000, columns: 1 },
          hasHeader: false,
          choice: { ...CHOICE, previousYear: true, baseline: true },
        },
        planLookup()
      )
    );
    expect(outcome.status).toBe("filled");
    expect(book.syncCount).toBe(3);
    expect(outcome.status === "filled" && outcome.bytes).toBeLessThan(500_000);
  });
});
