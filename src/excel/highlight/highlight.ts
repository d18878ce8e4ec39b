import { SelectionError } from "../../core/sheet/selection-error";
import type { CalendarDate } from "../../core/progress/dates";
import { Box, boxA1, parseAddress } from "../../core/sheet/a1";
import { analyzeHighlight } from "../../core/highlight/analyze";
import type { HighlightAnalysis } from "../../core/highlight/analysis-types";
import {
  columnHeaders,
  firstFreeColumn,
  headerRowCount,
  rowLabels,
  SheetCells,
} from "../../core/sheet/sheet-cells";
import type { HeaderValue } from "../../core/sheet/periods";
import {
  BoxWrite,
  buildHighlightPlan,
  HighlightSheetPlan,
} from "../../core/highlight/helper-block";
import { findSheetTargets } from "../../core/highlight/sheet-targets";
import { planLookup } from "../../core/catalog/embedded";
import type { Locale } from "../../core/i18n/locale";
import type { PaceMethod } from "../../core/progress/pace";
import type { ColourMeaning } from "../../core/highlight/palette";
import {
  actualName,
  helperName,
  nextRecordId,
  overlapping,
  queueRemoval,
  readRecords,
  recordIds,
} from "./highlight-records";
import { chartBands, helperBoxes, insertedBlocks, NamedBox, namedBoxes } from "./helper-blocks";

/** What the user chose in the pane. */
export interface HighlightRequest {
  region: string;
  indicator: string;
  document?: string | null;
  reporting: CalendarDate;
  method: PaceMethod;
  farBehindPoints: number;
  meaning: ColourMeaning;
  locale: Locale;
}

export interface HighlightResult {
  sheet: string;
  /** The actual cells compared: the selection clipped to the sheet's used range. */
  actual: Box;
  analysis: HighlightAnalysis;
  /** How many earlier highlightings of these cells were replaced. */
  replaced: number;
}

/** Larger selections are refused: the rules and helper block stay small, and reads stay far below Excel's 5 MB cap. */
export const MAX_CELLS = 20_000;

interface SheetRead {
  worksheet: Excel.Worksheet;
  sheet: string;
  cells: SheetCells;
  actual: Box;
  names: Excel.NamedItemCollection;
  /** Range names with their ranges: inserted tables (PlanBlock_…), our helper blocks and our charts' blocks. */
  named: NamedBox[];
}

function clip(selection: Box, used: Box): Box | null {
  const top = Math.max(selection.row, used.row);
  const left = Math.max(selection.column, used.column);
  const bottom = Math.min(selection.row + selection.rows, used.row + used.rows);
  const right = Math.min(selection.column + selection.columns, used.column + used.columns);
  return bottom > top && right > left
    ? { row: top, column: left, rows: bottom - top, columns: right - left }
    : null;
}

/**
 * The figures of the selection: clipped to the used range and, when the selection takes in the sheet's top used row
 * (whole columns such as C:D, or a selection dragged over the headers), without the header rows above the figures.
 */
function actualBox(selection: Box, cells: SheetCells, reporting: CalendarDate): Box | null {
  const clipped = clip(selection, cells.box);
  if (!clipped || selection.row > cells.box.row) return clipped;
  const headers = headerRowCount(cells, clipped, reporting);
  return headers < clipped.rows
    ? { ...clipped, row: clipped.row + headers, rows: clipped.rows - headers }
    : null;
}

/**
 * One sync: the selection's place, the sheet's used values (labels, headers, targets and figures all lie in it), and the
 * names with their addresses: the workbook's (inserted tables, our records) and the sheet's (our charts' blocks).
 */
async function readSheet(
  context: Excel.RequestContext,
  reporting: CalendarDate
): Promise<SheetRead> {
  const selection = context.workbook.getSelectedRange().load("address");
  const worksheet = selection.worksheet.load("name");
  const used = worksheet.getUsedRangeOrNullObject(true).load("address,values");
  const names = context.workbook.names.load("items/name,items/type,items/value");
  const sheetNames = worksheet.names.load("items/name,items/type,items/value");
  await context.sync();
  if (used.isNullObject) throw new SelectionError("empty");
  const cells = { box: parseAddress(used.address).box, values: used.values as HeaderValue[][] };
  const actual = actualBox(parseAddress(selection.address).box, cells, reporting);
  if (!actual) throw new SelectionError("empty");
  if (actual.rows * actual.columns > MAX_CELLS) throw new SelectionError("too-large");
  const named = [...namedBoxes(names.items), ...namedBoxes(sheetNames.items)];
  return { worksheet, sheet: worksheet.name, cells, actual, names, named };
}

/**
 * Targets from the sheet where it has them (an inserted official table on the same rows, or target columns beside the
 * actuals), else from the catalog.
 */
function analyze(read: SheetRead, request: HighlightRequest): HighlightAnalysis {
  const { cells, actual } = read;
  const lookup = planLookup();
  const indicator = lookup.indicator(request.indicator);
  const blocks = insertedBlocks(lookup.catalog, read.named, read.sheet, indicator.id);
  // A chart's block has a "目标" column too: like a helper block, never the user's targets.
  const ignore = [...helperBoxes(read.named, read.sheet), ...chartBands(read.named, read.sheet)];
  const actuals = cells.values
    .slice(actual.row - cells.box.row, actual.row - cells.box.row + actual.rows)
    .map((row) =>
      row.slice(actual.column - cells.box.column, actual.column - cells.box.column + actual.columns)
    );
  return analyzeHighlight(lookup, {
    ...request,
    labels: rowLabels(cells, actual),
    headers: columnHeaders(cells, actual),
    actuals,
    sheetTargets: findSheetTargets(cells, actual, request.reporting, blocks, ignore),
  });
}

/** Compares the selected figures with the plan without writing anything: the pane's check. One sync. */
export async function checkSelection(
  context: Excel.RequestContext,
  request: HighlightRequest
): Promise<HighlightResult> {
  const read = await readSheet(context, request.reporting);
  return { sheet: read.sheet, actual: read.actual, analysis: analyze(read, request), replaced: 0 };
}

function queueWrite(worksheet: Excel.Worksheet, write: BoxWrite): void {
  const range = worksheet.getRange(boxA1(write.box));
  // English function names through `formulas`, never `formulasLocal`, where a zh-CN Excel might not read "IF".
  if (write.formulas) range.formulas = write.values;
  else range.values = write.values;
  if (write.numberFormat)
    range.numberFormat = write.values.map((row) => row.map(() => write.numberFormat as string));
  if (write.bold) range.format.font.bold = true;
  if (write.swatch) {
    range.format.fill.color = write.swatch.fill;
    range.format.font.color = write.swatch.font;
  }
}

function queuePlan(
  context: Excel.RequestContext,
  read: SheetRead,
  plan: HighlightSheetPlan,
  id: number
): void {
  const { worksheet } = read;
  for (const write of plan.writes) queueWrite(worksheet, write);
  const actual = worksheet.getRange(boxA1(plan.actual));
  for (const rule of plan.rules) {
    const format = worksheet.getRange(boxA1(rule.box)).conditionalFormats.add("Custom");
    format.custom.rule.formula = rule.formula;
    format.custom.format.fill.color = rule.swatch.fill;
    format.custom.format.font.color = rule.swatch.font;
  }
  const comment = "科创目标台账 / Plan Targets: highlighting";
  context.workbook.names.add(actualName(id), actual, comment);
  context.workbook.names.add(helperName(id), worksheet.getRange(boxA1(plan.layout.block)), comment);
}

/**
 * Colours the selected actual figures against the plan with native conditional formatting, replacing our earlier
 * highlighting of the same cells. Two syncs on a sheet without earlier highlighting, four with (reading our rules'
 * formulas takes two); every write goes in the last one, after all checks, so a failure writes nothing.
 */
export async function applyHighlight(
  context: Excel.RequestContext,
  request: HighlightRequest
): Promise<HighlightResult> {
  const read = await readSheet(context, request.reporting);
  const analysis = analyze(read, request);
  const ids = recordIds(read.names.items);
  const replaced = overlapping(await readRecords(context, ids), read.sheet, read.actual);
  const ignore = replaced.flatMap((record) => (record.helper ? [record.helper] : []));
  const charts = chartBands(read.named, read.sheet);
  const plan = buildHighlightPlan(
    analysis,
    read.actual,
    firstFreeColumn(read.cells, read.actual, ignore, charts),
    request.locale,
    request.meaning
  );
  context.application.suspendApiCalculationUntilNextSync();
  for (const record of replaced) queueRemoval(context, record);
  queuePlan(context, read, plan, nextRecordId(ids));
  await context.sync();
  return { sheet: read.sheet, actual: read.actual, analysis, replaced: replaced.length };
}

/** Removes our highlighting (rules, helper blocks, names) from the active sheet; the user's rules stay. */
export async function removeHighlight(context: Excel.RequestContext): Promise<number> {
  const worksheet = context.workbook.worksheets.getActiveWorksheet().load("name");
  const names = context.workbook.names.load("items/name");
  await context.sync();
  const records = (await readRecords(context, recordIds(names.items))).filter(
    (record) => record.sheet === worksheet.name
  );
  if (records.length === 0) return 0;
  for (const record of records) queueRemoval(context, record);
  await context.sync();
  return records.length;
}

/** Selects one cell of the compared range, for the pane's list of lagging units. */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  row: number,
  column: number
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(boxA1({ row, column, rows: 1, columns: 1 })).select();
  await context.sync();
}
