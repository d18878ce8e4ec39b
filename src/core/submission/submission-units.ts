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
  /** The plan is one registered in the workbook, not an official document: its citation says so. */
  registered: boolean;
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
      registered: lookup.catalog.isRegistered(plan),
      table,
      targetColumn,
      baseColumn: baseColumnOf(table, request.date.year),
    };
  });
}

interface UnitEntry {
  name: string;
  serial: string;
  group: string | null;
}

function unitsOf(source: IndicatorSource): UnitEntry[] {
  const serial = columnOf(source.table, (column) => column.role === "serial");
  return source.table.rows
    .filter((row) => row.kind === "unit")
    .map((row) => ({
      name: rowName(source.table, row),
      serial: row.cells[serial] ?? "",
      group: row.group ?? null,
    }));
}

/**
 * Every unit of every indicator's table, none dropped: the first table's units in its order, and each unit another
 * table adds placed after the last unit the two tables share that precedes it there (永川区's 高企 table lists 5
 * parks, its 科技型企业 table 23 towns and streets before 4 of the same parks). When tables add units the serials
 * are numbered afresh, since the documents' own numbers would repeat; otherwise they are the document's.
 */
export function unionOfUnits(sources: IndicatorSource[]): UnitEntry[] {
  const [first, ...others] = sources;
  const order = unitsOf(first);
  let added = false;
  for (const source of others) {
    let next = 0;
    for (const unit of unitsOf(source)) {
      const at = order.findIndex((entry) => entry.name === unit.name);
      if (at >= 0) next = at + 1;
      else {
        order.splice(next++, 0, unit);
        added = true;
      }
    }
  }
  return added ? order.map((entry, index) => ({ ...entry, serial: String(index + 1) })) : order;
}

/** The units of every indicator's table (see unionOfUnits), each with every indicator's figures for its name. */
export function submissionUnits(
  sources: IndicatorSource[],
  units: SubmissionRequest["units"]
): SubmissionUnit[] {
  const value = (text: string | undefined) =>
    text === undefined ? null : (parseFigure(text)?.value ?? null);
  return unionOfUnits(sources)
    .filter((entry) => units === "all" || entry.group === units.group)
    .map((entry) => ({
      ...entry,
      figures: sources.map((source) => {
        const match = source.table.rows.find(
          (candidate) =>
            candidate.kind === "unit" && rowName(source.table, candidate) === entry.name
        );
        return {
          target: value(match?.cells[source.targetColumn]),
          base: source.baseColumn < 0 ? null : value(match?.cells[source.baseColumn]),
        };
      }),
    }));
}
