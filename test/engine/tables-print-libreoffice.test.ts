import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Workbook } from "exceljs";
import { planLookup } from "../../src/core/catalog/embedded";
import { textWidth } from "../../src/core/presentation/text-width";
import { shownCells } from "../../src/core/presentation/table-presentation";
import { layoutTable, SheetLayout } from "../../src/core/tables/sheet-layout";
import { tableChoices } from "../../src/core/tables/table-choice";
import { downloadFileName } from "../../src/core/tables/file-name";
import { buildXlsx } from "../../src/export/xlsx";
import { convert, firstPagePicture } from "./soffice";

/*
 * Every table as the viewer downloads it, printed by LibreOffice headless to PDF: A4, one page wide (every page
 * carries both the first and the last column's header, which a table split across pages cannot), and no text
 * cell clipped. The first page of each is kept as a picture in test-output/print/ to look at.
 */

const OUTPUT = join(__dirname, "..", "..", "test-output", "print");
const A4 = { short: 595, long: 842 };

interface Printed {
  label: string;
  layout: SheetLayout;
  pages: { width: number; height: number; text: string }[];
  file: string;
}

function pdfPages(pdf: string): Printed["pages"] {
  const info = execFileSync("pdfinfo", ["-l", "999", pdf], { encoding: "utf8" });
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((match) => ({
    width: Number(match[1]),
    height: Number(match[2]),
  }));
  return sizes.map((size, index) => ({
    ...size,
    text: execFileSync(
      "pdftotext",
      ["-f", String(index + 1), "-l", String(index + 1), "-layout", pdf, "-"],
      { encoding: "utf8" }
    ),
  }));
}

const lookup = planLookup();
const tables = lookup.catalog.plans.flatMap((plan) =>
  (["zh", "en"] as const).flatMap((locale) =>
    tableChoices(plan, locale).map((choice) => ({ plan, choice, locale }))
  )
);

describe("downloaded tables printed by LibreOffice", () => {
  const directory = mkdtempSync(join(tmpdir(), "lo-print-"));
  const printed: Printed[] = [];

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    for (const { plan, choice, locale } of tables) {
      const layout = layoutTable(lookup, plan, choice.id, {
        locale,
        mode: "values",
        footnotes: false,
      });
      const name = `${downloadFileName(plan, choice)}-${locale}`.replace(/\.xlsx$/, "");
      const file = join(directory, `${printed.length}.xlsx`);
      writeFileSync(file, Buffer.from(await buildXlsx(layout)));
      const pdf = convert(file, "pdf", directory);
      firstPagePicture(pdf, join(OUTPUT, name), 60);
      printed.push({
        label: `${plan.id} ${choice.id} ${locale}`,
        layout,
        pages: pdfPages(pdf),
        file,
      });
    }
  }, 600_000);

  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it("prints every table on A4", () => {
    for (const { label, pages } of printed) {
      expect(pages.length).toBeGreaterThan(0);
      for (const page of pages) {
        const [short, long] = [page.width, page.height].sort((a, b) => a - b);
        expect({ label, short: Math.round(short), long: Math.round(long) }).toEqual({
          label,
          short: A4.short,
          long: A4.long,
        });
      }
    }
  });

  it("prints every table one page wide, with the header row repeated on every page", () => {
    for (const { label, layout, pages } of printed) {
      const header = layout.cells[layout.headerRow].map((cell) => String(cell).split("\n")[0]);
      const [first, last] = [header[0], header[header.length - 1]];
      for (const page of pages) {
        const flat = page.text.replace(/\s+/g, "");
        expect({ label, first: flat.includes(first), last: flat.includes(last) }).toEqual({
          label,
          first: true,
          last: true,
        });
      }
    }
  });

  it("gives every text cell a column at least as wide as its text, or wraps it", async () => {
    for (const { label, layout, file } of printed) {
      const book = new Workbook();
      await book.xlsx.readFile(file);
      const sheet = book.worksheets[0];
      const shown = shownCells(layout);
      for (let row = layout.headerRow; row < layout.bodyEnd; row++)
        shown[row].forEach((text, column) => {
          const { alignment } = sheet.getCell(row + 1, column + 1);
          const width = sheet.getColumn(column + 1).width ?? 8.43;
          // eslint-disable-next-line office-addins/call-sync-before-read -- an exceljs cell, not Office.js
          const fits = width >= textWidth(text) || alignment?.wrapText === true;
          expect({ label, text, fits }).toEqual({ label, text, fits: true });
        });
    }
  });
});
