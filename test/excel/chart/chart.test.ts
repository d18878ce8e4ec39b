import { Box, intersects, parseAddress } from "../../../src/core/sheet/a1";
import { FakeBook, FakeRequestContext } from "../../fakes/excel";
import { applied, charted } from "../highlight/applied";
import { JIANGBEI_ACTUAL, JIANGBEI_REQUEST, jiangbeiBook, jiangbeiChart } from "../jiangbei-book";

const ACTUAL = JIANGBEI_ACTUAL;

const request = jiangbeiChart;

function run<T>(book: FakeBook, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return book.run((context: FakeRequestContext) =>
    batch(context as unknown as Excel.RequestContext)
  );
}

describe("insertChart", () => {
  it("writes the source block beside the data and adds a line chart of 目标 and 实际, in three syncs (reads bounded to the rows the chart takes)", async () => {
    const book = jiangbeiBook();
    const before = book.sheets[0].written();
    const result = await run(book, (context) => charted(context, request("观音桥街道")));
    expect(book.syncCount).toBe(3);
    expect(result).toMatchObject({ sheet: "月报", replaced: false });
    const written = book.sheets[0].written();
    expect(written).toMatchObject(before);
    expect(written).toMatchObject({
      F1: "年份",
      G1: "目标",
      H1: "实际",
      F2: "2022年（基期实际）",
      H2: 72,
      F3: "2023年",
      G3: 81,
      H3: 75,
      F4: "2024年",
      G4: 89,
      H4: 70,
      G7: 120,
    });
    expect(written.G2).toBeUndefined();
    expect(written.H5).toBeUndefined();
    expect(book.sheets[0].cell(2, 5).numberFormat).toBe("@");
    const [chart] = book.charts;
    expect(chart).toMatchObject({
      sheet: "月报",
      name: result.name,
      type: "LineMarkers",
      seriesBy: "Columns",
      source: { row: 0, column: 5, rows: 7, columns: 3 },
      title: "江北区观音桥街道 高新技术企业：目标与实际（江北府办发〔2023〕38号）",
      axisTitles: { category: "年份", value: "高新技术企业" },
      position: { start: "J1", end: "Q16" },
      categories: ["2022年（基期实际）", "2023年", "2024年", "2025年", "2026年", "2027年"],
      series: [
        { name: "目标", values: [null, 81, 89, 100, 110, 120] },
        { name: "实际", values: [72, 75, 70, null, null, null] },
      ],
    });
    expect(result.name).toMatch(/^PLAN_CHART_江北区_.+_观音桥街道$/);
    expect(book.sheetNames).toEqual([
      expect.objectContaining({ name: result.name, sheet: "月报", rect: chart.source }),
    ]);
  });

  it("replaces its own chart and block for the same unit in three syncs, leaving the user's chart alone", async () => {
    const book = jiangbeiBook();
    book.charts.push({
      sheet: "月报",
      name: "我的图表",
      type: "ColumnClustered",
      source: ACTUAL,
      seriesBy: "Columns",
    });
    await run(book, (context) => charted(context, request("观音桥街道")));
    const once = book.sheets[0].written();
    book.syncCount = 0;
    const again = await run(book, (context) => charted(context, request("观音桥街道", "en")));
    expect(book.syncCount).toBe(3);
    expect(again.replaced).toBe(true);
    expect(book.charts.map((chart) => chart.name)).toEqual(["我的图表", again.name]);
    expect(book.charts[1].series?.map((series) => series.name)).toEqual(["Target", "Actual"]);
    const written = book.sheets[0].written();
    expect(Object.keys(written).sort()).toEqual(Object.keys(once).sort());
    expect(written.F3).toBe("2023");
    expect(book.sheetNames).toHaveLength(1);
  });

  it("puts another unit's chart right of the first chart, never over it", async () => {
    const book = jiangbeiBook();
    await run(book, (context) => charted(context, request("观音桥街道")));
    book.syncCount = 0;
    const second = await run(book, (context) => charted(context, request(null)));
    expect(book.syncCount).toBe(3);
    expect(second.block.column).toBe(5 + 3 + 1 + 8 + 1);
    expect(book.charts[1]).toMatchObject({
      title: "江北区全区 高新技术企业：目标与实际（江北府办发〔2023〕38号）",
      series: [
        { name: "目标", values: [null, 361, 397, 442, 486, 530] },
        { name: "实际", values: [321, 340, 380, null, null, null] },
      ],
    });
  });

  it("goes beside the selection on the active sheet when nothing was highlighted", async () => {
    const book = jiangbeiBook();
    book.selection = { sheet: "月报", rect: { row: 4, column: 1, rows: 1, columns: 1 } };
    const result = await run(book, (context) =>
      charted(context, { ...request(null), sheet: null, anchor: null })
    );
    expect(result.block).toEqual({ row: 3, column: 5, rows: 7, columns: 3 });
  });
});

describe("charts and helper blocks side by side", () => {
  const HIGHLIGHT = JIANGBEI_REQUEST;

  /** Everything of ours on the sheet: each helper block, each chart's source block and the cells under its picture. */
  function placed(book: FakeBook): { what: string; box: Box }[] {
    return [
      ...book.names
        .filter((name) => name.name.endsWith("_REF"))
        .map((name) => ({ what: name.name, box: name.rect })),
      ...book.charts.flatMap((chart) => [
        { what: `${chart.name} data`, box: chart.source },
        {
          what: `${chart.name} picture`,
          box: parseAddress(`${chart.position?.start}:${chart.position?.end}`).box,
        },
      ]),
    ];
  }

  function overlaps(book: FakeBook): string[] {
    const all = placed(book);
    return all.flatMap((a, index) =>
      all
        .slice(index + 1)
        .flatMap((b) => (intersects(a.box, b.box) ? [`${a.what} × ${b.what}`] : []))
    );
  }

  it("applying the highlighting again after a chart puts the helper block right of the chart's picture", async () => {
    const book = jiangbeiBook();
    book.selection = { sheet: "月报", rect: ACTUAL };
    await run(book, (context) => applied(context, HIGHLIGHT));
    await run(book, (context) => charted(context, request("观音桥街道")));
    await run(book, (context) => applied(context, HIGHLIGHT));
    expect(book.names.map((name) => name.name)).toEqual(["PLAN_HL_2", "PLAN_HL_2_REF"]);
    expect(placed(book)).toHaveLength(3);
    expect(overlaps(book)).toEqual([]);
    const picture = placed(book)[2].box;
    expect(book.names[1].rect.column).toBeGreaterThan(picture.column + picture.columns);
  });

  it("never puts a chart over a helper block, also where the block's cells are empty", async () => {
    const book = jiangbeiBook();
    book.sheets[0].setEntry(0, 5, "目标 2023年");
    book.names.push({
      name: "PLAN_HL_1_REF",
      sheet: "月报",
      rect: { row: 0, column: 5, rows: 9, columns: 8 },
      comment: "",
    });
    const result = await run(book, (context) => charted(context, request("观音桥街道")));
    expect(book.syncCount).toBe(3);
    expect(result.block.column).toBe(5 + 8 + 1);
    expect(overlaps(book)).toEqual([]);
  });
});
