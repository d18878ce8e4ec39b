import type { SheetSpec } from "../../core/presentation/sheet-spec";
import { boxA1 } from "../../core/sheet/a1";
import { queuePresentation } from "../presentation/apply-presentation";

function styleRows(area: Excel.Range, spec: SheetSpec, width: number): void {
  spec.rowStyles.forEach((style, index) => {
    if (!style) return;
    const row = area.getCell(index, 0).getResizedRange(0, width - 1);
    if (style.bold) row.format.font.bold = true;
    if (style.italic) row.format.font.italic = true;
    if (style.fontColor) row.format.font.color = style.fontColor;
    if (style.fontSize) row.format.font.size = style.fontSize;
    if (style.fill) row.format.fill.color = style.fill;
  });
}

/** Input cells: their fill, a rule allowing numbers ≥ 0 with a Chinese message (ExcelApi 1.8), and unlocked. */
function markInputs(sheet: Excel.Worksheet, spec: SheetSpec): void {
  const { inputs } = spec;
  for (const box of inputs.boxes) {
    const range = sheet.getRange(boxA1(box));
    range.format.fill.color = inputs.fill;
    range.format.protection.locked = false;
    range.dataValidation.rule = {
      decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" },
    };
    range.dataValidation.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: inputs.title,
      message: inputs.message,
    };
    range.dataValidation.prompt = { showPrompt: true, title: inputs.title, message: inputs.prompt };
  }
}

/**
 * Queues, without syncing, every write of a sheet spec into an empty worksheet from A1: number formats before
 * formulas (written through `formulas`, in the invariant syntax, as every formula we write), styles, inputs,
 * conditional formats, presentation with the print setup, frozen header, and protection when asked.
 */
export function queueSheetSpec(sheet: Excel.Worksheet, spec: SheetSpec): void {
  const width = spec.cells[0].length;
  const area = sheet.getRange("A1").getResizedRange(spec.cells.length - 1, width - 1);
  area.numberFormat = spec.numberFormats.map((row) => row.map((format) => format ?? "General"));
  area.formulas = spec.cells.map((row) => row.map((cell) => cell ?? ""));
  styleRows(area, spec, width);
  markInputs(sheet, spec);
  for (const rule of spec.rules) {
    const format = sheet.getRange(boxA1(rule.box)).conditionalFormats.add("Custom");
    format.custom.rule.formula = rule.formula;
    format.custom.format.fill.color = rule.fill;
    format.custom.format.font.color = rule.font;
  }
  queuePresentation(area, spec.presentation, { pageSetup: true });
  sheet.freezePanes.freezeRows(spec.presentation.printTitleRows.last + 1);
  if (spec.protect) sheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
}
