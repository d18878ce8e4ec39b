import type { Catalog } from "../../../src/core/catalog/catalog";
import { unitIndicators } from "../../../src/core/catalog/unit-indicators";
import { defaultRequest, SubmissionRequest } from "../../../src/core/submission/submission-request";
import { unitGroups } from "../../../src/taskpane/submission/submission-form";

/** A submission sheet the pane can be asked for, and a name for it in test titles and file names. */
export interface Walked {
  request: SubmissionRequest;
  label: string;
}

function subsets<T>(items: T[]): T[][] {
  return items
    .reduce<T[][]>((all, item) => [...all, ...all.map((set) => [...set, item])], [[]])
    .slice(1);
}

/**
 * Every submission sheet the pane offers for the shipped documents at 2025-10-31: each district with tables by
 * unit, every non-empty set of its indicators, all units and each group the form lists, and the totals choices asked.
 */
export function submissionWalks(
  catalog: Catalog,
  totals: SubmissionRequest["totals"][] = ["published", "rows"]
): Walked[] {
  return catalog.regions.flatMap((region) => {
    const indicators = unitIndicators(catalog, region).map((indicator) => indicator.id);
    return subsets(indicators).flatMap((chosen) => {
      const groups = unitGroups(catalog, region, chosen[0]);
      return totals.flatMap((choice) =>
        ["all", ...groups].map((units) => ({
          request: {
            ...defaultRequest(region, chosen, { year: 2025, month: 10, day: 31 }),
            units: units === "all" ? ("all" as const) : { group: units },
            totals: choice,
          },
          label: `${region} ${chosen.join("+")} ${units} ${choice}`,
        }))
      );
    });
  });
}
