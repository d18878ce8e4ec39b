import type { Fact, UnitRef } from "../catalog/catalog";
import { groupSubtotalName } from "../catalog/naming";
import { LookupError } from "../lookup/lookup-error";
import type { FillLookup } from "./fill-lookup";
import { columnLetters } from "../sheet/a1";
import type { FillChoice, FillColumn, FillColumnKind, NameColumn } from "./fill-request";
import { sheetRowKind, SheetRowKind } from "./sheet-row";

/** A row the fill could not give a figure to, with the names it might have meant. */
export interface FillProblem {
  /** 0-based sheet row; shown to users 1-based. */
  row: number;
  name: string;
  reason: "unknown" | "ambiguous" | "absent" | "no-year" | "no-data" | "invalid";
  candidates: string[];
  /** Set when the name matched but this column's figure is missing (no 2022 target, "/" …). */
  column?: FillColumnKind;
}

/** One cell to write: a number, a figure kept as printed text ("≥12", "/"), a formula, or nothing. */
export interface FillCell {
  entry: string | number;
  /** True for printed text that Excel must not reinterpret (a range "2-3" would become a date). */
  text: boolean;
}

export interface FillRow {
  row: number;
  kind: SheetRowKind;
  name: string;
  /** The catalog's name for the row when it matched one. */
  matched: string | null;
  cells: FillCell[];
}

export interface FillPlan {
  columns: FillColumn[];
  rows: FillRow[];
  problems: FillProblem[];
  /** How many rows got a figure. */
  filled: number;
}

const NOTHING: FillCell = { entry: "", text: false };

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export function fillColumns(choice: FillChoice): FillColumn[] {
  const columns: FillColumn[] = [{ kind: "target", header: `${choice.year}年目标` }];
  if (choice.previousYear) columns.push({ kind: "previous", header: `${choice.year - 1}年目标` });
  if (choice.baseline) columns.push({ kind: "baseline", header: "基期实际数" });
  return columns;
}

/** The figure as a cell: a plain number as a number, anything else exactly as the document prints it. */
function valueCell(fact: Fact): FillCell {
  const { text, value } = fact.figure;
  if (value !== null && String(value) === text) return { entry: value, text: false };
  return { entry: text, text: true };
}

/** The PLAN.* formula of one column, with the unit as the row's name cell or, for 合计, left out. */
function formulaCell(choice: FillChoice, column: FillColumn, unit: string | null): FillCell {
  const region = quoted(choice.region);
  const indicator = quoted(choice.indicator);
  const document = choice.document ? `,${quoted(choice.document)}` : "";
  const unitArgument = unit ?? (document ? '""' : "");
  const unitPart = unitArgument ? `,${unitArgument}` : "";
  if (column.kind === "baseline")
    return { entry: `=PLAN.BASELINE(${region},${indicator}${unitPart}${document})`, text: false };
  const year = column.kind === "target" ? choice.year : choice.year - 1;
  return {
    entry: `=PLAN.TARGET(${region},${indicator},${year}${unitPart}${document})`,
    text: false,
  };
}

function factFor(lookup: FillLookup, choice: FillChoice, column: FillColumn, unit: string | null) {
  const query = {
    region: choice.region,
    indicator: choice.indicator,
    unit,
    document: choice.document ?? null,
  };
  if (column.kind === "baseline") return lookup.baseline(query);
  return lookup.target({
    ...query,
    year: column.kind === "target" ? choice.year : choice.year - 1,
  });
}

/** The catalog row a name means, or null for the whole region; a LookupError lists the candidates. */
function resolveRow(lookup: FillLookup, choice: FillChoice, unit: string | null): UnitRef | null {
  const region = lookup.region(choice.region);
  return lookup.unit(region, lookup.indicator(choice.indicator).id, unit);
}

function problemOf(row: number, name: string, error: unknown): FillProblem {
  if (!(error instanceof LookupError)) throw error;
  const problem = error.problem;
  const candidates = "candidates" in problem ? problem.candidates : [];
  return { row, name, reason: problem.reason, candidates };
}

/**
 * Decides every cell of a fill before anything is written: which rows are units, blanks or totals, the figure or
 * formula of each, and every row that matched no unit or several. Pure: the Excel layer writes what this returns.
 */
export function planFill(lookup: FillLookup, names: NameColumn, choice: FillChoice): FillPlan {
  const columns = fillColumns(choice);
  const rows: FillRow[] = [];
  const problems: FillProblem[] = [];
  // The groups of the units matched since the last 小计: a 小计 under units of two groups has no one meaning.
  let groups = new Set<string | undefined>();
  let filled = 0;
  names.names.forEach((cell, offset) => {
    const row = names.row + offset;
    if (names.hasHeader && offset === 0) return;
    const name = cell === null || cell === undefined ? "" : String(cell).trim();
    const kind = sheetRowKind(cell);
    const blank = { row, kind, name, matched: null, cells: columns.map(() => NOTHING) };
    if (kind === "blank" || (kind !== "name" && choice.totals === "leave")) {
      rows.push(blank);
      return;
    }
    if (kind === "subtotal" && groups.size > 1) {
      const candidates = [...groups].map((group) => groupSubtotalName("小计", group));
      problems.push({ row, name, reason: "ambiguous", candidates });
      rows.push(blank);
      groups = new Set();
      return;
    }
    // A sheet's 小计 stands for the group of the units above it; 合计 for the whole region.
    const [group] = groups;
    const unit =
      kind === "total" ? null : kind === "subtotal" ? groupSubtotalName("小计", group) : name;
    let ref: UnitRef | null;
    try {
      ref = resolveRow(lookup, choice, unit);
    } catch (error) {
      problems.push(problemOf(row, name, error));
      rows.push(blank);
      return;
    }
    if (ref?.kind === "unit") groups.add(ref.group);
    if (kind === "subtotal") groups = new Set();
    const argument =
      kind === "name"
        ? `${columnLetters(names.column)}${row + 1}`
        : unit === null
          ? null
          : quoted(unit);
    const cells = columns.map((column) => {
      try {
        const fact = factFor(lookup, choice, column, unit);
        return choice.output === "values" ? valueCell(fact) : formulaCell(choice, column, argument);
      } catch (error) {
        problems.push({ ...problemOf(row, name, error), column: column.kind });
        return NOTHING;
      }
    });
    rows.push({ row, kind, name, matched: ref?.name ?? name, cells });
    if (cells.some((cell) => cell !== NOTHING)) filled++;
  });
  return { columns, rows, problems, filled };
}
