import { REGION_SLOT } from "../../../src/core/catalog/catalog";
import { CatalogError, loadCatalog, SeedInput } from "../../../src/core/catalog/load-catalog";
import { readSeeds } from "../../../src/node/read-seeds";
import { copyOf, SEEDS_DIR } from "../../data/seeds";

const shipped: SeedInput = readSeeds(SEEDS_DIR);

function damaged(change: (plans: Record<string, any>[]) => void): SeedInput {
  const input = copyOf(shipped);
  change(input.plans.map((file) => file.data as Record<string, any>));
  return input;
}

function problemsOf(input: SeedInput): string[] {
  try {
    loadCatalog(input);
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogError);
    return (error as Error).message.split("\n").slice(1);
  }
  throw new Error("the catalog loaded");
}

describe("loadCatalog", () => {
  it("loads the five documents, newest first, undated last", () => {
    const catalog = loadCatalog(shipped);
    expect(catalog.plans.map((plan) => plan.id)).toEqual([
      "jiangbei-2023-38",
      "wuxi-2023-32",
      "yongchuan-2023-26",
      "yongchuan-2021-66",
      "qijiang-2023",
    ]);
    expect(catalog.regions).toEqual(["江北区", "巫溪县", "永川区", "綦江区"]);
    expect(catalog.factCount).toBe(catalog.allFacts().length);
  });

  it("indexes a unit's figures under its own key and the 合计 under the region slot", () => {
    const catalog = loadCatalog(shipped);
    const unit = catalog.factsAt("江北区", "high-tech-enterprises", "观音桥街道");
    expect(unit.map((fact) => fact.figure.text)).toEqual(["72", "81", "89", "100", "110", "120"]);
    const region = catalog.factsAt("江北区", "high-tech-enterprises", REGION_SLOT);
    expect(region[0].rowKind).toBe("total");
    expect(
      region.filter((fact) => fact.rowKind === "headline").map((fact) => fact.figure.text)
    ).toEqual(["440", "530"]);
  });

  it("names file, table, row and column of a figure that is not one", () => {
    const input = damaged((plans) => {
      plans.find((plan) => plan.id === "yongchuan-2023-26")!.tables[0].rows[0].cells[2] = "7O9";
    });
    expect(problemsOf(input)).toEqual([
      'seeds/plans/yongchuan-2023-26.json › table a1 (附件1) › row 1 (中山路街道) › column 2023年: "7O9" is not a figure (a number, ≥n, n%, a range, / or -)',
    ]);
  });

  it("reports every problem of every file at once, and loads nothing", () => {
    const input = damaged((plans) => {
      plans[0].tables[0].rows[1].cells.pop();
      plans[1].headlines[0].indicator = "no-such-indicator";
      plans[2].date = "2023/04/12";
    });
    const problems = problemsOf(input);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(
      /^seeds\/plans\/jiangbei-2023-38\.json › table a1 \(附件1\) › row 2: has 7 cells but the table has 8 columns$/
    );
    expect(problems[1]).toContain('"indicator" "no-such-indicator" is not an indicator id');
    expect(problems[2]).toContain('"date" must be yyyy-mm-dd or null');
  });

  it("refuses a row kind that does not fit the table's layout", () => {
    const input = damaged((plans) => {
      plans[0].tables[0].rows[0].kind = "indicator";
    });
    expect(problemsOf(input)[0]).toContain(
      '"kind" must be one of unit, subtotal, total, reference'
    );
  });

  it("refuses two files with the same document number", () => {
    const input = copyOf(shipped);
    input.plans.push({ file: "seeds/plans/copy.json", data: copyOf(input.plans[0].data) });
    expect(problemsOf(input)).toEqual([
      "seeds/plans/copy.json: jiangbei-2023-38 is already used by seeds/plans/jiangbei-2023-38.json",
      "seeds/plans/copy.json: 江北府办发〔2023〕38号 is already used by seeds/plans/jiangbei-2023-38.json",
    ]);
  });

  it("refuses an alias that two indicators claim", () => {
    const input = copyOf(shipped);
    const indicators = input.indicators.data as { aliases: string[] }[];
    indicators[1].aliases.push(indicators[0].aliases[0]);
    expect(problemsOf(input)[0]).toMatch(
      /^seeds\/indicators\.json › indicator 2 \(.+\): name ".+" already belongs to indicator /
    );
  });

  it("refuses a file that is not an object", () => {
    const input = copyOf(shipped);
    input.plans[0].data = [];
    expect(problemsOf(input)).toEqual(["seeds/plans/jiangbei-2023-38.json: expected an object"]);
  });
});
