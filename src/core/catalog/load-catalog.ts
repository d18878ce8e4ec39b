import type { IndicatorDef, PlanDocument } from "./plan-types";
import { Catalog } from "./catalog";
import { DataProblem, formatProblem } from "../validation/data-checker";
import { validateIndicators } from "../validation/validate-indicators";
import { asPlan, validatePlan } from "../validation/validate";

/** A data file as read from disk or embedded in the bundle. */
export interface SeedFile {
  file: string;
  data: unknown;
}

export interface SeedInput {
  indicators: SeedFile;
  plans: SeedFile[];
}

/** The data files do not load: every problem of every file, so a maintainer fixes them in one pass. */
export class CatalogError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(
      `The plan data has ${problems.length} problem(s):\n${problems.map(formatProblem).join("\n")}`
    );
    this.name = "CatalogError";
  }
}

function crossFileProblems(plans: { file: string; plan: PlanDocument }[]): DataProblem[] {
  const problems: DataProblem[] = [];
  const seen = new Map<string, string>();
  for (const { file, plan } of plans) {
    for (const key of [plan.id, plan.docNumber].filter(
      (value): value is string => value !== null
    )) {
      const other = seen.get(key);
      if (other) problems.push({ file, where: "", message: `${key} is already used by ${other}` });
      seen.set(key, file);
    }
  }
  return problems;
}

/** Validates every file and builds the catalog; a single bad file means no catalog at all, never half of one. */
export function loadCatalog(input: SeedInput): Catalog {
  const problems = validateIndicators(input.indicators.file, input.indicators.data);
  const indicators = problems.length === 0 ? (input.indicators.data as IndicatorDef[]) : [];
  const known = new Set(indicators.map((indicator) => indicator.id));
  const plans: { file: string; plan: PlanDocument }[] = [];
  for (const { file, data } of input.plans) {
    const found = validatePlan(file, data, known);
    problems.push(...found);
    if (found.length === 0) plans.push({ file, plan: asPlan(data) });
  }
  problems.push(...crossFileProblems(plans));
  if (input.plans.length === 0)
    problems.push({ file: "seeds/plans", where: "", message: "no plan files" });
  if (problems.length > 0) throw new CatalogError(problems);
  return new Catalog(
    indicators,
    plans.map(({ plan }) => plan)
  );
}
