import { EXCEL_GATE, FEATURE_GATES, RUNTIME_GUARDS } from "../../src/core/capabilities/features";
import { AuditMap, AuditReport, auditOffice, auditProgram } from "./office-audit";

/*
 * Requirement sets are Microsoft's, as @types/office-js and @types/custom-functions-runtime carry them from the API
 * reference ("[Api set: ExcelApi 1.12]" on each member; OfficeDev/office-js-docs-reference, docs/requirement-sets).
 * A host runs a member only where it supports that set: "Specify Office applications and API requirements"
 * (office-js-docs-pr, docs/develop/specify-office-hosts-and-api-requirements.md).
 */
const SHIPPED: AuditMap = {
  gates: { excel: EXCEL_GATE, ...FEATURE_GATES },
  guards: RUNTIME_GUARDS,
};

describe("the shipped sources", () => {
  let report: AuditReport;
  beforeAll(() => {
    report = auditOffice(auditProgram(), SHIPPED);
  });

  it("are read whole: every gate's entries run Office members", () => {
    const members = new Set(report.usages.map((usage) => usage.member));
    expect(report.usages.length).toBeGreaterThan(700);
    expect(members.size).toBeGreaterThan(150);
    const gates = new Set(
      report.usages.flatMap((usage) => usage.gates.map((gate) => gate.split("+")[0]))
    );
    expect([...gates].sort()).toEqual(Object.keys(SHIPPED.gates).sort());
    expect(report.usages).toContainEqual(
      expect.objectContaining({
        member: "Excel.Range.getSpillingToRangeOrNullObject",
        requirement: { set: "ExcelApi", version: "1.12" },
        gates: ["freeze"],
      })
    );
    // The print setup runs behind pageLayoutSupported(), which raises the gate to ExcelApi 1.9.
    expect(report.usages).toContainEqual(
      expect.objectContaining({
        member: "Excel.Worksheet.pageLayout",
        gates: ["insertTable+ExcelApi 1.9", "submission+ExcelApi 1.9"],
      })
    );
  });

  it("use every Office member within the gate of every path that runs it", () => {
    expect(report.findings).toEqual([]);
  });
});

describe("the auditor, on planted sources", () => {
  const FILL = "src/excel/fill/planted.ts";
  const plant = (text: string, map: Partial<AuditMap> = {}) =>
    auditOffice(auditProgram({ [FILL]: text }, true), {
      gates: {
        fill: { needs: [{ set: "ExcelApi", version: "1.4" }], entries: [`${FILL}#planted`] },
      },
      guards: {},
      ...map,
    }).findings;
  const above = (member: string, set: string, line: number) =>
    `${member} (${set}) above gate fill (ExcelApi 1.4): ${FILL}:${line}`;

  it("names a call above its gate: member, set, gate and file:line", () => {
    const source = [
      "export async function planted(context: Excel.RequestContext) {",
      "  const range = context.workbook.getSelectedRange();",
      "  range.getSpillingToRange();",
      "  await context.sync();",
      "}",
    ].join("\n");
    expect(plant(source)).toEqual([above("Excel.Range.getSpillingToRange", "ExcelApi 1.12", 3)]);
  });

  it("follows the calls into other functions, and sees assignments", () => {
    const source = [
      "function hide(sheet: Excel.Worksheet) {",
      "  sheet.showGridlines = false;",
      "}",
      "export const planted = (context: Excel.RequestContext) =>",
      "  hide(context.workbook.worksheets.getActiveWorksheet());",
    ].join("\n");
    expect(plant(source)).toEqual([above("Excel.Worksheet.showGridlines", "ExcelApi 1.8", 2)]);
  });

  it("reads object-literal properties, enum strings and load() paths", () => {
    const source = [
      "export function planted(context: Excel.RequestContext) {",
      "  const sheet = context.workbook.worksheets.getActiveWorksheet();",
      "  sheet.set({ tabColor: 'red' });",
      "  sheet.getRange('A1').conditionalFormats.add('Custom');",
      "  sheet.load('showGridlines');",
      "  context.workbook.worksheets.load(['items/tabColor']);",
      "}",
    ].join("\n");
    expect(plant(source)).toEqual([
      above("Excel.Interfaces.WorksheetUpdateData.tabColor", "ExcelApi 1.7", 3),
      above("Excel.ConditionalFormatCollection.add", "ExcelApi 1.6", 4),
      above("Excel.ConditionalFormatType.custom", "ExcelApi 1.6", 4),
      above("Excel.Range.conditionalFormats", "ExcelApi 1.6", 4),
      above("Excel.Worksheet.showGridlines", "ExcelApi 1.8", 5),
      above("Excel.Worksheet.tabColor", "ExcelApi 1.7", 6),
    ]);
  });

  it("raises the gate behind a runtime guard, and only there", () => {
    const source = [
      "function zoomSupported(): boolean {",
      '  return Office.context.requirements.isSetSupported("ExcelApi", "1.9");',
      "}",
      "export function planted(sheet: Excel.Worksheet) {",
      "  if (zoomSupported()) sheet.pageLayout.zoom = { scale: 90 };",
      "  sheet.pageLayout.centerHorizontally = true;",
      "  if (!zoomSupported()) return;",
      "  sheet.pageLayout.centerVertically = true;",
      "}",
    ].join("\n");
    const guards = { [`${FILL}#zoomSupported`]: { set: "ExcelApi", version: "1.9" } };
    expect(plant(source, { guards })).toEqual([
      above("Excel.PageLayout.centerHorizontally", "ExcelApi 1.9", 6),
      above("Excel.Worksheet.pageLayout", "ExcelApi 1.9", 6),
    ]);
  });

  it("holds a guard to what it asks", () => {
    const source = [
      "function zoomSupported(): boolean {",
      '  return Office.context.requirements.isSetSupported("ExcelApi", "1.4");',
      "}",
      "export function planted() {",
      "  return zoomSupported();",
      "}",
    ].join("\n");
    const guards = { [`${FILL}#zoomSupported`]: { set: "ExcelApi", version: "1.9" } };
    expect(plant(source, { guards })).toEqual([
      `guard ${FILL}#zoomSupported does not ask isSetSupported("ExcelApi", "1.9")`,
    ]);
  });

  it("counts the custom functions runtime", () => {
    const source = [
      "export function planted(): never {",
      '  throw new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "no");',
      "}",
    ].join("\n");
    const gates = {
      formulas: {
        needs: [{ set: "CustomFunctionsRuntime", version: "1.1" }],
        entries: [`${FILL}#planted`],
      },
    };
    expect(plant(source, { gates })).toEqual([
      `CustomFunctions.Error (CustomFunctionsRuntime 1.2) above gate formulas (CustomFunctionsRuntime 1.1): ${FILL}:2`,
      `CustomFunctions.ErrorCode.notAvailable (CustomFunctionsRuntime 1.3) above gate formulas (CustomFunctionsRuntime 1.1): ${FILL}:2`,
    ]);
  });

  it("fails on Office code no gate runs, on an entry that names nothing, and on load paths it cannot read", () => {
    const source = [
      "export function planted(range: Excel.Range, fields: string) {",
      "  range.load(fields);",
      "}",
      "export function stray(range: Excel.Range) {",
      "  range.getSpillingToRange();",
      "}",
    ].join("\n");
    const gates = {
      fill: {
        needs: [{ set: "ExcelApi", version: "1.4" }],
        entries: [`${FILL}#planted`, `${FILL}#gone`],
      },
    };
    expect(plant(source, { gates })).toEqual([
      `entry ${FILL}#gone of gate fill names nothing in src/`,
      `load(fields): the paths cannot be read from the source: ${FILL}:2`,
      `Excel.Range.getSpillingToRange runs under no gate: ${FILL}:5`,
    ]);
  });
});
