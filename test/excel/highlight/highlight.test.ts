import { checkSelection, selectCell } from "../../../src/excel/highlight/highlight";
import { SelectionError } from "../../../src/core/sheet/selection-error";
import { SHEET_ROWS } from "../../../src/core/sheet/a1";
import { LookupError } from "../../../src/core/lookup/lookup-error";
import { paletteFor } from "../../../src/core/highlight/palette";
import { FakeBook, FakeRequestContext } from "../../fakes/excel";
import { applied, removedCount } from "./applied";
import { JIANGBEI_REQUEST, jiangbeiBook } from "../jiangbei-book";

const REQUEST = JIANGBEI_REQUEST;

const ours = (book: FakeBook) =>
  book.conditionalFormats.filter((format) => format.formula.includes("ISNUMBER(F2)"));

/** The 江北区 sheet with the figures selected, and a user's own rules on A and on C2:D9. */
function jiangbeiBookWithUserRules(): FakeBook {
  const book = jiangbeiBook();
  book.selection = { sheet: "月报", rect: { row: 1, column: 2, rows: 8, columns: 2 } };
  book.conditionalFormats.push(
    {
      sheet: "月报",
      rect: { row: 1, column: 2, rows: 8, columns: 2 },
      type: "Custom",
      formula: "=C2>1000",
      fill: "#FF00FF",
    },
    {
      sheet: "月报",
      rect: { row: 1, column: 0, rows: 8, columns: 1 },
      type: "ColorScale",
      formula: "",
    }
  );
  return book;
}

function run<T>(book: FakeBook, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return book.run((context: FakeRequestContext) =>
    batch(context as unknown as Excel.RequestContext)
  );
}

describe("applyHighlight", () => {
  it("adds four exclusive rules on exactly the selected cells, in six syncs (two of reads bounded to the rows compared, four of writes each well under 2 MB), and writes the helper block", async () => {
    const book = jiangbeiBookWithUserRules();
    const before = book.sheets[0].written();
    const result = await run(book, (context) => applied(context, REQUEST));
    expect(book.syncCount).toBe(6);
    expect(result.analysis.lagging).toHaveLength(5);
    const palette = paletteFor("red-behind");
    expect(ours(book).map((format) => [format.rect, format.fill])).toEqual(
      (["met", "on-pace", "behind", "far-behind"] as const).map((status) => [
        { row: 1, column: 2, rows: 8, columns: 2 },
        palette[status].fill,
      ])
    );
    expect(ours(book)[0].formula).toBe("=AND(ISNUMBER(C2),ISNUMBER(F2),ISNUMBER(I2),C2>=F2)");
    const written = book.sheets[0].written();
    expect(written).toMatchObject(before);
    expect(written).toMatchObject({
      F1: "目标 2023年",
      F2: 33,
      G2: 36,
      I1: "序时 2023年",
      I2: 33,
      L1: "着色图例（科创目标台账）",
    });
    expect(written.J2).toBeCloseTo(33 + (3 * 182) / 366, 10);
    expect(book.names.map((name) => name.name)).toEqual(["PLAN_HL_1", "PLAN_HL_1_REF"]);
  });

  it("recalculates in the batch after the one it suspended calculation for (issue 23)", async () => {
    const book = jiangbeiBookWithUserRules();
    await run(book, (context) => applied(context, REQUEST));
    const suspended = book.log.indexOf("application.suspendApiCalculationUntilNextSync");
    const calculated = book.log.indexOf("application.calculate Recalculate");
    expect(suspended).toBeGreaterThanOrEqual(0);
    expect(calculated).toBeGreaterThan(suspended);
    expect(book.log.filter((label) => label.startsWith("application.calculate"))).toHaveLength(1);
  });

  it("replaces its own rules and helper block when applied again, leaving the user's rules alone", async () => {
    const book = jiangbeiBookWithUserRules();
    await run(book, (context) => applied(context, REQUEST));
    book.syncCount = 0;
    const result = await run(book, (context) =>
      applied(context, { ...REQUEST, meaning: "red-ahead" })
    );
    expect(book.syncCount).toBe(8);
    expect(result.replaced).toBe(1);
    expect(ours(book).map((format) => format.fill)).toEqual(
      (["met", "on-pace", "behind", "far-behind"] as const).map(
        (status) => paletteFor("red-ahead")[status].fill
      )
    );
    expect(
      book.conditionalFormats.filter(
        (format) => format.formula === "=C2>1000" || format.type === "ColorScale"
      )
    ).toHaveLength(2);
    expect(book.conditionalFormats).toHaveLength(6);
    expect(book.names.map((name) => name.name)).toEqual(["PLAN_HL_2", "PLAN_HL_2_REF"]);
  });

  it("writes nothing when the district is unknown", async () => {
    const book = jiangbeiBookWithUserRules();
    await expect(
      run(book, (context) => applied(context, { ...REQUEST, region: "火星区" }))
    ).rejects.toBeInstanceOf(LookupError);
    expect(book.log).toEqual([]);
    expect(book.syncCount).toBe(2);
  });

  it("refuses a selection outside the figures", async () => {
    const book = jiangbeiBookWithUserRules();
    book.selection = { sheet: "月报", rect: { row: 20, column: 20, rows: 3, columns: 3 } };
    await expect(run(book, (context) => applied(context, REQUEST))).rejects.toBeInstanceOf(
      SelectionError
    );
  });
});

describe("checkSelection and selectCell", () => {
  it("lists the lagging cells in two syncs (bounded reads) without writing", async () => {
    const book = jiangbeiBookWithUserRules();
    const result = await run(book, (context) => checkSelection(context, REQUEST));
    expect(book.syncCount).toBe(2);
    expect(book.log).toEqual([]);
    expect(result.analysis.lagging[0]).toMatchObject({ label: "观音桥街道", status: "far-behind" });
  });

  it("reads whole columns (C:D) as the figures below the year headers, clipped to the used range", async () => {
    const book = jiangbeiBookWithUserRules();
    book.selection = { sheet: "月报", rect: { row: 0, column: 2, rows: SHEET_ROWS, columns: 2 } };
    const result = await run(book, (context) => checkSelection(context, REQUEST));
    expect(result.actual).toEqual({ row: 1, column: 2, rows: 8, columns: 2 });
    expect(result.analysis.periods.map((period) => period?.label)).toEqual(["2023年", "2024年"]);
    expect(result.analysis.problems.map((problem) => problem.problem.query)).toEqual([
      "小计",
      "石马街道",
    ]);
    expect(result.analysis.lagging).toHaveLength(5);
  });

  it("selects a lagging cell by its place in the compared range", async () => {
    const book = jiangbeiBookWithUserRules();
    await run(book, (context) => selectCell(context, "月报", 3, 3));
    expect(book.selection).toEqual({
      sheet: "月报",
      rect: { row: 3, column: 3, rows: 1, columns: 1 },
    });
  });
});

describe("removeHighlight", () => {
  it("removes our rules, helper block and names from the active sheet, and nothing of the user's", async () => {
    const book = jiangbeiBookWithUserRules();
    const before = book.sheets[0].written();
    await run(book, (context) => applied(context, REQUEST));
    book.syncCount = 0;
    const removed = await run(book, (context) => removedCount(context));
    expect(removed).toBe(1);
    expect(book.syncCount).toBe(5);
    expect(book.conditionalFormats.map((format) => format.formula)).toEqual(["=C2>1000", ""]);
    expect(book.sheets[0].written()).toEqual(before);
    expect(book.names).toEqual([]);
  });

  it("does nothing on a sheet without highlighting", async () => {
    const book = jiangbeiBookWithUserRules();
    expect(await run(book, (context) => removedCount(context))).toBe(0);
    expect(book.log).toEqual([]);
  });
});
