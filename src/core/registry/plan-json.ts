import type { PlanDocument } from "../catalog/plan-types";
import type { DataProblem } from "../validation/data-checker";
import { asPlan, validatePlan } from "../validation/validate";
import { JsonLimits, readBoundedJson } from "../validation/bounded-json";

/** A plan file: the largest shipped is under 25 KB and nests 6 deep (plan › tables › rows › cells). */
export const PLAN_JSON_LIMITS: JsonLimits = { maxChars: 2 * 1024 * 1024, maxDepth: 16 };

/** A registered plan as a data file of seeds/plans/, for a maintainer to check against the source text and ship. */
export function planToJson(plan: PlanDocument): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/** A data file read back: the plan, or every problem found, each naming its place as for a shipped file. */
export function planFromJson(
  text: string,
  indicators: ReadonlySet<string>
): { plan: PlanDocument; problems: [] } | { plan: null; problems: DataProblem[] } {
  const read = readBoundedJson(text, PLAN_JSON_LIMITS);
  if (read.problem !== null)
    return {
      plan: null,
      problems: [{ file: "JSON", where: "", message: `the text ${read.problem}` }],
    };
  const data = read.value;
  const problems = validatePlan("JSON", data, indicators);
  return problems.length > 0 ? { plan: null, problems } : { plan: asPlan(data), problems: [] };
}
