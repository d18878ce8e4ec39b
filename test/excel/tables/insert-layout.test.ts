import { planLookup } from "../../../src/core/catalog/embedded";
import { layoutTable } from "../../../src/core/tables/sheet-layout";
import { cellValue, isFormula, TEXT_FORMAT } from "../../../src/core/tables/layout-cells";
import { HEADLINES_ID, tableChoices } from "../../../src/core/tables/table-choice";
import { uniqueSheetName } from "../../../src/core/sheet/sheet-name";
import * as answers from "../../../src/functions/answers";
import type { PlanDocument } from "../../../src/core/catalog/plan-types";

/* The layout is what every insert, copy and download writes, so it is checked cell by cell against the data files. */

const lookup = planLookup();
const plans = lookup.catalog.plans;
const tables = plans.flatMap((plan) =>
  plan.tables.map((table) => [plan.id, table.id, plan, table] as const)
);

function expected(published: string, numeric: boolean): string | number {
  return numeric && /^\d+(\.\d+)?$/.test(published) ? Number(published) : published;
}

describe("layoutTable", () => {
  test.each(tables)(
    "%s %s: body cells equal the data file's cells",
    (_id, tableId, plan, table) => {
      const layout = layoutTable(lookup, plan, tableId, {
        locale: "zh",
        mode: "values",
        footnotes: false,
      });
      expect(layout.cells[layout.headerRow]).toEqual(table.columns.map((column) => column.label));
      const numeric = table.columns.map((column) =>
        ["serial", "target", "actual"].includes(column.role)
      );
      const body = layout.cells.slice(layout.headerRow + 1, layout.bodyEnd);
      expect(body).toEqual(
        table.rows.map((row) => row.cells.map((cell, index) => expected(cell, numeric[index])))
      );
      expect(layout.roles.slice(layout.headerRow + 1, layout.bodyEnd)).toEqual(
        table.rows.map((row) => row.kind)
      );
      expect(layout.cells.every((row) => row.length === table.columns.length)).toBe(true);
    }
  );

  test.each(tables)(
    "%s %s: formulas reproduce the published figure through the custom function",
    (_id, tableId, plan, table) => {
      const layout = layoutTable(lookup, plan, tableId, {
        locale: "zh",
        mode: "formulas",
        footnotes: false,
      });
      const values = layoutTable(lookup, plan, tableId, {
        locale: "zh",
        mode: "values",
        footnotes: false,
      });
      expect(layout.cells.map((row) => row.map(cellValue))).toEqual(values.cells);
      for (const cell of layout.cells.flat().filter(isFormula)) {
        const [region, indicator, ...rest] = cell.args;
        const answer =
          cell.fn === "TARGET"
            ? answers.target(region, indicator, rest[0], rest[1], rest[2])
            : answers.baseline(region, indicator, rest[0], rest[1]);
        expect(answer).toBe(cell.value);
      }
      if (table.layout === "text") expect(layout.cells.flat().some(isFormula)).toBe(false);
    }
  );

  test("every figure of the breakdown tables becomes a formula, subtotals by 小计1/小计2 and the total without a unit", () => {
    const jiangbei = plans.find((plan) => plan.id === "jiangbei-2023-38") as PlanDocument;
    const layout = layoutTable(lookup, jiangbei, "a1", {
      locale: "zh",
      mode: "formulas",
      footnotes: false,
    });
    const body = layout.cells.slice(layout.headerRow + 1, layout.bodyEnd);
    expect(body.every((row) => row.slice(2).every(isFormula))).toBe(true);
    const units = body
      .map((row) => row[2])
      .filter(isFormula)
      .map((cell) => cell.args[2]);
    expect(units).toContain("小计1");
    expect(units).toContain("小计2");
    expect(units).toContain("市级下达目标");
    expect(units[units.length - 1]).toBe("");
    expect(body[0][2]).toEqual({
      fn: "BASELINE",
      args: ["江北区", "高新技术企业", "石马河街道", "江北府办发〔2023〕38号"],
      value: 29,
    });
  });

  test("text that is not a plain number stays text, formatted as text; numbers get the published decimals", () => {
    const plan = plans.find((candidate) => candidate.id === "yongchuan-2021-66") as PlanDocument;
    const layout = layoutTable(lookup, plan, "t2", {
      locale: "zh",
      mode: "values",
      footnotes: false,
    });
    const flat = layout.cells.flat();
    expect(flat).toContain("≥12");
    const row = layout.cells.findIndex((cells) => cells.includes("≥12"));
    const column = layout.cells[row].indexOf("≥12");
    expect(layout.numberFormats[row][column]).toBe(TEXT_FORMAT);
    const decimal = layout.cells.findIndex((cells) => cells[2] === 2.6);
    expect(layout.numberFormats[decimal][2]).toBe("0.0");
  });

  test("money gets thousands separators; the block starts with title, unit and source lines", () => {
    const plan = plans.find((candidate) => candidate.id === "yongchuan-2023-26") as PlanDocument;
    const layout = layoutTable(lookup, plan, "a1", {
      locale: "zh",
      mode: "values",
      footnotes: false,
    });
    expect(layout.roles.slice(0, 4)).toEqual(["title", "measure", "source", "header"]);
    expect(layout.cells[0][0]).toBe("附件1 研发投入任务分解");
    expect(layout.cells[1][0]).toBe("单位：万元");
    expect(layout.cells[2][0]).toBe(
      "来源：永川府办发〔2023〕26号（2023-04-12）附件1《研发投入任务分解》"
    );
    expect(layout.numberFormats[4][2]).toBe("#,##0");
    expect(layout.tableAllowed).toBe(true);
    expect(layout.roles.slice(layout.tableEnd, layout.bodyEnd)).toEqual(["total"]);
  });

  test("reconciliation notes are listed, and go under the table only when asked", () => {
    const plan = plans.find((candidate) => candidate.id === "jiangbei-2023-38") as PlanDocument;
    const without = layoutTable(lookup, plan, "a1", {
      locale: "zh",
      mode: "values",
      footnotes: false,
    });
    const withNotes = layoutTable(lookup, plan, "a1", {
      locale: "en",
      mode: "values",
      footnotes: true,
    });
    expect(withNotes.discrepancies.length).toBeGreaterThan(0);
    expect(withNotes.discrepancies[0]).toMatch(/^Check: row/);
    const notes = withNotes.cells
      .filter((_, index) => withNotes.roles[index] === "note")
      .map((row) => row[0]);
    expect(notes).toEqual([...(plan.tables[0].notes ?? []), ...withNotes.discrepancies]);
    expect(without.roles.filter((role) => role === "note")).toHaveLength(
      plan.tables[0].notes?.length ?? 0
    );
  });

  test.each(plans.map((plan) => [plan.id, plan] as const))(
    "%s: headline targets lay out as a table",
    (_id, plan) => {
      const layout = layoutTable(lookup, plan, HEADLINES_ID, {
        locale: "en",
        mode: "formulas",
        footnotes: true,
      });
      expect(layout.cells[0][0]).toBe(`${plan.region} headline targets`);
      expect(layout.cells[layout.headerRow]).toEqual([
        "Indicator",
        "Year",
        "Target",
        "Unit",
        "Wording",
      ]);
      const body = layout.cells.slice(layout.headerRow + 1, layout.bodyEnd);
      expect(body).toEqual(
        plan.headlines.map((headline) => [
          headline.label,
          headline.year ?? "",
          expected(headline.value, true),
          headline.measure,
          headline.qualifier,
        ])
      );
      // Every quote is found among the notes, inside a sentence that is listed once.
      const notes = layout.cells.slice(layout.bodyEnd).map((row) => String(row[0]));
      for (const headline of plan.headlines)
        expect(
          notes.some((note) => note.startsWith("Text: ") && note.includes(headline.quote))
        ).toBe(true);
      const texts = notes.filter((note) => note.startsWith("Text: "));
      expect(new Set(texts).size).toBe(texts.length);
    }
  );

  test("every document offers its tables and its headline targets; a breakdown table is the default", () => {
    const choices = plans.map((plan) => tableChoices(plan, "zh").map((choice) => choice.id));
    expect(choices.flat()).toHaveLength(plans.length + tables.length);
    const defaults = Object.fromEntries(plans.map((plan, index) => [plan.id, choices[index][0]]));
    expect(defaults).toEqual({
      "jiangbei-2023-38": "a1",
      "qijiang-2023": HEADLINES_ID,
      "wuxi-2023-32": HEADLINES_ID,
      "yongchuan-2021-66": "t1",
      "yongchuan-2023-26": "a1",
    });
  });

  test("the headline table names its district and reads in Chinese", () => {
    const plan = plans.find((candidate) => candidate.id === "jiangbei-2023-38") as PlanDocument;
    const layout = layoutTable(lookup, plan, HEADLINES_ID, {
      locale: "zh",
      mode: "values",
      footnotes: false,
    });
    expect(layout.cells[0][0]).toBe("江北区正文目标");
    expect(layout.cells[layout.headerRow]).toEqual(["指标", "年份", "目标", "单位", "表述"]);
    const year = layout.cells.findIndex(
      (row, index) => index > layout.headerRow && row[1] === 2025
    );
    expect(layout.numberFormats[year][1]).toBe("0");
  });
});

describe("uniqueSheetName", () => {
  test("drops forbidden characters, keeps 31 characters and avoids existing names", () => {
    expect(uniqueSheetName("a[b]:c*d?e/f\\g", [])).toBe("a b c d e f g");
    const long = "表1 永川区“十四五”时期科技发展主要指标永川区“十四五”时期科技发展主要指标";
    const first = uniqueSheetName(long, []);
    expect(first).toHaveLength(31);
    const second = uniqueSheetName(long, [first.toUpperCase()]);
    expect(second).toHaveLength(31);
    expect(second.endsWith(" (2)")).toBe(true);
  });
});

describe("the data file's own readings travel with the table", () => {
  const plan = (id: string) => plans.find((candidate) => candidate.id === id) as PlanDocument;
  const notesOf = (id: string, tableId: string, locale: "zh" | "en") => {
    const layout = layoutTable(lookup, plan(id), tableId, {
      locale,
      mode: "values",
      footnotes: false,
    });
    return layout.cells.slice(layout.bodyEnd).map((row) => String(row[0]));
  };

  test("a year column read as the base-year actual says why", () => {
    expect(notesOf("yongchuan-2023-26", "a2", "zh")).toContainEqual(
      expect.stringMatching(/^数据说明：“2022年”列——表头仅写“2022年”/)
    );
    expect(notesOf("yongchuan-2023-26", "a2", "en")).toContainEqual(
      expect.stringMatching(/^Data note, column “2022年”: 表头仅写/)
    );
  });

  test("a document without a title or number says the title is inferred", () => {
    expect(notesOf("qijiang-2023", HEADLINES_ID, "zh")).toContainEqual(
      expect.stringMatching(/^数据说明：原文只有正文/)
    );
  });

  test("a table the data file reads as printed has no data note", () => {
    expect(
      notesOf("jiangbei-2023-38", "a1", "zh").some((note) => note.startsWith("数据说明"))
    ).toBe(false);
  });
});
