import { loadCatalog } from "../../../src/core/catalog/load-catalog";
import type { PlanDocument } from "../../../src/core/catalog/plan-types";
import { planLookup, setWorkbook } from "../../../src/core/catalog/embedded";
import { LookupError } from "../../../src/core/lookup/lookup-error";
import { PlanLookup } from "../../../src/core/lookup/plan-lookup";
import { readSeeds } from "../../../src/node/read-seeds";
import { join } from "path";

/* The two extension points the workbook gives the lookup: names the user taught ("this name means …") and plans
   registered from a sheet. */

const official = new PlanLookup(loadCatalog(readSeeds(join(__dirname, "..", "..", "..", "seeds"))));

function registeredPlan(overrides: Partial<PlanDocument> = {}): PlanDocument {
  return {
    id: "jiangbei-sheet-2025",
    source: "workbook",
    issuer: null,
    region: "江北区",
    docNumber: null,
    date: "2025-01-15",
    title: "江北区2025年高企目标（本工作簿登记）",
    headlines: [],
    tables: [
      {
        id: "t1",
        attachment: "表1",
        title: "高企目标",
        layout: "units",
        indicator: "high-tech-enterprises",
        measure: "家",
        columns: [
          { label: "单位", role: "name" },
          { label: "2025年目标", role: "target", year: 2025 },
          { label: "2031年目标", role: "target", year: 2031 },
        ],
        rows: [
          { kind: "unit", cells: ["观音桥街道", "999", "150"] },
          { kind: "unit", cells: ["新设园区", "12", "20"] },
        ],
      },
    ],
    ...overrides,
  };
}

describe("aliases the user taught", () => {
  const lookup = official.withWorkbook({
    aliases: [
      { subject: "region", typed: "北部", means: "江北区" },
      { subject: "indicator", region: "江北", typed: "国高", means: "高新技术企业" },
      { subject: "unit", region: "江北区", typed: "观街", means: "观音桥街道" },
      { subject: "unit", region: "江北区", indicator: "高企", typed: "小计甲", means: "小计1" },
    ],
  });

  test("answer where the real names do, and the original lookup is unchanged", () => {
    expect(lookup.workbookProblems).toEqual([]);
    expect(
      lookup.target({ region: "北部", indicator: "国高", unit: "观街", year: 2025 }).figure.value
    ).toBe(100);
    expect(
      lookup.target({ region: "江北", indicator: "高企", unit: "小计甲", year: 2023 }).unit?.name
    ).toBe("小计");
    expect(() => official.region("北部")).toThrow(LookupError);
  });

  test("an indicator alias holds in its region only", () => {
    expect(() => lookup.target({ region: "永川", indicator: "国高", year: 2025 })).toThrow(
      LookupError
    );
  });

  test("an alias that would change a real name, or means nothing, is set aside with a message", () => {
    const bad = official.withWorkbook({
      aliases: [
        { subject: "unit", region: "江北", typed: "观音桥街道", means: "石马河街道" },
        { subject: "unit", region: "江北", typed: "某街", means: "解放碑" },
        { subject: "indicator", region: "巫山", typed: "某指标", means: "高企" },
      ],
    });
    expect(bad.workbookProblems.map((problem) => problem.where)).toEqual([
      "观音桥街道",
      "某街",
      "某指标",
    ]);
    expect(bad.workbookProblems[0].message.zh).toContain("本身就是目录中的名称");
    expect(bad.workbookProblems[1].message.en).toContain('No unit "解放碑"');
    expect(bad.unit("江北区", "high-tech-enterprises", "观音桥街道")?.name).toBe("观音桥街道");
  });
});

describe("plans registered in the workbook", () => {
  const lookup = official.withWorkbook({ plans: [registeredPlan()] });

  test("never replace an official figure by default, and answer where the catalog has none", () => {
    expect(lookup.workbookProblems).toEqual([]);
    expect(
      lookup.target({ region: "江北", indicator: "高企", unit: "观音桥", year: 2025 }).figure.value
    ).toBe(100);
    expect(
      lookup.target({ region: "江北", indicator: "高企", unit: "新设园区", year: 2025 }).figure
        .value
    ).toBe(12);
    const later = lookup.target({ region: "江北", indicator: "高企", unit: "观音桥", year: 2031 });
    expect([later.figure.value, lookup.catalog.isRegistered(later.plan)]).toEqual([150, true]);
  });

  test("answer alone when named", () => {
    const named = {
      region: "江北",
      indicator: "高企",
      unit: "观音桥",
      year: 2025,
      document: "jiangbei-sheet-2025",
    };
    expect(lookup.target(named).figure.value).toBe(999);
  });

  test("a plan that reuses an official 文号 or fails validation is set aside whole", () => {
    const bad = official.withWorkbook({
      plans: [
        registeredPlan({ id: "copy", docNumber: "江北府办发〔2023〕38号" }),
        registeredPlan({ id: "broken", region: "江北" }),
      ],
    });
    expect(bad.workbookProblems.map((problem) => problem.kind)).toEqual(["plan", "plan"]);
    expect(bad.workbookProblems[0].message.en).toContain("already used by jiangbei-2023-38");
    expect(bad.catalog.plans).toHaveLength(official.catalog.plans.length);
  });
});

test("setWorkbook makes the workbook's data every caller's lookup, and {} goes back", () => {
  const problems = setWorkbook({
    aliases: [{ subject: "region", typed: "北部", means: "江北区" }],
  });
  expect(problems).toEqual([]);
  expect(planLookup().region("北部")).toBe("江北区");
  setWorkbook({});
  expect(() => planLookup().region("北部")).toThrow(LookupError);
});
