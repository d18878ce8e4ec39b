import type { SubmissionUnit } from "./submission-units";

/** What a 小计 or 合计 sums: one group's units (the group as the table names it), or every unit. */
export type Scope = { group: string | null } | "total";

/** A row of the sheet's body: a unit, its group's 小计, the 合计, or the figures the document states otherwise. */
export type BodyRow =
  | {
      kind: "unit";
      row: number;
      label: string;
      serial: string;
      unit: SubmissionUnit;
      group: { first: number; last: number };
    }
  | {
      kind: "subtotal" | "total";
      row: number;
      label: string;
      covers: number[];
      scope: Scope;
      members: SubmissionUnit[];
    }
  | { kind: "reference"; row: number; of: Extract<BodyRow, { kind: "subtotal" | "total" }> };

/**
 * Units in the table's order; after each group (where the table has groups) its 小计 over the group's rows; the
 * 合计 over every unit row when all units are on the sheet. Below a 小计 or 合计 whose published figure differs from
 * its rows (`differs`), a reference row for the other figure. Rows are numbered from `first`.
 */
export function bodyRows(
  units: SubmissionUnit[],
  withTotal: boolean,
  first: number,
  differs: (scope: Scope, members: SubmissionUnit[]) => boolean
): BodyRow[] {
  const groups: SubmissionUnit[][] = [];
  for (const unit of units) {
    const last = groups[groups.length - 1];
    if (last && last[0].group === unit.group) last.push(unit);
    else groups.push([unit]);
  }
  const grouped = groups.length > 1 || units.some((unit) => unit.group !== null);
  const rows: BodyRow[] = [];
  const unitRows: number[] = [];
  const sum = (label: string, covers: number[], scope: Scope, members: SubmissionUnit[]) => {
    const kind = scope === "total" ? "total" : "subtotal";
    const row = { kind, row: first + rows.length, label, covers, scope, members } as const;
    rows.push(row);
    if (differs(scope, members))
      rows.push({ kind: "reference", row: first + rows.length, of: row });
  };
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
      sum(label, covers, { group: members[0].group }, members);
    }
  });
  if (withTotal) sum("合计", unitRows, "total", units);
  return rows;
}
