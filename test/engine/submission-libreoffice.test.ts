import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { planLookup } from "../../src/core/catalog/embedded";
import { buildSubmission } from "../../src/core/submission/build-submission";
import { BLOCK, BLOCK_COLUMNS } from "../../src/core/submission/submission-formulas";
import { buildSheetSpecXlsx } from "../../src/export/sheet-spec-xlsx";
import { displayText } from "../../src/core/presentation/display-text";
import { paletteFor } from "../../src/core/highlight/palette";
import { EXPECTED, filledIn, REQUEST } from "../core/submission/jiangbei-submission-fixture";
import { exportedGrid } from "./html-grid";
import { xlsxToCells } from "../e2e/libreoffice";
import { convert, firstPagePicture } from "./soffice";

/*
 * The viewer's download of the 江北区 submission sheet, filled in with the fixture's actuals, recalculated by
 * LibreOffice headless: every rate, pace, gap, status and rank as worked out by hand, the 红黄绿 colours from the
 * native conditional formats, and the PDF on A4, one page wide. The PDF's first page is kept as a picture in
 * test-output/submission/ to look at.
 */

const OUTPUT = join(__dirname, "..", "..", "test-output", "submission");
const COLOURS: Record<string, string | null> = {
  达标: "#C6EFCE",
  序时达标: "#C6EFCE",
  落后: "#FFEB9C",
  严重落后: "#FFC7CE",
  "": null,
};

describe("the submission sheet in LibreOffice", () => {
  const directory = mkdtempSync(join(tmpdir(), "lo-submission-"));
  const plan = filledIn(buildSubmission(planLookup(), REQUEST));
  let csv: string[][] = [];
  let html: ReturnType<typeof exportedGrid> = [];
  let pdf = "";

  beforeAll(async () => {
    const file = join(directory, "submission.xlsx");
    writeFileSync(file, Buffer.from(await buildSheetSpecXlsx(plan)));
    csv = xlsxToCells(file);
    html = exportedGrid(readFileSync(convert(file, "html", directory), "utf8"));
    pdf = convert(file, "pdf", directory);
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(join(OUTPUT, "jiangbei-2025-10.xlsx"), readFileSync(file));
    firstPagePicture(pdf, join(OUTPUT, "jiangbei-2025-10"), 80);
  });

  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  const rowOf = (unit: string) => plan.cells.findIndex((cells) => cells[1] === unit);
  /** The stored value LibreOffice computed ("0.95" or "95%"), printed with the sheet's number format. */
  const printed = (text: string, format: string) =>
    text === ""
      ? ""
      : displayText(text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text), format);

  test("recalculates every figure to the hand-worked values", () => {
    EXPECTED.forEach((rows, block) => {
      const column = 2 + block * BLOCK_COLUMNS;
      for (const expected of rows) {
        const cells = csv[rowOf(expected.unit)];
        expect({
          unit: expected.unit,
          target: cells[column + BLOCK.target],
          base: cells[column + BLOCK.base],
          rate: printed(cells[column + BLOCK.rate], "0.0%"),
          pace: printed(cells[column + BLOCK.pace], "0.0%"),
          gap: printed(cells[column + BLOCK.gap], "+0.0;-0.0;0.0"),
          status: cells[column + BLOCK.status],
          rank: cells[column + BLOCK.rank],
        }).toEqual({
          unit: expected.unit,
          target: String(expected.target),
          base: String(expected.base),
          rate: expected.rate,
          pace: "83.3%",
          gap: expected.gap,
          status: expected.status,
          rank: expected.rank,
        });
      }
    });
  });

  test("colours the gap and status cells 红黄绿 by status, and leaves an unreported unit uncoloured", () => {
    EXPECTED.forEach((rows, block) => {
      const column = 2 + block * BLOCK_COLUMNS;
      for (const expected of rows) {
        const row = rowOf(expected.unit);
        const colours = [
          html[row][column + BLOCK.gap].bgcolor,
          html[row][column + BLOCK.status].bgcolor,
        ];
        const wanted = COLOURS[expected.status];
        expect({ unit: expected.unit, colours }).toEqual({
          unit: expected.unit,
          colours: [wanted, wanted],
        });
      }
    });
  });

  test("prints on A4 landscape, one page wide, the header rows on every page", () => {
    const info = execFileSync("pdfinfo", ["-l", "99", pdf], { encoding: "utf8" });
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((match) => [
      Math.round(Number(match[1])),
      Math.round(Number(match[2])),
    ]);
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toEqual([842, 595]);
    sizes.forEach((_, page) => {
      const text = execFileSync(
        "pdftotext",
        ["-f", String(page + 1), "-l", String(page + 1), pdf, "-"],
        {
          encoding: "utf8",
        }
      ).replace(/\s+/g, "");
      expect(text).toContain("序号");
      expect(text).toContain("排名");
    });
  });
});

describe("the submission sheet in LibreOffice, colour-blind scheme", () => {
  test("colours each status with the highlighting's four swatches", async () => {
    const directory = mkdtempSync(join(tmpdir(), "lo-submission-cb-"));
    try {
      const plan = filledIn(buildSubmission(planLookup(), { ...REQUEST, scheme: "colour-blind" }));
      const file = join(directory, "submission.xlsx");
      writeFileSync(file, Buffer.from(await buildSheetSpecXlsx(plan)));
      const grid = exportedGrid(readFileSync(convert(file, "html", directory), "utf8"));
      const palette = paletteFor("red-behind");
      const fills: Record<string, string | null> = {
        达标: palette.met.fill,
        序时达标: palette["on-pace"].fill,
        落后: palette.behind.fill,
        严重落后: palette["far-behind"].fill,
        "": null,
      };
      const column = 2 + BLOCK.status;
      const seen = EXPECTED[0].map((expected) => ({
        unit: expected.unit,
        fill: grid[plan.cells.findIndex((cells) => cells[1] === expected.unit)][column].bgcolor,
      }));
      expect(seen).toEqual(
        EXPECTED[0].map((expected) => ({ unit: expected.unit, fill: fills[expected.status] }))
      );
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
