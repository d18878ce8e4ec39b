import { parseFigure } from "../catalog/figure";
import { rowName } from "../catalog/naming";
import type { ColumnDef, PlanDocument, TableDef } from "../catalog/plan-types";
import type { PlanLookup } from "../lookup/plan-lookup";
import type { SubmissionRequest } from "./submission-request";

/** One indicator's breakdown table, and which of its columns give the year's target and the previous year-end. */
export interface IndicatorSource {
  id: string;
  name: string;
  plan: PlanDocument;
  table: TableDef;
  targetColumn: number;
  baseColumn: number;
}

/** A unit with its published figures per indicator (null where the table prints none). */
export interface SubmissionUnit {
  name: string;
  serial: string;
  group: string | null;
  figures: { target: number | null; base: number | null }[];
}

function columnOf(table: TableDef, test: (column: ColumnDef) => boolean): number {
  return table.columns.findIndex(test);
}

/** Last year's target, else the latest actual before the year: the figure the year starts from (as PLAN.PACE). */
function baseColumnOf(table: TableDef, year: number): number {
  const target = columnOf(table, (column) => column.role === "target" && column.year === year - 1);
  if (target >= 0) return target;
  const actuals = table.columns
    .map((column, index) => ({ column, index }))
    .filter(({ column }) => column.role === "actual" && (column.year ?? 0) < year);
  return actuals.length > 0 ? actuals[actuals.length - 1].index : -1;
}

export function indicatorSources(
  lookup: PlanLookup,
  request: SubmissionRequest
): IndicatorSource[] {
  return request.indicators.map((query) => {
    const indicator = lookup.indicator(query);
    const { plan, table } = lookup.table({ region: request.region, indicator: indicator.id });
    const targetColumn = columnOf(
      table,
      (column) => column.role === "target" && column.year === request.date.year
    );
    if (table.layout !== "units" || targetColumn < 0)
      throw new Error(`${plan.id} has no ${request.date.year} targets by unit for ${indicator.zh}`);
    return {
      id: indicator.id,
      name: indicator.zh,
      plan,
      table,
      targetColumn,
      baseColumn: baseColumnOf(table, request.date.year),
    };
  });
}

/** The units of the first indicator's table, in its order, with every indicator's figures for the same name. */
export function submissionUnits(
  sources: IndicatorSource[],
  units: SubmissionRequest["units"]
): SubmissionUnit[] {
  const [first] = sources;
  const value = (text: string | undefined) =>
    text === undefined ? null : (parseFigure(text)?.value ?? null);
  return first.table.rows
    .filter((row) => row.kind === "unit")
    .filter((row) => units === "all" || row.group === units.group)
    .map((row) => {
      const name = rowName(first.table, row);
      return {
        name,
        serial: row.cells[columnOf(first.table, (column) => column.role === "serial")] ?? "",
        group: row.group ?? null,
        figures: sources.map((source) => {
          const match = source.table.rows.find(
            (candidate) => candidate.kind === "unit" && rowName(source.table, candidate) === name
          );
          return {
            target: value(match?.cells[source.targetColumn]),
            base: source.baseColumn < 0 ? null : value(match?.cells[source.baseColumn]),
          };
        }),
      };
    });
}
