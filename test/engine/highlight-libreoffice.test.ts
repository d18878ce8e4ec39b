import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
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
import { planLookup } from "../../src/core/catalog/embedded";
import { paletteFor } from "../../src/core/highlight/palette";
import { EXPECTED_STATUSES, JIANGBEI_GRID } from "../core/highlight/highlight-fixture";
import { decodePng } from "./png";
import { exportedCells } from "./html-cells";
import { saveHighlightedXlsx } from "./highlight-xlsx";
import { convert, firstPagePicture } from "./soffice";

/*
 * The rule formulas checked by a real engine: the 江北区 streets-by-years sheet of the core tests, highlighted with
 * the same plan the Excel layer writes, saved by exceljs, recalculated and rendered by LibreOffice headless.
 * HTML export gives each cell's rendered background exactly; the PDF → PNG render is kept in test-output/ to look at.
 */

const OUTPUT = join(__dirname, "..", "..", "test-output");
const ACTUAL = { row: 1, column: 2, rows: JIANGBEI_GRID.labels.length, columns: 2 };

function userSheet(): SheetCells {
  const values = [
    ["序号", "街镇", ...JIANGBEI_GRID.headers.map(String)],
    ...JIANGBEI_GRID.labels.map((label, row) => [row + 1, label, ...JIANGBEI_GRID.actuals[row]]),
  ] as (string | number)[][];
  return { box: { row: 0, column: 0, rows: values.length, columns: 4 }, values };
}

describe("highlight rules in LibreOffice", () => {
  const directory = mkdtempSync(join(tmpdir(), "lo-highlight-"));
  const sheet = userSheet();
  const analysis = analyzeHighlight(planLookup(), {
    ...JIANGBEI_GRID,
    labels: rowLabels(sheet, ACTUAL),
    headers: columnHeaders(sheet, ACTUAL),
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
    const xlsx = await saveHighlightedXlsx(join(directory, "highlight.xlsx"), sheet.values, plan);
    cells = exportedCells(readFileSync(convert(xlsx, "html", directory), "utf8"));
    const pdf = convert(xlsx, "pdf", directory);
    mkdirSync(OUTPUT, { recursive: true });
    firstPagePicture(pdf, join(OUTPUT, "highlight-libreoffice"), 50);
    writeFileSync(join(OUTPUT, "highlight-libreoffice.xlsx"), readFileSync(xlsx));
  });

  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it("colours every actual cell with its level's fill, and leaves blank, text and unmatched rows alone", () => {
    const rendered = EXPECTED_STATUSES.map((statuses, row) =>
      statuses.map((_, column) => cells[ACTUAL.row + row][ACTUAL.column + column].bgcolor)
    );
    expect(rendered).toEqual(
      EXPECTED_STATUSES.map((row) => row.map((status) => (status ? palette[status].fill : null)))
    );
  });

  it("keeps the figures the user typed", () => {
    expect(cells[3][2].value).toBe(75);
    expect(cells[4][3].text).toBe("—");
    expect(cells[5][1].text).toBe("江北城");
  });

  it("writes the targets and pace the rules compare with beside the data", () => {
    const { targets, paces } = plan.layout;
    expect(cells[targets.row][targets.column + 1].value).toBe(36);
    expect(cells[paces.row][paces.column + 1].value).toBeCloseTo(33 + (3 * 182) / 366, 6);
    expect(cells[plan.layout.headerRow as number][targets.column].text).toBe("目标 2023年");
  });

  it("renders the legend with the same fills", () => {
    const { legend } = plan.layout;
    const swatches = [1, 2, 3, 4].map((offset) => cells[legend.row + offset][legend.column]);
    expect(swatches.map((cell) => [cell.text, cell.bgcolor])).toEqual([
      ["达标", palette.met.fill],
      ["序时达标", palette["on-pace"].fill],
      ["落后", palette.behind.fill],
      ["严重落后", palette["far-behind"].fill],
    ]);
  });

  it("prints the four colours in the PDF", () => {
    const image = decodePng(readFileSync(join(OUTPUT, "highlight-libreoffice.png")));
    const seen = new Set<string>();
    for (let y = 0; y < image.height; y++) {
      for (let x = 0; x < image.width; x++) {
        const [r, g, b] = image.at(x, y);
        for (const swatch of Object.values(palette)) {
          const hex = swatch.fill;
          const target = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
          if (Math.abs(r - target[0]) + Math.abs(g - target[1]) + Math.abs(b - target[2]) < 12)
            seen.add(hex);
        }
      }
    }
    expect([...seen].sort()).toEqual(
      Object.values(palette)
        .map((swatch) => swatch.fill)
        .sort()
    );
  });
});
