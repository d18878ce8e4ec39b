import type { SeedInput } from "../src/core/catalog/load-catalog";
import type { IndicatorDef, PlanDocument, TableDef } from "../src/core/catalog/plan-types";

/** The 38 districts and counties of Chongqing. */
export const DISTRICTS = (
  "万州区 黔江区 涪陵区 渝中区 大渡口区 江北区 沙坪坝区 九龙坡区 南岸区 北碚区 綦江区 大足区 渝北区 巴南区 " +
  "长寿区 江津区 合川区 永川区 南川区 璧山区 铜梁区 潼南区 荣昌区 开州区 梁平区 武隆区 城口县 丰都县 垫江县 " +
  "忠县 云阳县 奉节县 巫山县 巫溪县 石柱县 秀山县 酉阳县 彭水县"
).split(" ");

const UNITS_PER_DISTRICT = 30;
const INDICATORS = 10;
const YEARS = [2022, 2023, 2024, 2025, 2026, 2027];

export function syntheticIndicators(): IndicatorDef[] {
  return Array.from({ length: INDICATORS }, (_, i) => ({
    id: `indicator-${i + 1}`,
    zh: `合成指标${i + 1}`,
    en: `Synthetic indicator ${i + 1}`,
    aliases: [`指标${i + 1}`],
  }));
}

export function unitName(district: number, unit: number): string {
  return `${DISTRICTS[district].slice(0, -1)}第${unit + 1}街道`;
}

function table(district: number, indicator: number): TableDef {
  const rows = Array.from({ length: UNITS_PER_DISTRICT }, (_, unit) => ({
    kind: "unit" as const,
    cells: [
      String(unit + 1),
      unitName(district, unit),
      ...YEARS.map((year) => String(unit * 10 + year - 2000)),
    ],
  }));
  const totals = YEARS.map((_, column) =>
    rows.reduce((sum, row) => sum + Number(row.cells[column + 2]), 0)
  );
  return {
    id: `a${indicator + 1}`,
    attachment: `附件${indicator + 1}`,
    title: `合成指标${indicator + 1}目标任务分解`,
    layout: "units",
    indicator: `indicator-${indicator + 1}`,
    measure: "家",
    columns: [
      { label: "序号", role: "serial" },
      { label: "街镇", role: "name" },
      ...YEARS.map((year, index) => ({
        label: `${year}年`,
        role: index === 0 ? ("actual" as const) : ("target" as const),
        year,
      })),
    ],
    rows: [...rows, { kind: "total", cells: ["", "合计", ...totals.map(String)] }],
  };
}

/** A catalog of every district with a breakdown table per indicator: about a hundred times the shipped one. */
export function syntheticSeeds(): SeedInput {
  const plans: PlanDocument[] = DISTRICTS.map((region, district) => ({
    id: `synthetic-${district + 1}`,
    source: "synthetic.txt",
    issuer: `${region}人民政府办公室`,
    region,
    docNumber: `合成发〔2023〕${district + 1}号`,
    date: "2023-06-01",
    title: `${region}合成计划`,
    headlines: [],
    tables: Array.from({ length: INDICATORS }, (_, indicator) => table(district, indicator)),
  }));
  return {
    indicators: { file: "synthetic/indicators.json", data: syntheticIndicators() },
    plans: plans.map((plan) => ({ file: `synthetic/${plan.id}.json`, data: plan })),
  };
}
