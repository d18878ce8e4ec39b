import { join } from "path";
import { loadCatalog } from "../../../src/core/catalog/load-catalog";
import { PlanLookup } from "../../../src/core/lookup/plan-lookup";
import { readSeeds } from "../../../src/node/read-seeds";

const lookup = new PlanLookup(loadCatalog(readSeeds(join(__dirname, "..", "..", "..", "seeds"))));

describe("PlanLookup.targets", () => {
  it("answers one slot with one list, whatever names were typed for it", () => {
    const first = lookup.targets({
      region: "江北区",
      indicator: "高新技术企业",
      unit: "观音桥街道",
    });
    const again = lookup.targets({ region: "江北", indicator: "高企", unit: "观音桥" });
    expect(again).toBe(first);
    expect(first.map((fact) => fact.year)).toEqual([2023, 2024, 2025, 2026, 2027]);
  });

  it("keeps slots apart: another unit, or a document named, is another list", () => {
    const street = lookup.targets({ region: "江北", indicator: "高企", unit: "观音桥" });
    const other = lookup.targets({ region: "江北", indicator: "高企", unit: "五里店" });
    expect(other).not.toBe(street);
    const newest = lookup.targets({ region: "永川", indicator: "高企" });
    const older = lookup.targets({
      region: "永川",
      indicator: "高企",
      document: "永川府办发〔2021〕66号",
    });
    expect(older).not.toBe(newest);
    expect(older.every((fact) => fact.plan.docNumber === "永川府办发〔2021〕66号")).toBe(true);
  });
});
