import { Box, intersects, parseAddress, referencesBox } from "../../core/sheet/a1";

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

export interface HighlightRecord {
  id: number;
  sheet: string;
  actual: Box;
  helper: Box | null;
  /** Our rules on the actual range (custom rules whose formula refers to the helper block), one set per column run. */
  rules: Excel.ConditionalFormat[];
}

interface Pending {
  id: number;
  actual: Excel.Range;
  helper: Excel.Range;
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

/** Reads the records and their rules: two syncs, whatever the number of records (none when there is no record). */
export async function readRecords(
  context: Excel.RequestContext,
  ids: readonly number[]
): Promise<HighlightRecord[]> {
  if (ids.length === 0) return [];
  const names = context.workbook.names;
  const pending: Pending[] = ids.map((id) => {
    const actual = names.getItemOrNullObject(actualName(id)).getRangeOrNullObject().load("address");
    return {
      id,
      actual,
      helper: names.getItemOrNullObject(helperName(id)).getRangeOrNullObject().load("address"),
      formats: actual.conditionalFormats.load("items/type"),
    };
  });
  await context.sync();
  const live = pending.filter((record) => !record.actual.isNullObject);
  const rules = live.map((record) =>
    record.formats.items
      .filter((format) => format.type === "Custom")
      .map((format) => ({ format, rule: format.custom.rule.load("formula") }))
  );
  await context.sync();
  return live.map((record, index) => {
    const { sheet, box: actual } = parseAddress(record.actual.address);
    const helper = record.helper.isNullObject ? null : parseAddress(record.helper.address).box;
    const ours = rules[index].filter(
      ({ rule }) => helper !== null && referencesBox(rule.formula, helper)
    );
    return { id: record.id, sheet, actual, helper, rules: ours.map(({ format }) => format) };
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
  for (const rule of record.rules) rule.delete();
  const names = context.workbook.names;
  if (record.helper) {
    names.getItemOrNullObject(helperName(record.id)).getRangeOrNullObject().clear();
    names.getItemOrNullObject(helperName(record.id)).delete();
  }
  names.getItemOrNullObject(actualName(record.id)).delete();
}
