import { Box, parseAddress } from "../../core/sheet/a1";
import { blockName, copyOf, excelTableName } from "./block-names";

/** One inserted copy of a table, found by its block name. */
export interface TableCopy {
  copy: number;
  name: string;
  tableName: string;
  sheet: string;
  box: Box;
  /** The name's comment: the record of what was written (write-record.ts). */
  comment: string;
}

interface NameItem {
  name: string;
  type: string;
  value: unknown;
  comment: string;
}

/** The copies of table `key` still on a sheet (a name whose sheet was deleted refers to #REF!), first copy first. */
export function findCopies(names: readonly NameItem[], key: string): TableCopy[] {
  return names
    .flatMap((item) => {
      const copy = copyOf(item.name, key);
      if (copy === null || item.type !== "Range" || typeof item.value !== "string") return [];
      const { sheet, box } = parseAddress(item.value.replace(/^=/, ""));
      const tableName = excelTableName(key, copy);
      return [{ copy, name: item.name, tableName, sheet, box, comment: item.comment }];
    })
    .sort((a, b) => a.copy - b.copy);
}

/**
 * The first copy number whose block name and table name are both unused, by any name or table (a stale name of a
 * deleted sheet, a table the user renamed): a new copy never deletes or renames anything to make room.
 */
export function freeCopy(
  names: readonly { name: string }[],
  tables: readonly { name: string }[],
  key: string
): number {
  const taken = new Set([...names, ...tables].map((item) => item.name.toLowerCase()));
  let copy = 1;
  while (
    taken.has(blockName(key, copy).toLowerCase()) ||
    taken.has(excelTableName(key, copy).toLowerCase())
  )
    copy++;
  return copy;
}
