import { Workbook, Worksheet } from "exceljs";
import type { HelperBlockWrites } from "../../src/core/highlight/helper-block";
import { boxA1 } from "../../src/core/sheet/a1";

function argb(hex: string): { argb: string } {
  return { argb: `FF${hex.slice(1)}` };
}

/** Writes a highlight plan into an exceljs worksheet the way src/excel/highlight.ts writes it into Excel. */
export function writeHelperBlock(sheet: Worksheet, plan: HelperBlockWrites): void {
  for (const write of plan.writes) {
    write.values.forEach((cells, rowOffset) =>
      cells.forEach((value, columnOffset) => {
        const cell = sheet.getCell(
          write.box.row + rowOffset + 1,
          write.box.column + columnOffset + 1
        );
        if (write.formulas && typeof value === "string" && value.startsWith("="))
          cell.value = { formula: value.slice(1) };
        else cell.value = value === "" ? null : value;
        if (write.numberFormat) cell.numFmt = write.numberFormat;
        if (write.bold) cell.font = { bold: true };
        if (write.swatch) {
          cell.fill = { type: "pattern", pattern: "solid", fgColor: argb(write.swatch.fill) };
          // A plan never makes a swatch cell bold, so the font is set whole.
          cell.font = { color: argb(write.swatch.font) };
        }
      })
    );
  }
  const ranges = [...new Set(plan.rules.map((rule) => boxA1(rule.box)))];
  for (const ref of ranges) {
    sheet.addConditionalFormatting({
      ref,
      rules: plan.rules
        .filter((rule) => boxA1(rule.box) === ref)
        .map((rule) => ({
          type: "expression",
          // Unique across the sheet, as OOXML wants.
          priority: plan.rules.indexOf(rule) + 1,
          // exceljs writes the formula into <formula> itself, where OOXML has no leading "=".
          formulae: [rule.formula.slice(1)],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: argb(rule.swatch.fill) },
            font: { color: argb(rule.swatch.font) },
          },
        })),
    });
  }
}

/**
 * Saves a user's sheet (its values from A1) with a highlight plan written over it, as the Excel layer would leave it;
 * `edit` then changes the sheet as a user would afterwards. Returns the file's path.
 */
export async function saveHighlightedXlsx(
  path: string,
  values: readonly (readonly unknown[])[],
  plan: HelperBlockWrites,
  edit: (sheet: Worksheet) => void = () => undefined
): Promise<string> {
  const workbook = new Workbook();
  const worksheet = workbook.addWorksheet("月报");
  values.forEach((row) => worksheet.addRow(row.map((value) => (value === "" ? null : value))));
  writeHelperBlock(worksheet, plan);
  edit(worksheet);
  await workbook.xlsx.writeFile(path);
  return path;
}
