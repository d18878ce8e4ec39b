import type { Fact } from "../core/catalog/catalog";
import type { TableDef } from "../core/catalog/plan-types";
import { citeDocument, citeTable } from "../core/catalog/citation";
import { citeWithRegistry } from "../core/registry/cite-registered";
import { installedRegistry } from "../core/registry/workbook-state";
import { parseDate, parseYear } from "../core/progress/dates";
import { planLookup } from "../core/catalog/embedded";
import { LookupError } from "../core/lookup/lookup-error";
import type { Locale } from "../core/i18n/locale";
import { PlanQuery } from "../core/lookup/plan-lookup";
import { paceAt, parsePaceMethod } from "../core/progress/pace";
import { completionRate, STATUS_LABELS, statusOf } from "../core/progress/status";
import { memoized } from "./memoized";

/** A cell argument: Excel passes numbers, strings and booleans; an optional argument left out arrives as null. */
export type CellValue = string | number | boolean | null | undefined;

const TEXT_EXPECTED = { zh: "文字（名称）", en: "text (a name)" };
const NUMBER_EXPECTED = { zh: "数字", en: "a number" };

function text(value: CellValue, subject: "region" | "indicator" | "unit" | "document"): string {
  if (typeof value === "string" && value.trim() !== "") return value;
  if (typeof value === "number" && subject === "document") return String(value);
  throw new LookupError({
    reason: "invalid",
    subject,
    query: String(value ?? ""),
    expected: TEXT_EXPECTED,
  });
}

function optionalText(value: CellValue, subject: "unit" | "document"): string | null {
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === ""))
    return null;
  return text(value, subject);
}

/**
 * A number as a cell holds it, or decimal text ("80", " 1.5e3 ", "８０"). Not hexadecimal, octal or binary text:
 * JavaScript's Number("0x64") is 100, but no sheet means 100 by "0x64". Long text is refused before any matching.
 */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const MAX_NUMBER_TEXT = 40;

function number(value: CellValue): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.length <= MAX_NUMBER_TEXT) {
    const text = value.normalize("NFKC").trim();
    if (DECIMAL.test(text) && Number.isFinite(Number(text))) return Number(text);
  }
  throw new LookupError({
    reason: "invalid",
    subject: "number",
    query: String(value ?? ""),
    expected: NUMBER_EXPECTED,
  });
}

function query(
  region: CellValue,
  indicator: CellValue,
  unit: CellValue,
  document: CellValue
): PlanQuery {
  return {
    region: text(region, "region"),
    indicator: text(indicator, "indicator"),
    unit: optionalText(unit, "unit"),
    document: optionalText(document, "document"),
  };
}

/** The number a fact stands for; "/" and "-" have none, and saying so beats returning 0. */
function valueOf(fact: Fact): number {
  if (fact.figure.value === null) {
    throw new LookupError({
      reason: "no-data",
      subject: "number",
      query: fact.figure.text,
      what: "figure",
    });
  }
  return fact.figure.value;
}

function targetFact(
  region: CellValue,
  indicator: CellValue,
  year: CellValue,
  unit: CellValue,
  document: CellValue
): Fact {
  return planLookup().target({
    region: text(region, "region"),
    indicator: text(indicator, "indicator"),
    unit: optionalText(unit, "unit"),
    document: optionalText(document, "document"),
    year: parseYear(year),
  });
}

export function target(
  region: CellValue,
  indicator: CellValue,
  year: CellValue,
  unit: CellValue,
  document: CellValue
): number {
  return valueOf(targetFact(region, indicator, year, unit, document));
}

export function baseline(
  region: CellValue,
  indicator: CellValue,
  unit: CellValue,
  document: CellValue
): number {
  return valueOf(planLookup().baseline(query(region, indicator, unit, document)));
}

/** Each slot's two rows built once: the lookup hands out the same list of targets for a slot every time. */
const yearRows = new WeakMap<readonly Fact[], number[][]>();

export function targets(
  region: CellValue,
  indicator: CellValue,
  unit: CellValue,
  document: CellValue
): number[][] {
  const facts = planLookup().targets(query(region, indicator, unit, document));
  return memoized(yearRows, facts, () => [
    facts.map((fact) => fact.year as number),
    facts.map(valueOf),
  ]);
}

function cellOf(text: string, numeric: boolean): string | number {
  if (!numeric) return text.replace(/\n/g, "");
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

/** Each table spilled once: the published table never changes, and spilling it is the costly part of TABLE. */
const spilled = new WeakMap<TableDef, (string | number)[][]>();

function spill(found: TableDef): (string | number)[][] {
  const numeric = found.columns.map(
    (column) => column.role === "target" || column.role === "actual"
  );
  return [
    found.columns.map((column) => cellOf(column.label, false)),
    ...found.rows.map((row) => row.cells.map((cell, index) => cellOf(cell, numeric[index]))),
  ];
}

export function table(
  region: CellValue,
  indicator: CellValue,
  document: CellValue
): (string | number)[][] {
  const found = planLookup().table(query(region, indicator, null, document)).table;
  return memoized(spilled, found, () => spill(found));
}

/** Each table's unit column spilled once, as for TABLE. */
const unitColumns = new WeakMap<TableDef, string[][]>();

export function units(region: CellValue, indicator: CellValue, document: CellValue): string[][] {
  const lookup = planLookup();
  const asked = query(region, indicator, null, document);
  return memoized(unitColumns, lookup.table(asked).table, () =>
    lookup.unitNames(asked).map((name) => [name])
  );
}

function paceFigure(
  region: CellValue,
  indicator: CellValue,
  date: CellValue,
  unit: CellValue,
  method: CellValue,
  document: CellValue
): { pace: number; target: number } {
  const lookup = planLookup();
  const when = parseDate(date);
  const chosen = parsePaceMethod(method);
  const fact = lookup.target({
    region: text(region, "region"),
    indicator: text(indicator, "indicator"),
    unit: optionalText(unit, "unit"),
    document: optionalText(document, "document"),
    year: when.year,
  });
  const goal = valueOf(fact);
  // The year-end from the fact itself: the names are resolved once per call, not twice.
  const start = chosen === "increment" ? valueOf(lookup.yearEndBefore(fact)) : null;
  return { pace: paceAt(chosen, when, goal, start), target: goal };
}

export function pace(
  region: CellValue,
  indicator: CellValue,
  date: CellValue,
  unit: CellValue,
  method: CellValue,
  document: CellValue
): number {
  return paceFigure(region, indicator, date, unit, method, document).pace;
}

export function rate(
  actual: CellValue,
  region: CellValue,
  indicator: CellValue,
  year: CellValue,
  unit: CellValue,
  document: CellValue
): number {
  const actualValue = number(actual);
  return completionRate(actualValue, target(region, indicator, year, unit, document));
}

export function status(
  actual: CellValue,
  region: CellValue,
  indicator: CellValue,
  date: CellValue,
  unit: CellValue,
  document: CellValue,
  locale: Locale
): string {
  const actualValue = number(actual);
  const figures = paceFigure(region, indicator, date, unit, null, document);
  return STATUS_LABELS[statusOf(actualValue, figures.target, figures.pace)][locale];
}

export function source(
  region: CellValue,
  indicator: CellValue,
  year: CellValue,
  unit: CellValue,
  document: CellValue,
  locale: Locale
): string {
  if (year !== null && year !== undefined && year !== "") {
    return citeWithRegistry(
      targetFact(region, indicator, year, unit, document),
      installedRegistry(),
      locale
    );
  }
  const lookup = planLookup();
  const asked = query(region, indicator, unit, document);
  if (!asked.unit) {
    try {
      const { plan, table: found } = lookup.table(asked);
      const cited = citeDocument(plan, locale, lookup.catalog.isRegistered(plan));
      return `${cited}${locale === "zh" ? "" : ", "}${citeTable(found)}`;
    } catch (error) {
      if (!(error instanceof LookupError)) throw error;
    }
  }
  return citeWithRegistry(lookup.leadingTarget(asked), installedRegistry(), locale);
}
