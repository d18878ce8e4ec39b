import type { PlanDocument } from "./plan-types";
import type { Catalog } from "./catalog";
import type { DataProblem } from "../validation/data-checker";
import { asPlan, validatePlan } from "../validation/validate";

/**
 * Plans registered in a workbook, checked like the shipped data files: a plan with any problem is set aside whole
 * (never half of one), and so is one whose id or 文号 is already taken, by an official document above all: a
 * registered plan never stands in for an official one.
 */
export function checkRegisteredPlans(
  official: Catalog,
  plans: readonly unknown[]
): { plans: PlanDocument[]; problems: DataProblem[] } {
  const indicators = new Set(official.indicators.map((indicator) => indicator.id));
  const taken = new Map<string, string>();
  for (const plan of official.officialPlans) {
    taken.set(plan.id, plan.id);
    if (plan.docNumber) taken.set(plan.docNumber, plan.id);
  }
  const accepted: PlanDocument[] = [];
  const problems: DataProblem[] = [];
  plans.forEach((data, index) => {
    const id = (data as { id?: unknown } | null)?.id;
    const file = `workbook plan ${typeof id === "string" ? id : index + 1}`;
    const found = validatePlan(file, data, indicators);
    if (found.length > 0) {
      problems.push(...found);
      return;
    }
    const plan = asPlan(data);
    const clashes = [plan.id, plan.docNumber].filter(
      (key): key is string => key !== null && taken.has(key)
    );
    if (clashes.length > 0) {
      for (const key of clashes)
        problems.push({ file, where: "", message: `${key} is already used by ${taken.get(key)}` });
      return;
    }
    taken.set(plan.id, plan.id);
    if (plan.docNumber) taken.set(plan.docNumber, plan.id);
    accepted.push(plan);
  });
  return { plans: accepted, problems };
}
