import { Box, boxA1, intersects, parseAddress } from "../../core/sheet/a1";
import { LEGEND_ROWS } from "../../core/highlight/rules";
import { firstFreeColumn } from "../../core/sheet/sheet-cells";
import { BoxWrite, helperBlockWrites, HelperBlockWrites } from "../../core/highlight/helper-block";
import { keepCells, keepFormats } from "../safe-write/before-state";
import { rulesRemoved, watchRules } from "../safe-write/rule-undo";
import { WriteSession } from "../safe-write/commit";
import { blankEntries, CellEntry, overlay } from "../safe-write/fingerprint";
import { recordComment, unchangedSince } from "../safe-write/write-record";
import {
  actualName,
  editedAt,
  helperName,
  HighlightRecord,
  nextRecordId,
  overlapping,
  queueRecordRead,
  queueRemoval,
  queueRuleRead,
  recordIds,
  recordsOf,
  removedRulesOf,
} from "./highlight-records";
import { chartBands, helperBoxes } from "./helper-blocks";
import type { EditedBlock } from "./edited-block";
import { analyze, HighlightRequest, HighlightResult } from "./highlight";
import { bandRead, queueBandRead, readSelection, SheetRead } from "./read-sheet";

const COMMENT = "科创目标台账 / Plan Targets: highlighting";

/** The entries of a write. English function names through `formulas`, never `formulasLocal` (GUIDE §4). */
function queueEntries(worksheet: Excel.Worksheet, write: BoxWrite): void {
  const range = worksheet.getRange(boxA1(write.box));
  if (write.formulas) range.formulas = write.values;
  else range.values = write.values;
}

/** The number format and colours of a write. */
function queueLooks(worksheet: Excel.Worksheet, write: BoxWrite): void {
  const range = worksheet.getRange(boxA1(write.box));
  if (write.numberFormat)
    range.numberFormat = write.values.map((row) => row.map(() => write.numberFormat as string));
  if (write.bold) range.format.font.bold = true;
  if (write.swatch) {
    range.format.fill.color = write.swatch.fill;
    range.format.font.color = write.swatch.font;
  }
}

/** The pace block's writes, and the others (targets, legend, headers). */
function splitPaces(helperBlock: HelperBlockWrites): [BoxWrite[], BoxWrite[]] {
  const isPaces = (write: BoxWrite) => write.box === helperBlock.layout.paces;
  return [
    helperBlock.writes.filter(isPaces),
    helperBlock.writes.filter((write) => !isPaces(write)),
  ];
}

/** What the helper block reads as once written: the record kept in its name's comment. */
function helperEntries(helperBlock: HelperBlockWrites): CellEntry[][] {
  const block = helperBlock.layout.block;
  const grid = blankEntries(block);
  for (const write of helperBlock.writes) overlay(grid, block, write.box, write.values);
  return grid;
}

/** The rules and the names that record them, after the helper block's entries and looks. */
function queueRules(
  context: Excel.RequestContext,
  read: SheetRead,
  helperBlock: HelperBlockWrites,
  id: number
): void {
  const { worksheet } = read;
  for (const rule of helperBlock.rules) {
    const format = worksheet.getRange(boxA1(rule.box)).conditionalFormats.add("Custom");
    format.custom.rule.formula = rule.formula;
    format.custom.format.fill.color = rule.swatch.fill;
    format.custom.format.font.color = rule.swatch.font;
  }
  const names = context.workbook.names;
  names.add(actualName(id), worksheet.getRange(boxA1(helperBlock.actual)), COMMENT);
  const helper = worksheet.getRange(boxA1(helperBlock.layout.block));
  names.add(helperName(id), helper, recordComment(COMMENT, helperEntries(helperBlock)));
}

/**
 * Reads the earlier highlightings of the selected cells, with their rules and helper blocks (kept for an undo): a third
 * sync, only when the workbook has records.
 */
async function readReplaced(
  context: Excel.RequestContext,
  read: SheetRead,
  pending: ReturnType<typeof queueRecordRead>
): Promise<{ record: HighlightRecord; helper: Excel.Range | null }[]> {
  if (pending.length === 0) return [];
  const onSheet = pending.filter((record) => {
    if (record.actual.isNullObject) return false;
    const { sheet, box } = parseAddress(record.actual.address);
    return sheet === read.sheet && intersects(box, read.actual);
  });
  const rules = queueRuleRead(onSheet);
  const helpers = onSheet.map((record) =>
    record.helper.isNullObject
      ? null
      : keepCells(read.before, read.worksheet, read.sheet, parseAddress(record.helper.address).box)
  );
  await context.sync();
  const records = overlapping(recordsOf(rules), read.sheet, read.actual);
  return records.map((record, index) => ({ record, helper: helpers[index] }));
}

/**
 * Colours the selected actual figures against the plan with native conditional formatting, replacing our earlier
 * highlighting of the same cells, if its helper block is as we wrote it (else the user is asked). Reads are bounded to
 * the rows compared (read-sheet.ts); four syncs of reads at most (the earlier helper block's number formats apart from its entries), then four batches
 * of writes, all undone if any fails.
 */
export async function applyHighlight(
  context: Excel.RequestContext,
  request: HighlightRequest
): Promise<HighlightResult | EditedBlock> {
  const first = await readSelection(context);
  const ids = recordIds(first.before.names.items);
  const band = queueBandRead(first, true);
  const pending = queueRecordRead(context, ids);
  watchRules(first.before, first.worksheet, first.sheet, first.clipped);
  await context.sync();
  const read = bandRead(first, band, request.reporting, true);
  const analysis = analyze(read, request);
  const replaced = await readReplaced(context, read, pending);
  const edited = replaced.find(
    ({ record, helper }) => helper && !unchangedSince(record.helperComment, helper.formulas)
  );
  if (edited && !request.replaceEdits) return editedAt(edited.record);
  if (read.before.filled.length > 0) {
    keepFormats(read.before);
    await context.sync();
  }
  const ignore = replaced.flatMap(({ record }) => (record.helper ? [record.helper] : []));
  // Our other helper blocks on these rows were not read (sheet/sheet-band.ts): they count as occupied, as charts do.
  const helperRows = { row: read.actual.row - 1, rows: read.actual.rows + LEGEND_ROWS + 1 };
  const onRows = (box: Box) => intersects(box, { ...box, ...helperRows });
  const otherHelpers = helperBoxes(read.named, read.sheet).filter(
    (box) => onRows(box) && !ignore.some((replaced) => boxA1(replaced) === boxA1(box))
  );
  const free = firstFreeColumn(read.occupied ?? read.cells, read.actual, ignore, [
    ...chartBands(read.named, read.sheet),
    ...otherHelpers,
  ]);
  const helperBlock = helperBlockWrites(
    analysis,
    read.actual,
    free,
    request.locale,
    request.meaning
  );
  const { before } = read;
  before.blank.push({ sheet: read.sheet, box: helperBlock.layout.block });
  for (const { record } of replaced) rulesRemoved(before, removedRulesOf(record));
  // Four batches whatever the size, so that each request stays near half of 2 MB at 10,000 rows × 12 months: the
  // pace block's entries, and each block's number formats, are the large parts.
  const [paces, others] = splitPaces(helperBlock);
  const { worksheet } = read;
  const batches: (() => void)[] = [
    () => {
      context.application.suspendApiCalculationUntilNextSync();
      for (const { record } of replaced) queueRemoval(context, record);
      for (const write of others) queueEntries(worksheet, write);
    },
    () => {
      // Microsoft, "Application.suspendApiCalculationUntilNextSync" (ExcelApi 1.6): once the sync has run, calculating
      // what the suspended batch wrote is the add-in's job. Recalculate takes the cells Excel marked dirty.
      context.application.calculate("Recalculate");
      paces.forEach((write) => queueEntries(worksheet, write));
    },
    () => others.forEach((write) => queueLooks(worksheet, write)),
    () => {
      for (const write of paces) queueLooks(worksheet, write);
      queueRules(context, read, helperBlock, nextRecordId(ids));
    },
  ];
  const session = new WriteSession(context, before, request.locale);
  for (const batch of batches) {
    batch();
    await session.commit();
  }
  return { sheet: read.sheet, actual: read.actual, analysis, replaced: replaced.length };
}
