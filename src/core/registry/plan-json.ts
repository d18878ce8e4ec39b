import type { PlanDocument } from "../catalog/plan-types";
import type { DataProblem } from "../validation/data-checker";
import { asPlan, validatePlan } from "../validation/validate";

/** A registered plan as a data file of seeds/plans/, for a maintainer to check against the source text and ship. */
export function planToJson(plan: PlanDocument): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/** A data file read back: the plan, or every problem found, each naming its place as for a shipped file. */
export function planFromJson(
  text: string,
  indicators: ReadonlySet<string>
): { plan: PlanDocument; problems: [] } | { plan: null; problems: DataProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      plan: null,
      problems: [{ file: "JSON", where: "", message: (error as Error).message }],
    };
  }
  const problems = validatePlan("JSON", data, indicators);
  return problems.length > 0 ? { plan: null, problems } : { plan: asPlan(data), problems: [] };
}
