import { LookupError } from "../lookup/lookup-error";
import type { PlanLookup } from "../lookup/plan-lookup";

/**
 * The indicator a row of an indicator table names ("高新技术企业数", "全社会研发投入强度（%）"), or null: the unit
 * of measure in brackets is not part of the name. A guess shown to the user, who corrects it before registering.
 */
export function indicatorGuesser(lookup: PlanLookup): (name: string) => string | null {
  return (name) => {
    try {
      return lookup.indicator(name.replace(/[（(][^（）()]*[）)]$/, "")).id;
    } catch (error) {
      if (error instanceof LookupError) return null;
      throw error;
    }
  };
}
