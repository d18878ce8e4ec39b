import { Box, boxA1, intersects, parseAddress, referencesBox } from "../../core/sheet/a1";
import type { RemovedRule } from "../safe-write/rule-undo";
import type { EditedBlock } from "./edited-block";

/**
 * How the add-in finds its own highlighting again. Each application is recorded as two workbook names:
 * PLAN_HL_<n> on the actual cells and PLAN_HL_<n>_REF on the helper block (targets, pace, legend). Names
 * move with the cells when the user inserts rows or columns, and survive saving in any Excel. A rule on PLAN_HL_<n> is
 * ours only if its formula refers to a cell of the helper block (every rule refers to its pace cell, also when its
 * targets are the user's cells), so the user's own rules on the same range stay untouched.
 */
const ACTUAL_NAME = /^PLAN_HL_(\d+)$/i;
export const HELPER_NAME = /^PLAN_HL_\d+_REF$/i;

export const actualName = (id: number): string => `PLAN_HL_${id}`;
export const helperName = (id: number): string => `PLAN_HL_${id}_REF`;

/** One of our rules, as read: enough to delete it, and to add it back if a later write fails. */
export interface OurRule {
  format: Excel.ConditionalFormat;
  id: string;
  box: Box;
  formula: string;
  fill: string | null;
  font: string | null;
}

export interface HighlightRecord {
  id: number;
  sheet: string;
  actual: Box;
  helper: Box | null;
  /** The helper name's comment: the record of what was written into the helper block (safe-write/write-record.ts). */
  helperComment: string;
  /** Our rules on the actual range (custom rules whose formula refers to the helper block), one set per column run. */
  rules: OurRule[];
}

interface Pending {
  id: number;
  actual: Excel.Range;
  helper: Excel.Range;
  helperItem: Excel.NamedItem;
  formats: Excel.ConditionalFormatCollection;
}

/** The record ids among the workbook's names (from `workbook.names` loaded with items/name). */
export function recordIds(names: readonly { name: string }[]): number[] {
  return names.flatMap(({ name }) => {
    const match = ACTUAL_NAME.exec(name);
    return match ? [Number(match[1])] : [];
  });
}

export function nextRecordId(ids: readonly number[]): number {
  return Math.max(0, ...ids) + 1;
}

/** The first of two reads of the records (no sync): their ranges and the formats on their actual cells. */
export function queueRecordRead(context: Excel.RequestContext, ids: readonly number[]): Pending[] {
  const names = context.workbook.names;
  return ids.map((id) => {
    const actual = names.getItemOrNullObject(actualName(id)).getRangeOrNullObject().load("address");
    const helperItem = names.getItemOrNullObject(helperName(id)).load("comment");
    return {
      id,
      actual,
      helperItem,
      helper: names.getItemOrNullObject(helperName(id)).getRangeOrNullObject().load("address"),
      formats: actual.conditionalFormats.load("items/type,items/id"),
    };
  });
}

/** The second read (no sync): each custom rule's formula, colours and range. */
export function queueRuleRead(pending: readonly Pending[]) {
  return pending
    .filter((record) => !record.actual.isNullObject)
    .map((record) => ({
      record,
      rules: record.formats.items
        .filter((format) => format.type === "Custom")
        .map((format) => ({
          format,
          rule: format.custom.rule.load("formula"),
          fill: format.custom.format.fill.load("color"),
          font: format.custom.format.font.load("color"),
          range: format.getRange().load("address"),
        })),
    }));
}

/** The records, once both reads are answered; only the rules that refer to their helper block are ours. */
export function recordsOf(read: ReturnType<typeof queueRuleRead>): HighlightRecord[] {
  return read.map(({ record, rules }) => {
    const { sheet, box: actual } = parseAddress(record.actual.address);
    const helper = record.helper.isNullObject ? null : parseAddress(record.helper.address).box;
    const ours = rules.filter(({ rule }) => helper !== null && referencesBox(rule.formula, helper));
    return {
      id: record.id,
      sheet,
      actual,
      helper,
      helperComment: record.helperItem.isNullObject ? "" : record.helperItem.comment,
      rules: ours.map(({ format, rule, fill, font, range }) => ({
        format,
        id: format.id,
        box: parseAddress(range.address).box,
        formula: rule.formula,
        fill: fill.color,
        font: font.color,
      })),
    };
  });
}

/** Records on `sheet` whose actual cells overlap `box`: applying there again replaces them. */
export function overlapping(
  records: readonly HighlightRecord[],
  sheet: string,
  box: Box
): HighlightRecord[] {
  return records.filter((record) => record.sheet === sheet && intersects(record.actual, box));
}

/** Queues the removal of a record: our rules, the helper block and the names. No sync. */
export function queueRemoval(context: Excel.RequestContext, record: HighlightRecord): void {
  for (const rule of record.rules) rule.format.delete();
  const names = context.workbook.names;
  if (record.helper) {
    names.getItemOrNullObject(helperName(record.id)).getRangeOrNullObject().clear();
    names.getItemOrNullObject(helperName(record.id)).delete();
  }
  names.getItemOrNullObject(actualName(record.id)).delete();
}

/** What undo needs to add a record's rules back, should a later write of the same action fail. */
export function removedRulesOf(record: HighlightRecord): RemovedRule[] {
  return record.rules.map(({ id, box, formula, fill, font }) => ({
    id,
    box,
    formula,
    fill,
    font,
    sheet: record.sheet,
  }));
}

/** The answer when the record's helper block holds the user's edits: where, so the pane asks before replacing them. */
export function editedAt(record: HighlightRecord): EditedBlock {
  return { status: "edited", address: `${record.sheet}!${boxA1(record.helper ?? record.actual)}` };
}
