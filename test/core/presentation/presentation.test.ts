import { planLookup } from "../../../src/core/catalog/embedded";
import { displayText } from "../../../src/core/presentation/display-text";
import { pageSetupFor, widthInPoints } from "../../../src/core/presentation/page-setup";
import { presentTable, shownCells } from "../../../src/core/presentation/table-presentation";
import { textWidth } from "../../../src/core/presentation/text-width";
import type { PlanDocument } from "../../../src/core/catalog/plan-types";
import { layoutTable } from "../../../src/core/tables/sheet-layout";
import { downloadFileName } from "../../../src/core/tables/file-name";
import { tableChoices } from "../../../src/core/tables/table-choice";

const lookup = planLookup();
const plan = (id: string) =>
  lookup.catalog.plans.find((candidate) => candidate.id === id) as PlanDocument;

describe("textWidth", () => {
  test("a Chinese character or full-width mark counts two, anything else one; lines count apart", () => {
    expect(textWidth("永川高新区管委会")).toBe(16);
    expect(textWidth("2022年实际数")).toBe(4 + 2 * 4);
    expect(textWidth("江北府办发〔2023〕38号")).toBe(2 * 5 + 2 + 4 + 2 + 2 + 2);
    expect(textWidth("2026 年\n目标数")).toBe(7);
    expect(textWidth("")).toBe(0);
  });
});

describe("displayText", () => {
  test("numbers read as the sheet's number format prints them", () => {
    expect(displayText(460000, "#,##0")).toBe("460,000");
    expect(displayText(2.6, "0.0")).toBe("2.6");
    expect(displayText(0.8333, "0.0%")).toBe("83.3%");
    expect(displayText(-0.052, "+0.0%;-0.0%;0.0%")).toBe("-5.2%");
    expect(displayText(0.031, "+0.0%;-0.0%;0.0%")).toBe("+3.1%");
    expect(displayText(2025, "0")).toBe("2025");
    expect(displayText("≥12", "@")).toBe("≥12");
    expect(displayText(12, "General")).toBe("12");
  });
});

describe("presentTable", () => {
  const layout = layoutTable(lookup, plan("yongchuan-2023-26"), "a3", {
    locale: "zh",
    mode: "values",
    footnotes: false,
  });
  const presentation = presentTable(layout);

  test("every column is as wide as its widest cell, title and notes aside", () => {
    const shown = shownCells(layout);
    presentation.columnWidths.forEach((width, column) => {
      const widest = Math.max(
        ...shown.slice(layout.headerRow, layout.bodyEnd).map((row) => textWidth(row[column]))
      );
      expect(width).toBeGreaterThanOrEqual(widest);
    });
    const names = layout.cells[layout.headerRow].findIndex((label) => label === "镇街、园区");
    expect(presentation.columnWidths[names >= 0 ? names : 1]).toBeGreaterThanOrEqual(
      textWidth("永川高新区管委会")
    );
  });

  test("title centred over the table, the table ruled, its header repeated, A4 one page wide", () => {
    expect(presentation.spans[0]).toEqual({ row: 0, kind: "title" });
    expect(presentation.ruled).toEqual({ first: layout.headerRow, last: layout.bodyEnd - 1 });
    expect(presentation.printTitleRows).toEqual({
      first: layout.headerRow,
      last: layout.headerRow,
    });
    expect(presentation.page).toMatchObject({ paper: "A4", fitToPagesWide: 1 });
  });

  const rows = (count: number) => Array<null>(count).fill(null);

  test("a sheet that fits one page legibly is fitted to one page, in the orientation that prints it larger", () => {
    // 12 columns of 12 characters are 801 pt wide: landscape (741 pt across) prints them at 93%, 30 rows fit.
    expect(pageSetupFor(Array(12).fill(12), rows(30))).toEqual({
      paper: "A4",
      orientation: "landscape",
      fitToPagesWide: 1,
      fitToPagesTall: 1,
    });
    // 60 rows (900 pt) of narrow columns: portrait (734 pt tall) at 82% beats landscape (487 pt) at 54%.
    expect(pageSetupFor([10, 20, 30], rows(60))).toMatchObject({
      orientation: "portrait",
      fitToPagesTall: 1,
    });
  });

  test("a sheet too long for one legible page runs onto more, portrait while the columns fit upright", () => {
    // 120 rows are 1,800 pt: one portrait page would print them at 41%, below the legible 50%.
    expect(pageSetupFor([10, 20, 30], rows(120))).toEqual({
      paper: "A4",
      orientation: "portrait",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
    });
    expect(pageSetupFor(Array(12).fill(12), rows(200))).toMatchObject({
      orientation: "landscape",
      fitToPagesTall: 0,
    });
    // Wide enough that the width alone shrinks it to 28%: one page tall costs nothing more.
    expect(pageSetupFor(Array(40).fill(12), rows(60)).fitToPagesTall).toBe(1);
    expect(widthInPoints(10)).toBe(56.25);
  });
});

describe("downloadFileName", () => {
  test("names district, document and table, and no two downloads share a name", () => {
    const names = lookup.catalog.plans.flatMap((doc) =>
      tableChoices(doc, "zh").map((choice) => downloadFileName(doc, choice))
    );
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain(
      "江北区_江北府办发〔2023〕38号_附件1_江北区高新技术企业培育目标任务分解表.xlsx"
    );
    expect(names).toContain("巫溪县_巫溪府办发〔2023〕32号_正文目标.xlsx");
    expect(names.every((name) => !/[\\/:*?"<>|\s]/.test(name))).toBe(true);
  });
});
