import type { PlanDocument } from "../catalog/plan-types";
import type { DataProblem } from "../validation/data-checker";
import { Discrepancy, reconcileTable } from "../audit/reconcile";
import { validatePlan } from "../validation/validate";
import { rowName } from "../catalog/naming";
import { LookupError } from "../lookup/lookup-error";
import type { PlanLookup } from "../lookup/plan-lookup";

/** A registered figure that the official catalog gives differently: reported, and the official one is used. */
export interface OfficialDifference {
  unit: string;
  year: number;
  registered: string;
  official: string;
}

export interface RegistrationCheck {
  /** Schema problems, as for a shipped data file, each naming table, row and column: the plan is not registered. */
  problems: DataProblem[];
  /** Stated 小计/合计 that differ from their rows: reported, and the figures stay as printed. */
  discrepancies: Discrepancy[];
  differences: OfficialDifference[];
}

/** What a user sees before a table is registered: validation as for shipped data, reconciliation, official differences. */
export function checkRegistration(plan: PlanDocument, official: PlanLookup): RegistrationCheck {
  const known = new Set(official.catalog.indicators.map((indicator) => indicator.id));
  const problems = validatePlan(`workbook plan ${plan.id}`, plan, known);
  if (problems.length > 0) return { problems, discrepancies: [], differences: [] };
  return {
    problems,
    discrepancies: plan.tables.flatMap((table) => reconcileTable(plan, table)),
    differences: officialDifferences(plan, official),
  };
}

function officialDifferences(plan: PlanDocument, official: PlanLookup): OfficialDifference[] {
  const found: OfficialDifference[] = [];
  for (const table of plan.tables) {
    if (table.layout !== "units" || !table.indicator) continue;
    for (const row of table.rows) {
      if (row.kind !== "unit") continue;
      const unit = rowName(table, row);
      table.columns.forEach((column, index) => {
        if (column.role !== "target" || column.year === undefined) return;
        const registered = row.cells[index];
        const text = officialTarget(
          official,
          plan.region,
          table.indicator as string,
          unit,
          column.year
        );
        if (text !== null && text !== registered)
          found.push({ unit, year: column.year, registered, official: text });
      });
    }
  }
  return found;
}

function officialTarget(
  lookup: PlanLookup,
  region: string,
  indicator: string,
  unit: string,
  year: number
): string | null {
  try {
    return lookup.target({ region, indicator, year, unit }).figure.text;
  } catch (error) {
    if (error instanceof LookupError) return null;
    throw error;
  }
}
