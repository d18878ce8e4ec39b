import { catalogCsv } from "../../../src/core/audit/csv";
import { shippedCatalog } from "../../data/seeds";

const catalog = shippedCatalog();
const lines = catalogCsv(catalog).trimEnd().split("\r\n");

describe("catalogCsv", () => {
  it("has the header an auditor expects and one line per figure", () => {
    expect(lines[0]).toBe(
      "region,document number,table,unit,indicator,year,kind,value,unit of measure"
    );
    expect(lines).toHaveLength(catalog.factCount + 1);
  });

  it("writes each figure exactly as published", () => {
    expect(lines).toContain(
      "江北区,江北府办发〔2023〕38号,附件1 江北区高新技术企业培育目标任务分解表,观音桥街道,高新技术企业,2025,target,100,家"
    );
    expect(lines).toContain(
      "江北区,江北府办发〔2023〕38号,附件1 江北区高新技术企业培育目标任务分解表,观音桥街道,高新技术企业,2022,actual,72,家"
    );
    expect(lines).toContain(
      "永川区,永川府办发〔2023〕26号,附件2 高新技术企业培育目标任务分解,区招商投资局,高新技术企业,2022,actual,/,家"
    );
    expect(lines.some((line) => line.includes(",≥12,件/万人"))).toBe(true);
  });

  it("names an undated, unnumbered document by its catalog id", () => {
    expect(lines.filter((line) => line.startsWith("綦江区,qijiang-2023,正文,"))).toHaveLength(10);
  });
});
