import type { HeadlineDef, PlanDocument, TableDef } from "../catalog/plan-types";

/**
 * Proves a data file against its source text. The source prints a table one cell a line, so a table is checked
 * as a run of lines: the header cells follow the title, and each row's cells follow the previous row's, in column
 * order, with nothing skipped and nothing left over. A figure typed into the wrong row or column breaks the run.
 */
export interface ProvenanceProblem {
  where: string;
  message: string;
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

function cellLines(cells: readonly string[]): string[] {
  return cells
    .filter((cell) => cell !== "")
    .flatMap((cell) => cell.split("\n").map((part) => part.trim()));
}

function runAt(haystack: readonly string[], needle: readonly string[], at: number): boolean {
  return needle.every((line, offset) => haystack[at + offset] === line);
}

function findRun(haystack: readonly string[], needle: readonly string[], from: number): number {
  for (let at = from; at + needle.length <= haystack.length; at++) {
    if (runAt(haystack, needle, at)) return at;
  }
  return -1;
}

function titleLine(source: readonly string[], table: TableDef): number {
  return source.findIndex((line) => {
    const rest = line.startsWith(table.attachment)
      ? line.slice(table.attachment.length).trim()
      : line;
    return rest === table.title;
  });
}

const ROW_START = /^(\d+|合\s*计|小\s*计|总\s*计|市级下达目标)$/;

function checkTable(
  source: readonly string[],
  table: TableDef,
  end: number,
  start: number
): ProvenanceProblem[] {
  const where = `table ${table.id} (${table.attachment} ${table.title})`;
  const segment = source.slice(start, end);
  const header = table.columns.flatMap((column) => column.label.split("\n"));
  const headerAt = findRun(segment, header, 0);
  if (headerAt < 0)
    return [{ where, message: "the header cells are not found, in order, under the title" }];
  const problems: ProvenanceProblem[] = [];
  let at = headerAt + header.length;
  table.rows.forEach((row, index) => {
    const rowWhere = `${where} › row ${index + 1} (${row.cells.join(" | ").replace(/\n/g, " ")})`;
    row.cells.forEach((cell, column) => {
      if (cell === "" && table.columns[column].role !== "serial") {
        problems.push({
          where: rowWhere,
          message: `column ${table.columns[column].label} is empty`,
        });
      }
    });
    const needle = cellLines(row.cells);
    if (runAt(segment, needle, at)) {
      at += needle.length;
      return;
    }
    const found = findRun(segment, needle, 0);
    problems.push({
      where: rowWhere,
      message:
        found < 0
          ? `these cells do not stand in the source in this order; the source has "${segment[at] ?? "(end)"}" here`
          : "the row stands in the source, but not after the previous row",
    });
    // Resynchronize so one bad row is reported once, not again for every row after it.
    at = (found >= 0 ? found : at) + needle.length;
  });
  const next = segment[at];
  if (next !== undefined && ROW_START.test(next)) {
    problems.push({
      where,
      message: `the source has a further row starting "${next}" that the data file lacks`,
    });
  }
  return problems;
}

function checkHeadline(source: string, headline: HeadlineDef, index: number): ProvenanceProblem[] {
  const where = `headline ${index + 1} (${headline.label} ${headline.year ?? ""} ${headline.value}${headline.measure})`;
  const quote = headline.quote;
  const problems: string[] = [];
  if (!source.includes(quote)) problems.push("the quote is not in the source text");
  if (!quote.includes(headline.value + headline.measure))
    problems.push("the value and its unit are not in the quote");
  if (!quote.includes(headline.label)) problems.push("the label is not in the quote");
  if (headline.year !== null && !quote.includes(String(headline.year)))
    problems.push("the year is not in the quote");
  for (const part of headline.qualifier.split("…")) {
    if (!quote.includes(part)) problems.push(`the qualifier "${part}" is not in the quote`);
  }
  return problems.map((message) => ({ where, message }));
}

/** Every place where the data file and its source text disagree; empty when every figure is proven. */
export function provenanceProblems(plan: PlanDocument, sourceText: string): ProvenanceProblem[] {
  const source = lines(sourceText);
  const problems: ProvenanceProblem[] = [];
  for (const [key, value] of [
    ["issuer", plan.issuer],
    ["docNumber", plan.docNumber],
  ] as const) {
    if (value !== null && !sourceText.includes(value)) {
      problems.push({ where: key, message: `"${value}" is not in the source text` });
    }
  }
  plan.headlines.forEach((headline, index) =>
    problems.push(...checkHeadline(sourceText, headline, index))
  );
  const starts = plan.tables.map((table) => titleLine(source, table));
  plan.tables.forEach((table, index) => {
    if (starts[index] < 0) {
      problems.push({
        where: `table ${table.id}`,
        message: `the title "${table.title}" is not in the source text`,
      });
      return;
    }
    const later = starts.filter((start) => start > starts[index]);
    const end = later.length > 0 ? Math.min(...later) : source.length;
    problems.push(...checkTable(source, table, end, starts[index]));
    for (const note of table.notes ?? []) {
      if (!sourceText.includes(note))
        problems.push({ where: `table ${table.id}`, message: "a note is not verbatim" });
    }
  });
  return problems;
}
