import type { PlanLookup } from "../lookup/plan-lookup";

/** What a fill asks of a lookup: the shared catalog answers it, with the workbook's aliases and registered plans. */
export type FillLookup = Pick<PlanLookup, "region" | "indicator" | "unit" | "target" | "baseline">;
