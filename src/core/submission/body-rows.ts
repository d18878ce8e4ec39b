import type { SubmissionUnit } from "./submission-units";

/** A row of the sheet's body: a unit, its group's 小计, or the 合计, with the sheet rows a sum covers. */
export type BodyRow =
  | {
      kind: "unit";
      row: number;
      label: string;
      serial: string;
      unit: SubmissionUnit;
      group: { first: number; last: number };
    }
  | { kind: "subtotal" | "total"; row: number; label: string; covers: number[] };

/**
 * Units in the table's order; after each group (where the table has groups) its 小计 over the group's rows; the
 * 合计 over every unit row when all units are on the sheet. Rows are numbered from `first`.
 */
export function bodyRows(units: SubmissionUnit[], withTotal: boolean, first: number): BodyRow[] {
  const groups: SubmissionUnit[][] = [];
  for (const unit of units) {
    const last = groups[groups.length - 1];
    if (last && last[0].group === unit.group) last.push(unit);
    else groups.push([unit]);
  }
  const grouped = groups.length > 1 || units.some((unit) => unit.group !== null);
  const rows: BodyRow[] = [];
  const unitRows: number[] = [];
  groups.forEach((members, index) => {
    const start = first + rows.length;
    const span = { first: start, last: start + members.length - 1 };
    for (const unit of members) {
      unitRows.push(first + rows.length);
      rows.push({
        kind: "unit",
        row: first + rows.length,
        label: unit.name,
        serial: unit.serial,
        unit,
        group: span,
      });
    }
    if (grouped) {
      const covers = members.map((_, offset) => start + offset);
      const label = groups.length > 1 ? `小计（第${index + 1}组）` : "小计";
      rows.push({ kind: "subtotal", row: first + rows.length, label, covers });
    }
  });
  if (withTotal)
    rows.push({ kind: "total", row: first + rows.length, label: "合计", covers: unitRows });
  return rows;
}
