/*
 * What marks an inserted table so that inserting it again updates it in place: a workbook-scoped name over the
 * whole block, and the Excel table's name. Both derive from the document id and table id, and must differ because
 * names and tables share one namespace.
 */

function token(key: string): string {
  return key.replace(/[^A-Za-z0-9]/g, "_");
}

export function blockName(key: string): string {
  return `PlanBlock_${token(key)}`;
}

export function excelTableName(key: string): string {
  return `PlanTable_${token(key)}`;
}
