import type { IndicatorDef } from "../catalog/plan-types";
import { DataProblem, FileChecker } from "./data-checker";

export function validateIndicators(file: string, data: unknown): DataProblem[] {
  const check = new FileChecker(file);
  if (!Array.isArray(data)) {
    check.report("", "expected a list of indicators");
    return check.problems;
  }
  const owners = new Map<string, string>();
  data.forEach((item, index) => {
    const where = `indicator ${index + 1}`;
    const indicator = check.object(item, where);
    if (!indicator) return;
    check.text(indicator, "id", where);
    check.text(indicator, "zh", where);
    check.text(indicator, "en", where);
    check.textList(indicator, "aliases", where);
    if (check.problems.length > 0) return;
    const def = indicator as unknown as IndicatorDef;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(def.id)) {
      check.report(`${where} (${def.id})`, "id must be lowercase words joined by hyphens");
    }
    for (const name of [def.id, def.zh, def.en, ...def.aliases]) {
      const key = name.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
      const owner = owners.get(key);
      if (owner !== undefined && owner !== def.id) {
        check.report(
          `${where} (${def.id})`,
          `name "${name}" already belongs to indicator ${owner}`
        );
      }
      owners.set(key, def.id);
    }
  });
  return check.problems;
}
