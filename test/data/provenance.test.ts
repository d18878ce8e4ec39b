import { provenanceProblems } from "../../src/core/audit/provenance";
import type { PlanDocument } from "../../src/core/catalog/plan-types";
import { copyOf, shippedCatalog, sourceOf } from "./seeds";

const catalog = shippedCatalog();
const plan = (id: string): PlanDocument =>
  catalog.plans.find((candidate) => candidate.id === id) as PlanDocument;

describe("every figure of the data files stands in its source text where the file says", () => {
  it.each(catalog.plans.map((candidate) => [candidate.id, candidate]))("%s", (_id, candidate) => {
    expect(provenanceProblems(candidate, sourceOf(candidate))).toEqual([]);
  });

  it("covers the five documents, their 8 tables and every row", () => {
    expect(catalog.plans).toHaveLength(5);
    const tables = catalog.plans.flatMap((candidate) => candidate.tables);
    expect(tables).toHaveLength(8);
    expect(tables.reduce((rows, table) => rows + table.rows.length, 0)).toBe(124);
  });
});

describe("the provenance check catches a damaged data file", () => {
  const jiangbei = plan("jiangbei-2023-38");
  const source = sourceOf(jiangbei);

  it("a wrong digit", () => {
    const damaged = copyOf(jiangbei);
    damaged.tables[0].rows[2].cells[4] = "101";
    const problems = provenanceProblems(damaged, source);
    expect(problems).toHaveLength(1);
    expect(problems[0].where).toContain("row 3 (3 | 观音桥街道");
  });

  it("two figures swapped between columns", () => {
    const damaged = copyOf(jiangbei);
    const cells = damaged.tables[1].rows[0].cells;
    [cells[3], cells[4]] = [cells[4], cells[3]];
    expect(provenanceProblems(damaged, source)).not.toEqual([]);
  });

  it("a row left out", () => {
    const damaged = copyOf(jiangbei);
    damaged.tables[0].rows.splice(4, 1);
    expect(
      provenanceProblems(damaged, source)
        .map((problem) => problem.message)
        .join()
    ).toContain("not after the previous row");
  });

  it("the last row left out", () => {
    const damaged = copyOf(jiangbei);
    damaged.tables[0].rows.pop();
    expect(provenanceProblems(damaged, source)[0].message).toContain('further row starting "合计"');
  });

  it("a headline whose figure differs from its quote", () => {
    const damaged = copyOf(jiangbei);
    damaged.headlines[0].value = "441";
    expect(provenanceProblems(damaged, source)[0].message).toBe(
      "the value and its unit are not in the quote"
    );
  });

  it("a quote that is not in the source", () => {
    const damaged = copyOf(jiangbei);
    damaged.headlines[0].quote = damaged.headlines[0].quote.replace("2025", "2026");
    expect(provenanceProblems(damaged, source).map((problem) => problem.message)).toContain(
      "the quote is not in the source text"
    );
  });
});
