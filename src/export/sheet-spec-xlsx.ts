import type { Worksheet } from "exceljs";
import type { SheetSpec } from "../core/presentation/sheet-spec";
import { boxA1 } from "../core/sheet/a1";
import { applyPresentation } from "./xlsx-presentation";

function argb(color: string): { argb: string } {
  return { argb: `FF${color.slice(1).toUpperCase()}` };
}

function writeCells(sheet: Worksheet, spec: SheetSpec): void {
  spec.cells.forEach((row, rowIndex) => {
    const style = spec.rowStyles[rowIndex];
    row.forEach((value, column) => {
      const cell = sheet.getCell(rowIndex + 1, column + 1);
      // exceljs takes a formula without its "=", as OOXML stores it.
      if (typeof value === "string" && value.startsWith("="))
        cell.value = { formula: value.slice(1) };
      else if (value !== null) cell.value = value;
      const format = spec.numberFormats[rowIndex][column];
      if (format) cell.numFmt = format;
      if (!style) return;
      cell.font = {
        bold: style.bold,
        italic: style.italic,
        size: style.fontSize,
        ...(style.fontColor ? { color: argb(style.fontColor) } : {}),
      };
      if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: argb(style.fill) };
    });
  });
}

function markInputs(sheet: Worksheet, spec: SheetSpec): void {
  const { inputs } = spec;
  for (const box of inputs.boxes)
    for (let row = box.row; row < box.row + box.rows; row++)
      for (let column = box.column; column < box.column + box.columns; column++) {
        const cell = sheet.getCell(row + 1, column + 1);
        cell.fill = { type: "pattern", pattern: "solid", fgColor: argb(inputs.fill) };
        cell.protection = { locked: false };
        cell.dataValidation = {
          type: "decimal",
          operator: "greaterThanOrEqual",
          formulae: [0],
          allowBlank: true,
          showErrorMessage: true,
          errorStyle: "stop",
          errorTitle: inputs.title,
          error: inputs.message,
          showInputMessage: true,
          prompt: inputs.prompt,
        };
      }
}

function addRules(sheet: Worksheet, spec: SheetSpec): void {
  const refs = [...new Set(spec.rules.map((rule) => boxA1(rule.box)))];
  for (const ref of refs)
    sheet.addConditionalFormatting({
      ref,
      rules: spec.rules
        .filter((rule) => boxA1(rule.box) === ref)
        .map((rule) => ({
          type: "expression",
          // Unique across the sheet, as OOXML wants.
          priority: spec.rules.indexOf(rule) + 1,
          formulae: [rule.formula.slice(1)],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: argb(rule.fill) },
            font: { color: argb(rule.font) },
          },
        })),
    });
}

/** Renders a sheet spec into an empty exceljs worksheet: what the Excel writer does through Office.js. */
export async function writeSheetSpec(sheet: Worksheet, spec: SheetSpec): Promise<void> {
  writeCells(sheet, spec);
  markInputs(sheet, spec);
  addRules(sheet, spec);
  applyPresentation(sheet, spec.presentation);
  sheet.views = [{ state: "frozen", ySplit: spec.presentation.printTitleRows.last + 1 }];
  if (spec.protect)
    await sheet.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
    });
}

/** The viewer's download of a submission sheet: the same spec the Excel writer writes, in an .xlsx of its own. */
export async function buildSheetSpecXlsx(spec: SheetSpec): Promise<ArrayBuffer> {
  const { Workbook } = await import(/* webpackChunkName: "exceljs" */ "exceljs");
  const workbook = new Workbook();
  // No cached results are stored for the formulas: Excel and WPS compute them all on opening.
  workbook.calcProperties = { fullCalcOnLoad: true };
  await writeSheetSpec(workbook.addWorksheet(spec.name), spec);
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
