import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { analyzeHighlight } from "../../src/core/highlight/analyze";
import {
  columnHeaders,
  firstFreeColumn,
  rowLabels,
  SheetCells,
} from "../../src/core/sheet/sheet-cells";
import { helperBlockWrites } from "../../src/core/highlight/helper-block";
import { findSheetTargets } from "../../src/core/highlight/sheet-targets";
import { planLookup } from "../../src/core/catalog/embedded";
import { paletteFor } from "../../src/core/highlight/palette";
import { exportedCells } from "./html-cells";
import { saveHighlightedXlsx } from "./highlight-xlsx";
import { convert } from "./soffice";

/*
 * Rules whose targets are cells of the sheet, recalculated by a real engine: a 目标 column beside a 实际 column,
 * highlighted, then one target edited in the file (as a user would after highlighting). The colour must follow the
 * edited target through the rule and the helper pace formula, with no add-in running.
 */

const REPORTING = { year: 2024, month: 6, day: 30 };
const ACTUAL = { row: 1, column: 2, rows: 5, columns: 1 };
const VALUES = [
  ["街镇", "2024年目标", "2024年实际"],
  // The official 36: pace 33 + 3 × 182/366 = 34.49, on pace. Edited to 34 below, no longer the official figure: the
  // official year-end 33 is not its start, so pace by days, 34 × 182/366 = 16.91; met.
  ["石马河街道", 36, 35],
  ["大石坝街道", 13, 6], // not the official 12: by days, 13 × 182/366 = 6.46, gap 3.6 of 13: behind
  ["石马街道", 30, 10], // not in the catalog: by days, 30 × 182/366 = 14.92, gap 16.4: far behind
  ["观音桥街道", 80, 90], // met
  ["江北城街道", "", 10], // no target: no colour
];

describe("rules on target cells of the sheet, in LibreOffice", () => {
  const directory = mkdtempSync(join(tmpdir(), "lo-targets-"));
  const sheet: SheetCells = { box: { row: 0, column: 0, rows: 6, columns: 3 }, values: VALUES };
  const analysis = analyzeHighlight(planLookup(), {
    region: "江北区",
    indicator: "高新技术企业",
    reporting: REPORTING,
    labels: rowLabels(sheet, ACTUAL),
    headers: columnHeaders(sheet, ACTUAL),
    actuals: VALUES.slice(1).map((row) => [row[2]]),
    sheetTargets: findSheetTargets(sheet, ACTUAL, REPORTING, [], []),
  });
  const plan = helperBlockWrites(
    analysis,
    ACTUAL,
    firstFreeColumn(sheet, ACTUAL, []),
    "zh",
    "red-behind"
  );
  const palette = paletteFor("red-behind");
  let cells: ReturnType<typeof exportedCells> = [];

  beforeAll(async () => {
    const xlsx = await saveHighlightedXlsx(
      join(directory, "targets.xlsx"),
      VALUES,
      plan,
      (worksheet) => {
        worksheet.getCell("B2").value = 34;
      }
    );
    cells = exportedCells(readFileSync(convert(xlsx, "html", directory), "utf8"));
  });

  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it("colours each actual cell against its own row's target cell, following an edited target", () => {
    const rendered = [1, 2, 3, 4, 5].map((row) => cells[row][2].bgcolor);
    expect(rendered).toEqual([
      palette.met.fill,
      palette.behind.fill,
      palette["far-behind"].fill,
      palette.met.fill,
      null,
    ]);
  });

  it("recalculates the helper pace from the target cell", () => {
    const { paces, targets } = plan.layout;
    expect(cells[1][targets.column].value).toBe(34);
    expect(cells[1][paces.column].value).toBeCloseTo((34 * 182) / 366, 6);
    expect(cells[2][paces.column].value).toBeCloseTo((13 * 182) / 366, 6);
    expect(cells[3][paces.column].value).toBeCloseTo((30 * 182) / 366, 6);
    expect(cells[5][paces.column].text).toBe("");
  });
});
