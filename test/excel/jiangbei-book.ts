import { chartData } from "../../src/core/chart/chart-data";
import { planLookup } from "../../src/core/catalog/embedded";
import { analyzeHighlight } from "../../src/core/highlight/analyze";
import type { ChartRequest } from "../../src/excel/chart/chart";
import type { HighlightRequest } from "../../src/excel/highlight/highlight";
import { FakeBook } from "../fakes/excel";
import { JIANGBEI_GRID } from "../core/highlight/highlight-fixture";

/** The figures' place on the sheet: C2:D9. */
export const JIANGBEI_ACTUAL = { row: 1, column: 2, rows: 8, columns: 2 };

/** The core tests' 江北区 grid as a sheet: headers in row 1, serials in A, labels in B, figures in C2:D9. */
export function jiangbeiBook(): FakeBook {
  const book = new FakeBook();
  const sheet = book.sheets[0];
  sheet.name = "月报";
  book.activeSheet = "月报";
  ["序号", "街镇", ...JIANGBEI_GRID.headers].forEach((header, column) =>
    sheet.setEntry(0, column, header as string)
  );
  JIANGBEI_GRID.labels.forEach((label, row) => {
    sheet.setEntry(row + 1, 0, row + 1);
    sheet.setEntry(row + 1, 1, label as string);
    JIANGBEI_GRID.actuals[row].forEach((value, column) => {
      if (value !== "") sheet.setEntry(row + 1, column + 2, value as string | number);
    });
  });
  return book;
}

/** Highlighting that sheet's 高企 figures against 江北区's targets, as the pane asks it. */
export const JIANGBEI_REQUEST: HighlightRequest = {
  region: "江北区",
  indicator: "高新技术企业",
  reporting: JIANGBEI_GRID.reporting,
  method: "increment",
  farBehindPoints: 10,
  meaning: "red-behind",
  locale: "zh",
};

/** A chart of that sheet's 高企 figures, for one unit or the whole district, anchored at the figures. */
export function jiangbeiChart(unit: string | null, locale: "zh" | "en" = "zh"): ChartRequest {
  const analysis = analyzeHighlight(planLookup(), JIANGBEI_GRID);
  const data = chartData(
    planLookup(),
    { region: "江北区", indicator: "高新技术企业", unit },
    analysis
  );
  return { data, sheet: "月报", anchor: JIANGBEI_ACTUAL, locale };
}
