import type { Catalog, Fact } from "../catalog/catalog";
import { documentArgument, rowName } from "../catalog/naming";

const HEADER = [
  "region",
  "document number",
  "table",
  "unit",
  "indicator",
  "year",
  "kind",
  "value",
  "unit of measure",
];

function field(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function tableName(fact: Fact): string {
  return fact.table ? `${fact.table.attachment} ${fact.table.title}` : "正文";
}

function unitName(fact: Fact): string {
  if (fact.table === null || fact.row === null) return "";
  return rowName(fact.table, fact.table.rows[fact.row]);
}

/** Every figure of the catalog, one a line, for an auditor to review in Excel. Values exactly as published. */
export function catalogCsv(catalog: Catalog): string {
  const lines = [HEADER];
  for (const plan of catalog.plans) {
    const facts = catalog
      .allFacts()
      .filter((fact) => fact.plan === plan)
      .sort(
        (a, b) =>
          (a.table === b.table ? 0 : a.table === null ? -1 : 1) ||
          (a.row ?? 0) - (b.row ?? 0) ||
          (a.column ?? 0) - (b.column ?? 0)
      );
    for (const fact of facts) {
      lines.push([
        plan.region,
        documentArgument(plan),
        tableName(fact),
        unitName(fact),
        catalog.indicator(fact.indicator).zh,
        fact.year === null ? "" : String(fact.year),
        fact.kind,
        fact.figure.text,
        fact.measure,
      ]);
    }
  }
  return lines.map((line) => line.map(field).join(",")).join("\r\n") + "\r\n";
}
