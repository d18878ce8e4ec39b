import type { Fact } from "../../src/core/catalog/catalog";
import { planLookup } from "../../src/core/catalog/embedded";
import * as PLAN from "../../src/functions/functions";
import { ERROR_CODES, errorOf, installStubRuntime, OMITTED } from "./stub-runtime";

/* Every figure of the catalog comes back through PLAN.TARGET / PLAN.BASELINE, by the names the documents print and
   by the short forms staff type. The expected answer is worked out here from the facts alone (which document is
   newest, which row speaks for the district), not from the lookup under test. */

installStubRuntime("zh-CN");
const lookup = planLookup();
const catalog = lookup.catalog;
const facts = catalog.allFacts();

/** Within one document, which figure speaks for the district: a table's row, then an indicator table's, then the text. */
function rank(fact: Fact): number {
  if (fact.rowKind === "headline") return 2;
  return fact.rowKind === "indicator" ? 1 : 0;
}

/** Where the fact stands in its document: tables and headlines in printed order. */
function position(fact: Fact): number {
  return fact.table
    ? fact.plan.tables.indexOf(fact.table)
    : fact.plan.headlines.indexOf(fact.headline as NonNullable<Fact["headline"]>);
}

function slotOf(fact: Fact): string {
  return `${fact.region}|${fact.indicator}|${fact.unit ? fact.unit.key : "*"}`;
}

function sameSlot(a: Fact, b: Fact): boolean {
  return slotOf(a) === slotOf(b) && a.kind === b.kind;
}

/** The fact a lookup naming the document must give for the fact's slot, kind and year. */
function winnerInDocument(fact: Fact): Fact {
  return facts
    .filter(
      (other) => sameSlot(other, fact) && other.plan === fact.plan && other.year === fact.year
    )
    .reduce((best, other) =>
      rank(other) < rank(best) || (rank(other) === rank(best) && position(other) < position(best))
        ? other
        : best
    );
}

/** Newest date first, undated last: the documented default precedence. */
function newer(a: Fact["plan"], b: Fact["plan"]): boolean {
  if (a.date === b.date) return a.id < b.id;
  if (a.date === null) return false;
  return b.date === null || a.date > b.date;
}

function newestPlan(candidates: Fact[]): Fact["plan"] {
  return candidates
    .map((fact) => fact.plan)
    .reduce((best, plan) => (newer(plan, best) ? plan : best));
}

function documentOf(fact: Fact): string {
  return fact.plan.docNumber ?? fact.plan.id;
}

function shortRegion(region: string): string {
  return region.replace(/(区|县)$/, "");
}

function shortestAlias(indicator: string): string {
  const { aliases, zh } = catalog.indicator(indicator);
  return (
    [...aliases].filter((alias) => alias.length >= 2).sort((a, b) => a.length - b.length)[0] ?? zh
  );
}

/** How staff shorten a unit's name: 观音桥街道 → 观音桥, 永川高新区管委会 → 永川高新区, 区招商投资局 → 招商投资局. */
function shortUnit(name: string): string | null {
  const short = name
    .replace(/(街道|镇|管委会|产业促进中心|产业园)$/, "")
    .replace(/^区(.+局)$/, "$1");
  return short !== name && short.length >= 2 ? short : null;
}

/** The rows a typed unit name matches among the district's rows for the indicator: exact, else begins, else part of. */
function unitMatches(fact: Fact, typed: string): string[] {
  const names = [...new Set(catalog.unitsOf(fact.region, fact.indicator).map((unit) => unit.name))];
  for (const matches of [
    names.filter((name) => name === typed),
    names.filter((name) => name.startsWith(typed)),
    names.filter((name) => name.includes(typed)),
  ]) {
    if (matches.length > 0) return matches;
  }
  return [];
}

/** The names the fact's row answers to, as printed; a 小计 of a table with two groups needs its group. */
function unitNamesOf(fact: Fact): string[] {
  const unit = fact.unit;
  if (!unit) return [];
  const subtotals = catalog
    .unitsOf(fact.region, fact.indicator)
    .filter((other) => other.kind === "subtotal");
  if (unit.kind === "subtotal" && subtotals.length > 1)
    return [`${unit.name}${unit.group}`, `第${unit.group}组小计`];
  return [unit.name];
}

function expectFigure(call: () => unknown, fact: Fact): void {
  if (fact.figure.value === null) {
    const error = errorOf(call);
    expect(error.code).toBe(ERROR_CODES.notAvailable);
    expect(error.message).toContain(`文件此处印为“${fact.figure.text}”`);
  } else {
    expect(call()).toBe(fact.figure.value);
    // The number is the printed figure: "≥12" is 12, "2-3" is 2, "30%" is 30.
    expect(Number(/\d+(\.\d+)?/.exec(fact.figure.text)?.[0])).toBe(fact.figure.value);
  }
}

const label = (fact: Fact): string =>
  `${fact.region} ${fact.indicator} ${fact.unit?.name ?? "全区"} ${fact.year} ${fact.figure.text} (${fact.plan.id} ${fact.table?.id ?? "正文"})`;

const dated = facts.filter((fact) => fact.kind === "target" && fact.year !== null);
const winners = dated.filter((fact) => winnerInDocument(fact) === fact);
const shadowed = dated.filter((fact) => winnerInDocument(fact) !== fact);
const actuals = facts.filter((fact) => fact.kind === "actual");
const undated = facts.filter((fact) => fact.kind === "target" && fact.year === null);

test("the catalog has figures of every kind to go round", () => {
  expect(facts).toHaveLength(catalog.factCount);
  expect(winners.length).toBeGreaterThan(500);
  expect(shadowed.length).toBeGreaterThan(0);
  expect(actuals.length).toBeGreaterThan(50);
  expect(undated.length).toBeGreaterThan(0);
});

describe("PLAN.TARGET gives every target, by printed and short names", () => {
  test.each(winners.map((fact) => [label(fact), fact] as const))("%s", (_label, fact) => {
    const year = fact.year as number;
    const isDefault =
      newestPlan(dated.filter((other) => sameSlot(other, fact) && other.year === year)) ===
      fact.plan;
    const documents = isDefault ? [OMITTED, documentOf(fact)] : [documentOf(fact)];
    const regions = [fact.region, shortRegion(fact.region)];
    const indicators = [catalog.indicator(fact.indicator).zh, shortestAlias(fact.indicator)];
    const units = fact.unit ? unitNamesOf(fact) : [OMITTED];
    for (const document of documents) {
      for (const region of regions) {
        for (const indicator of indicators) {
          for (const unit of units) {
            expectFigure(() => PLAN.target(region, indicator, year, unit, document), fact);
          }
        }
      }
    }
    const short = fact.unit ? shortUnit(fact.unit.name) : null;
    if (short) {
      const call = () =>
        PLAN.target(shortRegion(fact.region), indicators[1], year, short, documents[0]);
      const matches = unitMatches(fact, short);
      if (matches.length === 1) {
        expect(matches).toEqual([fact.unit?.name]);
        expectFigure(call, fact);
      } else {
        const error = errorOf(call);
        expect(error.message).toContain(`单位“${short}”不明确`);
        for (const match of matches) expect(error.message).toContain(match);
      }
    }
  });
});

describe("PLAN.TARGETS spills the same figures", () => {
  test.each(
    winners.filter((fact) => fact.figure.value !== null).map((fact) => [label(fact), fact] as const)
  )("%s", (_label, fact) => {
    const [years, values] = PLAN.targets(
      fact.region,
      fact.indicator,
      fact.unit ? unitNamesOf(fact)[0] : OMITTED,
      documentOf(fact)
    );
    expect(values[years.indexOf(fact.year as number)]).toBe(fact.figure.value);
  });
});

describe("a table's row, or the first sentence, shadows the text's other targets of the same year", () => {
  test.each(shadowed.map((fact) => [label(fact), fact] as const))("%s", (_label, fact) => {
    const winner = winnerInDocument(fact);
    expect(fact.rowKind).toBe("headline");
    if (winner.rowKind === "headline") {
      // 永川府办发〔2021〕66号 states one target in two sentences (国家级平台2个以上; 国家级科技创新平台2-3个).
      expect(position(winner)).toBeLessThan(position(fact));
    } else {
      expect(["total", "indicator"]).toContain(winner.rowKind);
    }
    expect(PLAN.target(fact.region, fact.indicator, fact.year, OMITTED, documentOf(fact))).toBe(
      winner.figure.value
    );
  });

  test("永川区 R&D 2025: the table's 合计 in 万元, not the text's 46 亿元", () => {
    expect(PLAN.target("永川", "研发投入", 2025, OMITTED, OMITTED)).toBe(468932);
    expect(PLAN.source("永川", "研发投入", 2025, OMITTED, OMITTED)).toContain(
      "“合计”行“2025年”列：468932万元"
    );
  });

  test("江北区 high-tech 2025: 合计 442, not the text's 440", () => {
    expect(PLAN.target("江北区", "高新技术企业", 2025, OMITTED, OMITTED)).toBe(442);
  });
});

describe("two documents, two targets: the newest by default, the other by its number", () => {
  test("永川区 高新技术企业 2025", () => {
    expect(PLAN.target("永川区", "高新技术企业", 2025, OMITTED, OMITTED)).toBe(420);
    expect(PLAN.target("永川区", "高新技术企业", 2025, OMITTED, "永川府办发〔2023〕26号")).toBe(
      420
    );
    expect(PLAN.target("永川区", "高新技术企业", 2025, OMITTED, "永川府办发〔2021〕66号")).toBe(
      300
    );
    expect(PLAN.target("永川", "高企", "2025年", OMITTED, "永川府办发[2021]66号")).toBe(300);
    expect(PLAN.target("永川", "高企", 2025, OMITTED, "yongchuan-2021-66")).toBe(300);
  });
});

describe("PLAN.BASELINE gives every base-year actual", () => {
  test.each(actuals.map((fact) => [label(fact), fact] as const))("%s", (_label, fact) => {
    const winner = winnerInDocument(fact);
    const isDefault = newestPlan(actuals.filter((other) => sameSlot(other, fact))) === fact.plan;
    const documents = isDefault ? [OMITTED, documentOf(fact)] : [documentOf(fact)];
    for (const document of documents) {
      for (const region of [fact.region, shortRegion(fact.region)]) {
        for (const unit of fact.unit ? unitNamesOf(fact) : [OMITTED]) {
          expectFigure(() => PLAN.baseline(region, fact.indicator, unit, document), winner);
        }
      }
    }
  });
});

describe("targets stated without a year are not looked up by year", () => {
  test.each(undated.map((fact) => [label(fact), fact] as const))("%s", (_label, fact) => {
    for (const year of [2023, 2025, 2027]) {
      const error = errorOf(() =>
        PLAN.target(fact.region, fact.indicator, year, OMITTED, documentOf(fact))
      );
      expect(error.code).toBe(ERROR_CODES.notAvailable);
      expect(error.message).toContain("未写年份");
    }
    expect(PLAN.source(fact.region, fact.indicator, null, OMITTED, documentOf(fact))).toContain(
      fact.headline?.quote
    );
  });
});
