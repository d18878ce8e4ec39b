import { parseFigure } from "../catalog/figure";
import type { Scope } from "./body-rows";
import type { IndicatorSource, SubmissionUnit } from "./submission-units";

/** The year's target and the base (上年末) of a 小计 or 合计 row. */
export interface Totals {
  target: number | null;
  base: number | null;
}

/** A 小计 or 合计 whose published figures differ from the sum of its units' figures in one indicator's table. */
export interface TotalsDifference {
  stated: Totals;
  summed: { target: number; base: number };
}

const rounded = (value: number) => Math.round(value * 1e6) / 1e6;

function statedTotals(source: IndicatorSource, scope: Scope): Totals | null {
  const row = source.table.rows.find((candidate) =>
    scope === "total"
      ? candidate.kind === "total"
      : candidate.kind === "subtotal" && (candidate.group ?? null) === scope.group
  );
  if (!row) return null;
  const figure = (column: number) =>
    column < 0 ? null : (parseFigure(row.cells[column] ?? "")?.value ?? null);
  return { target: figure(source.targetColumn), base: figure(source.baseColumn) };
}

/**
 * Where the document states a 小计 or 合计 (block `index` of the sheet) that differs from its rows, both figures;
 * null where it states none or they agree. Published figures are compared as printed, never corrected.
 */
export function totalsDifference(
  source: IndicatorSource,
  index: number,
  scope: Scope,
  members: SubmissionUnit[]
): TotalsDifference | null {
  const stated = statedTotals(source, scope);
  if (!stated) return null;
  const sum = (pick: (figures: Totals) => number | null) =>
    rounded(members.reduce((total, unit) => total + (pick(unit.figures[index]) ?? 0), 0));
  const summed = { target: sum((figures) => figures.target), base: sum((figures) => figures.base) };
  const differs = (key: keyof Totals) => stated[key] !== null && stated[key] !== summed[key];
  return differs("target") || differs("base") ? { stated, summed } : null;
}

const signed = (value: number) => (value > 0 ? `+${value}` : `−${-value}`);

/** "原文−各单位之和：年度目标−1，上年末+3": what the reference row says, in the sheet itself. */
export function differenceInWords(difference: TotalsDifference): string {
  const { stated, summed } = difference;
  const parts: string[] = [];
  const part = (label: string, key: keyof Totals) => {
    const figure = stated[key];
    if (figure !== null && figure !== summed[key])
      parts.push(`${label}${signed(rounded(figure - summed[key]))}`);
  };
  part("年度目标", "target");
  part("上年末", "base");
  return `原文−各单位之和：${parts.join("，")}`;
}
