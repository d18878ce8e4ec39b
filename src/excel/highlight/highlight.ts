import type { CalendarDate } from "../../core/progress/dates";
import { Box, boxA1 } from "../../core/sheet/a1";
import { analyzeHighlight } from "../../core/highlight/analyze";
import type { HighlightAnalysis } from "../../core/highlight/analysis-types";
import { columnHeaders, rowLabels } from "../../core/sheet/sheet-cells";
import { findSheetTargets } from "../../core/highlight/sheet-targets";
import { planLookup } from "../../core/catalog/embedded";
import type { Locale } from "../../core/i18n/locale";
import type { PaceMethod } from "../../core/progress/pace";
import type { ColourMeaning } from "../../core/highlight/palette";
import { chartBands, helperBoxes, insertedBlocks } from "./helper-blocks";
import { bandRead, queueBandRead, readSelection, SheetRead } from "./read-sheet";

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
  /** The user agreed to replace their edits inside our earlier helper block (asked after an "edited" answer). */
  replaceEdits?: boolean;
}

export interface HighlightResult {
  sheet: string;
  /** The actual cells compared: the selection clipped to the sheet's used range. */
  actual: Box;
  analysis: HighlightAnalysis;
  /** How many earlier highlightings of these cells were replaced. */
  replaced: number;
}

/**
 * Targets from the sheet where it has them (an inserted official table on the same rows, or target columns beside the
 * actuals), else from the catalog.
 */
export function analyze(read: SheetRead, request: HighlightRequest): HighlightAnalysis {
  const { cells, actual } = read;
  const lookup = planLookup();
  const indicator = lookup.indicator(request.indicator);
  const blocks = insertedBlocks(lookup.catalog, read.named, read.sheet, indicator.id);
  // A chart's block has a "目标" column too: like a helper block, never the user's targets.
  const ignore = [...helperBoxes(read.named, read.sheet), ...chartBands(read.named, read.sheet)];
  const actuals = Array.from({ length: actual.rows }, (_, r) =>
    Array.from(
      { length: actual.columns },
      (_, c) => cells.values[actual.row - cells.box.row + r]?.[actual.column - cells.box.column + c]
    )
  );
  return analyzeHighlight(lookup, {
    ...request,
    labels: rowLabels(cells, actual),
    headers: columnHeaders(cells, actual),
    actuals,
    sheetTargets: findSheetTargets(cells, actual, request.reporting, blocks, ignore),
  });
}

/** Compares the selected figures with the plan without writing anything: the pane's check. Two syncs, bounded reads. */
export async function checkSelection(
  context: Excel.RequestContext,
  request: HighlightRequest
): Promise<HighlightResult> {
  const first = await readSelection(context);
  const pending = queueBandRead(first, false);
  await context.sync();
  const read = bandRead(first, pending, request.reporting, false);
  return { sheet: read.sheet, actual: read.actual, analysis: analyze(read, request), replaced: 0 };
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
