import { findConflicts } from "../../../src/core/audit/conflicts";
import { reconcilePlans } from "../../../src/core/audit/reconcile";
import { shippedCatalog } from "../../data/seeds";

const catalog = shippedCatalog();
const found = reconcilePlans(catalog.plans).map(
  (d) =>
    `${d.plan.id} ${d.table.id} ${d.rowLabel} ${d.year} ${d.basis}: stated ${d.stated}, computed ${d.computed}`
);

describe("reconciliation of stated subtotals and totals", () => {
  it("lists every discrepancy with the stated and the computed figure", () => {
    expect(found).toContain(
      "jiangbei-2023-38 a1 小计（第1组） 2023 units: stated 312, computed 311"
    );
    expect(found).toContain(
      "jiangbei-2023-38 a2 小计（第2组） 2027 units: stated 305, computed 309"
    );
    expect(found).toContain("jiangbei-2023-38 a2 合计 2025 subtotals: stated 2618, computed 2617");
    expect(found).toContain("yongchuan-2023-26 a1 合计 2027 units: stated 600000, computed 600001");
    expect(found).toHaveLength(22);
  });

  it("finds nothing where the rows add up (永川 附件2 and 附件3, counting “/” as nothing)", () => {
    expect(found.filter((line) => / a[23] /.test(line) && line.startsWith("yongchuan"))).toEqual(
      []
    );
  });

  it("never alters a published figure", () => {
    const total = catalog
      .factsAt("永川区", "rd-spend", "*")
      .find((fact) => fact.year === 2027 && fact.rowKind === "total");
    expect(total?.figure.text).toBe("600000");
  });
});

describe("targets given differently", () => {
  const conflicts = findConflicts(catalog).map(
    (c) =>
      `${c.region} ${c.indicator} ${c.year}: ${c.facts.map((fact) => `${fact.plan.id}=${fact.figure.text}`).join(" ")}`
  );

  it("lists 永川区 high-tech enterprises 2025: 420 by the 2023 plan, the default, and 300 by the 2021 plan", () => {
    expect(conflicts).toContain(
      "永川区 high-tech-enterprises 2025: yongchuan-2023-26=420 yongchuan-2023-26=420 yongchuan-2021-66=300 yongchuan-2021-66=300"
    );
  });

  it("lists a table total that differs from the same document's headline", () => {
    expect(conflicts).toContain(
      "江北区 tech-enterprises 2025: jiangbei-2023-38=2618 jiangbei-2023-38=2600"
    );
    expect(conflicts).toHaveLength(5);
  });
});
