import type { Catalog } from "../../core/catalog/catalog";
import { unitIndicators } from "../../core/catalog/unit-indicators";
import type { PaceMethod } from "../../core/progress/pace";
import { daysInMonth } from "../../core/submission/month-end";
import type { SubmissionRequest } from "../../core/submission/submission-request";

/** What the panel's fields hold, as typed; toSubmissionRequest checks it. */
export interface SubmissionForm {
  region: string;
  indicators: string[];
  date: string;
  /** "all" or a group id of the first indicator's table. */
  units: string;
  pace: PaceMethod;
  scheme: SubmissionRequest["scheme"];
  green: string;
  red: string;
  protect: boolean;
  /** Targets as PLAN.TARGET formulas (Excel with the add-in's functions only). */
  formulas: boolean;
  totals: SubmissionRequest["totals"];
}

/** The groups of the district's first breakdown table (江北区: 1 and 2), when it has more than one. */
export function unitGroups(
  catalog: Catalog,
  region: string,
  indicator: string | undefined
): string[] {
  const table = catalog
    .plansOf(region)
    .flatMap((plan) => plan.tables)
    .find((candidate) => candidate.layout === "units" && candidate.indicator === indicator);
  const groups = new Set(table?.rows.flatMap((row) => (row.group ? [row.group] : [])) ?? []);
  return groups.size > 1 ? [...groups] : [];
}

const pad = (value: number) => String(value).padStart(2, "0");

/** The last month-end before today: what a monthly 调度表 reports up to. */
export function lastMonthEnd(today: Date): string {
  const year = today.getMonth() === 0 ? today.getFullYear() - 1 : today.getFullYear();
  const month = today.getMonth() === 0 ? 12 : today.getMonth();
  return `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`;
}

export function initialSubmissionForm(catalog: Catalog, today: Date): SubmissionForm {
  const region =
    catalog.regions.find((candidate) => unitIndicators(catalog, candidate).length > 0) ??
    catalog.regions[0];
  return {
    region,
    indicators: unitIndicators(catalog, region)
      .slice(0, 2)
      .map((indicator) => indicator.id),
    date: lastMonthEnd(today),
    units: "all",
    pace: "months",
    scheme: "traffic",
    green: "0",
    red: "10",
    protect: false,
    formulas: false,
    totals: "published",
  };
}

export type FormProblem = "noIndicator" | "badDate" | "badThresholds";

export function toSubmissionRequest(form: SubmissionForm): SubmissionRequest | FormProblem {
  if (form.indicators.length === 0) return "noIndicator";
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(form.date);
  if (!match) return "badDate";
  const [year, month, day] = match.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return "badDate";
  const [green, red] = [Number(form.green), Number(form.red)];
  if (!(green >= 0) || !(red > green) || form.green.trim() === "" || form.red.trim() === "")
    return "badThresholds";
  return {
    region: form.region,
    indicators: form.indicators,
    date: { year, month, day },
    units: form.units === "all" ? "all" : { group: form.units },
    pace: form.pace,
    scheme: form.scheme,
    thresholds: { green, red },
    protect: form.protect,
    targets: form.formulas ? "formulas" : "values",
    totals: form.totals,
  };
}
