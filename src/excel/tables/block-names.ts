/*
 * What marks an inserted table so that inserting it again at the selection updates it in place: a workbook-scoped
 * name over the whole block, and the Excel table's name. Both derive from the document id and table id, and must
 * differ because names and tables share one namespace. Each copy of a table (插入到新工作表 always makes a new one)
 * has its own number: the first copy has none, the second ends in ".2", and so on.
 */

function token(key: string): string {
  return key.replace(/[^A-Za-z0-9]/g, "_");
}

function numbered(base: string, copy: number): string {
  return copy === 1 ? base : `${base}.${copy}`;
}

export function blockName(key: string, copy = 1): string {
  return numbered(`PlanBlock_${token(key)}`, copy);
}

export function excelTableName(key: string, copy = 1): string {
  return numbered(`PlanTable_${token(key)}`, copy);
}

/** The copy number a name marks for the table `key`, or null when it marks another table or none. */
export function copyOf(name: string, key: string): number | null {
  const base = blockName(key).toLowerCase();
  const lower = name.toLowerCase();
  if (lower === base) return 1;
  const match = /^\.(\d+)$/.exec(lower.slice(base.length));
  return lower.startsWith(base) && match ? Number(match[1]) : null;
}
