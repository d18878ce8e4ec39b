import type { SheetPlan } from "../../core/presentation/sheet-plan";
import { boxA1 } from "../../core/sheet/a1";
import { queuePresentation } from "../presentation/apply-presentation";

function styleRows(area: Excel.Range, plan: SheetPlan, width: number): void {
  plan.rowStyles.forEach((style, index) => {
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
function markInputs(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const { inputs } = plan;
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
 * Queues, without syncing, every write of a sheet plan into an empty worksheet from A1: number formats before
 * formulas (written through `formulas`, in the invariant syntax, as every formula we write), styles, inputs,
 * conditional formats, presentation with the print setup, frozen header, and protection when asked.
 */
export function queueSheetPlan(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const width = plan.cells[0].length;
  const area = sheet.getRange("A1").getResizedRange(plan.cells.length - 1, width - 1);
  area.numberFormat = plan.numberFormats.map((row) => row.map((format) => format ?? "General"));
  area.formulas = plan.cells.map((row) => row.map((cell) => cell ?? ""));
  styleRows(area, plan, width);
  markInputs(sheet, plan);
  for (const rule of plan.rules) {
    const format = sheet.getRange(boxA1(rule.box)).conditionalFormats.add("Custom");
    format.custom.rule.formula = rule.formula;
    format.custom.format.fill.color = rule.fill;
    format.custom.format.font.color = rule.font;
  }
  queuePresentation(area, plan.presentation, { pageSetup: true });
  sheet.freezePanes.freezeRows(plan.presentation.printTitleRows.last + 1);
  if (plan.protect) sheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
}
