import { planLookup } from "../../../src/core/catalog/embedded";
import { loadCatalog } from "../../../src/core/catalog/load-catalog";
import { provenanceProblems } from "../../../src/core/audit/provenance";
import { checkRegistration } from "../../../src/core/registry/check-registration";
import { indicatorGuesser } from "../../../src/core/registry/indicator-guess";
import { readGrid } from "../../../src/core/registry/read-grid";
import { Corrections, PlanMeta, planFromReading } from "../../../src/core/registry/to-plan";
import type { PlanDocument, TableDef } from "../../../src/core/catalog/plan-types";
import { readSeeds, readSource } from "../../../src/node/read-seeds";
import { join } from "path";
import { pastedGrid, shippedTables } from "./shipped-grids";

const SEEDS = join(__dirname, "..", "..", "..", "seeds");

function metaOf(plan: PlanDocument, table: TableDef): PlanMeta {
  return {
    region: plan.region,
    indicator: table.indicator ?? null,
    measure: table.measure ?? null,
    docNumber: plan.docNumber,
    date: plan.date,
    title: plan.title,
    issuer: plan.issuer,
    attachment: table.attachment,
    tableTitle: table.title,
  };
}

/** What the user corrects in the pane: a header that names no year, and indicator rows the guess got wrong. */
function correctionsFor(table: TableDef, guessed: TableDef): Corrections {
  const columns: Corrections["columns"] = {};
  table.columns.forEach((column, index) => {
    const read = guessed.columns[index];
    if (read.role !== column.role || read.year !== column.year)
      columns[index] = { role: column.role, ...(column.year ? { year: column.year } : {}) };
  });
  const rowIndicators: Record<number, string> = {};
  table.rows.forEach((row, index) => {
    if (row.indicator && guessed.rows[index]?.indicator !== row.indicator)
      rowIndicators[index] = row.indicator;
  });
  return { columns, rowIndicators };
}

function register(plan: PlanDocument, table: TableDef) {
  const reading = readGrid(pastedGrid(table), {
    documentYear: plan.date ? Number(plan.date.slice(0, 4)) : null,
    indicatorOf: indicatorGuesser(planLookup()),
  });
  const meta = metaOf(plan, table);
  const guessed = planFromReading(reading, meta).tables[0];
  const corrections = correctionsFor(table, guessed);
  return { reading, guessed, corrections, registered: planFromReading(reading, meta, corrections) };
}

const strip = (table: TableDef) => ({
  ...table,
  id: "",
  columns: table.columns.map(({ label, role, year }) => ({
    label,
    role,
    ...(year ? { year } : {}),
  })),
});

describe("registering a pasted table", () => {
  it("has the eight shipped tables to read", () => {
    expect(shippedTables()).toHaveLength(8);
  });

  it.each(
    shippedTables().map(({ plan, table }) => [`${plan.id} ${table.id}`, plan, table] as const)
  )("%s: reads back every figure, row kind, group, note and column exactly", (_, plan, table) => {
    const { reading, registered } = register(plan, table);
    expect(reading.title).toBe(table.title);
    expect(strip(registered.tables[0])).toEqual(strip(table));
    expect(checkRegistration(registered, planLookup()).problems).toEqual([]);
  });

  it("needs correcting only where the document itself does not say: a header with no year", () => {
    const corrected = shippedTables().flatMap(({ plan, table }) =>
      Object.keys(register(plan, table).corrections.columns ?? {}).map(
        (index) => `${plan.id} ${table.id} ${table.columns[Number(index)].label}`
      )
    );
    expect(corrected).toEqual(["yongchuan-2021-66 t1 “十三五”\n目标值"]);
  });

  it("reports a 合计 that does not add up, and keeps it as pasted", () => {
    const { plan, table } = shippedTables().find((item) => item.table.indicator === "rd-spend")!;
    const grid = pastedGrid(table);
    const total = grid.findIndex((row) => row[1] === "合计");
    grid[total] = [...grid[total]];
    grid[total][2] = "367247";
    const reading = readGrid(grid, { documentYear: 2023 });
    const registered = planFromReading(reading, {
      ...metaOf(plan, table),
      region: "荣昌区",
      docNumber: null,
    });
    const check = checkRegistration(registered, planLookup());
    expect(check.discrepancies.map((d) => [d.rowLabel, d.year, d.stated, d.computed])).toEqual([
      ["合计", 2023, 367247, 367246],
      // The document's own: its 2027 合计 is 600000, its rows add up to 600001.
      ["合计", 2027, 600000, 600001],
    ]);
    expect(registered.tables[0].rows.at(-1)?.cells[2]).toBe("367247");
  });

  it("reports where a registered figure differs from the official one", () => {
    const { plan, table } = shippedTables().find(
      (item) => item.table.indicator === "high-tech-enterprises"
    )!;
    const grid = pastedGrid(table).map((row) => [...row]);
    const guanyinqiao = grid.findIndex((row) => row[1] === "观音桥街道");
    grid[guanyinqiao][5] = "101";
    const registered = planFromReading(readGrid(grid, { documentYear: 2023 }), {
      ...metaOf(plan, table),
      docNumber: null,
      title: "江北区自行登记的分解表",
    });
    expect(checkRegistration(registered, planLookup()).differences).toEqual([
      { unit: "观音桥街道", year: 2025, registered: "101", official: "100" },
    ]);
  });

  it("names the row and column of a cell that is no figure", () => {
    const { plan, table } = shippedTables().find((item) => item.table.indicator === "rd-spend")!;
    const grid = pastedGrid(table).map((row) => [...row]);
    grid[3][2] = "七百零九";
    const registered = planFromReading(readGrid(grid, { documentYear: 2023 }), metaOf(plan, table));
    expect(
      checkRegistration(registered, planLookup()).problems.map((problem) => problem.where)
    ).toEqual(["table t1 (附件1) › row 1 (中山路街道) › column 2023年"]);
  });

  it("reads two header rows, with a year merged over its columns", () => {
    const reading = readGrid(
      [
        ["序号", "单位", "目标数", "", "备注"],
        ["", "", "2023年", "2024年", ""],
        ["1", "甲镇", "3", "-", ""],
      ],
      { documentYear: 2023 }
    );
    expect(reading.columns.map(({ role, year }) => [role, year])).toEqual([
      ["serial", undefined],
      ["name", undefined],
      ["target", 2023],
      ["target", 2024],
      ["text", undefined],
    ]);
    expect(reading.rows.map((row) => row.cells)).toEqual([["1", "甲镇", "3", "-", ""]]);
  });

  it("exports JSON that the catalog's check accepts, every figure proven against the source text", () => {
    const { plan, table } = shippedTables().find(
      (item) => item.table.id === "a2" && item.plan.id.startsWith("jiangbei")
    )!;
    const { registered } = register(plan, table);
    const exported = JSON.parse(JSON.stringify(registered)) as PlanDocument;
    const seeds = readSeeds(SEEDS);
    const catalog = loadCatalog({
      indicators: seeds.indicators,
      plans: [{ file: `seeds/plans/${exported.id}.json`, data: exported }],
    });
    expect(catalog.plans).toHaveLength(1);
    expect(provenanceProblems(exported, readSource(SEEDS, plan.source))).toEqual([]);
  });
});
