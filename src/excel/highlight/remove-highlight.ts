import { parseAddress } from "../../core/sheet/a1";
import type { Locale } from "../../core/i18n/locale";
import { captureBefore, keepCells, keepFormats } from "../safe-write/before-state";
import { rulesRemoved, watchRules } from "../safe-write/rule-undo";
import { commitWrites } from "../safe-write/commit";
import { unchangedSince } from "../safe-write/write-record";
import {
  editedAt,
  queueRecordRead,
  queueRemoval,
  queueRuleRead,
  recordIds,
  recordsOf,
  removedRulesOf,
} from "./highlight-records";
import type { EditedBlock } from "./edited-block";

export interface RemoveRequest {
  locale: Locale;
  /** The user agreed to clear their edits inside our helper blocks (asked after an "edited" answer). */
  replaceEdits?: boolean;
}

/**
 * Removes our highlighting (rules, helper blocks, names) from the active sheet; the user's rules stay, and a helper
 * block the user changed is not cleared without asking. Four syncs of reads (none past the first on a sheet without
 * highlighting), then one batch of writes, undone if it fails. Returns how many highlightings were removed.
 */
export async function removeHighlight(
  context: Excel.RequestContext,
  request: RemoveRequest
): Promise<number | EditedBlock> {
  const worksheet = context.workbook.worksheets.getActiveWorksheet().load("name");
  const before = captureBefore(context, worksheet);
  await context.sync();
  const ids = recordIds(before.names.items);
  if (ids.length === 0) return 0;
  const pending = queueRecordRead(context, ids);
  await context.sync();
  const onSheet = pending.filter(
    (record) =>
      !record.actual.isNullObject && parseAddress(record.actual.address).sheet === worksheet.name
  );
  if (onSheet.length === 0) return 0;
  const rules = queueRuleRead(onSheet);
  const helpers = onSheet.map((record) => {
    const actual = parseAddress(record.actual.address).box;
    watchRules(before, worksheet, worksheet.name, actual);
    if (record.helper.isNullObject) return null;
    return keepCells(before, worksheet, worksheet.name, parseAddress(record.helper.address).box);
  });
  await context.sync();
  const records = recordsOf(rules);
  const edited = records.findIndex(
    (record, index) =>
      helpers[index] && !unchangedSince(record.helperComment, helpers[index]?.formulas ?? [])
  );
  if (edited >= 0 && !request.replaceEdits) return editedAt(records[edited]);
  if (before.filled.length > 0) {
    keepFormats(before);
    await context.sync();
  }
  for (const record of records) {
    rulesRemoved(before, removedRulesOf(record));
    queueRemoval(context, record);
  }
  await commitWrites(context, before, request.locale);
  return records.length;
}
