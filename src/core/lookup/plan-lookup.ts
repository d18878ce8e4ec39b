import type { PlanDocument, TableDef } from "../catalog/plan-types";
import { Catalog, Fact, REGION_SLOT } from "../catalog/catalog";
import { formatProblem } from "../validation/data-checker";
import { checkRegisteredPlans } from "../catalog/registered-plans";
import { LookupError } from "./lookup-error";
import { NameResolver, NO_ALIASES, ResolvedAliases } from "./name-resolver";
import { rowName } from "../catalog/naming";
import { resolveAliases } from "./workbook-aliases";
import { absentFacts, absentTable, Slot } from "./absent";
import type { WorkbookData, WorkbookProblem } from "./workbook";

/** What staff give a lookup: names as they type them. Optional arguments are null or absent. */
export interface PlanQuery {
  region: string;
  indicator: string;
  unit?: string | null;
  document?: string | null;
}

export interface YearQuery extends PlanQuery {
  year: number;
}

/** A breakdown table located for a region and indicator. */
export interface LocatedTable {
  plan: PlanDocument;
  table: TableDef;
}

/**
 * Answers the questions a submission sheet asks of the catalog, by the names staff type.
 * The default precedence between documents is the newest document (by date of issue; undated ones last);
 * a document named by its number, or by its catalog id, is used alone.
 */
export class PlanLookup extends NameResolver {
  private readonly tables = new Map<string, LocatedTable | null>();
  /** Each slot's yearly targets, found once: keyed by the catalog's own names, so bounded by the catalog's size. */
  private readonly yearly = new Map<string, readonly Fact[]>();

  constructor(
    catalog: Catalog,
    aliases: ResolvedAliases = NO_ALIASES,
    /** What of the workbook's data `withWorkbook` set aside, and why. */
    readonly workbookProblems: readonly WorkbookProblem[] = []
  ) {
    super(catalog, aliases);
  }

  /**
   * A new lookup over the official documents plus the workbook's registered plans, that also understands the
   * workbook's aliases; this one is unchanged. Registered plans come after every official document, so they answer
   * only where no official figure exists or when named by their 文号 or id. Whatever cannot be used (an alias whose
   * names do not resolve or that would redefine a real name, a plan that fails validation or reuses an official
   * id or 文号) is left out and listed in `workbookProblems`. Calling it again replaces the previous workbook data.
   */
  withWorkbook(data: WorkbookData): PlanLookup {
    const checked = checkRegisteredPlans(this.catalog, data.plans ?? []);
    const catalog = this.catalog.withRegistered(checked.plans);
    const resolved = resolveAliases(new NameResolver(catalog), data.aliases ?? []);
    const planProblems: WorkbookProblem[] = checked.problems.map((problem) => ({
      kind: "plan",
      where: problem.file,
      message: { zh: formatProblem(problem), en: formatProblem(problem) },
    }));
    return new PlanLookup(catalog, resolved.aliases, [...planProblems, ...resolved.problems]);
  }

  /** The target for a year: a unit's row, or for the whole region the 合计, an indicator row, or the text's target. */
  target(query: YearQuery): Fact {
    // The common case in one pass over the slot, without lists: a sheet asks this for every cell.
    const slot = this.slot(query);
    for (const fact of slot.facts) {
      if (fact.year === query.year && wanted(fact, "target", slot.plan)) return fact;
    }
    const facts = this.facts(query, "target");
    const found = facts.find((fact) => fact.year === query.year);
    if (found) return found;
    const years = yearsOf(facts);
    if (years.length === 0) throw undated(query);
    throw new LookupError({
      reason: "no-year",
      subject: "year",
      query: String(query.year),
      years,
    });
  }

  /** The base-year actual (2022年实际数, 2020年完成值): the latest one of the document that takes precedence. */
  baseline(query: PlanQuery): Fact {
    const facts = this.facts(query, "actual");
    const plan = facts[0].plan;
    return facts
      .filter((fact) => fact.plan === plan)
      .reduce((latest, fact) => ((fact.year ?? 0) > (latest.year ?? 0) ? fact : latest));
  }

  /** Every year's target from the one document that takes precedence, in year order: the same list each time. */
  targets(query: PlanQuery): readonly Fact[] {
    const slot = this.slot(query);
    const key = `${slot.region}\u0001${slot.indicator}\u0001${slot.unit?.key ?? ""}\u0001${slot.plan?.id ?? ""}`;
    const known = this.yearly.get(key);
    if (known) return known;
    const facts = this.factsIn(slot, query, "target").filter((fact) => fact.year !== null);
    const plan = facts[0]?.plan;
    const byYear = new Map<number, Fact>();
    for (const fact of facts) {
      if (fact.plan === plan && !byYear.has(fact.year as number))
        byYear.set(fact.year as number, fact);
    }
    if (byYear.size === 0) throw undated(query);
    const found = [...byYear.values()].sort((a, b) => (a.year as number) - (b.year as number));
    this.yearly.set(key, found);
    return found;
  }

  /** The target that takes precedence whatever its year (a yearless one included): what a citation points to. */
  leadingTarget(query: PlanQuery): Fact {
    return this.facts(query, "target")[0];
  }

  /** The figure a year starts from: last year's target, else last year's actual, from the same document. */
  previousYearEnd(query: YearQuery, plan: PlanDocument): Fact {
    return yearEndIn(this.slot(query).facts, plan, query.year - 1);
  }

  /** The figure `fact`'s year starts from, in its own document and slot: no name is resolved again. */
  yearEndBefore(fact: Fact): Fact {
    const slot = this.catalog.factsAt(
      fact.region,
      fact.indicator,
      fact.unit ? fact.unit.key : REGION_SLOT
    );
    return yearEndIn(slot, fact.plan, (fact.year as number) - 1);
  }

  /** The table holding an indicator's figures for a region: a breakdown table by unit first, else an indicator table. */
  table(query: PlanQuery): LocatedTable {
    const region = this.region(query.region);
    const indicator = this.indicator(query.indicator, region).id;
    const named = query.document ? this.document(region, query.document) : null;
    // Found once per region, indicator and document: a bounded set, since all three are the catalog's own.
    const key = `${region}\u0001${indicator}\u0001${named?.id ?? ""}`;
    let located = this.tables.get(key);
    if (located === undefined) {
      located = locateTable(named ? [named] : this.catalog.plansOf(region), indicator);
      this.tables.set(key, located);
    }
    if (located) return located;
    const plans = named ? [named] : this.catalog.plansOf(region);
    throw absentTable(this.catalog, query, region, plans, "table");
  }

  /** The unit rows' names of the breakdown table, in the document's order. */
  unitNames(query: PlanQuery): string[] {
    const { plan, table } = this.table(query);
    if (table.layout !== "units") {
      const region = this.region(query.region);
      const plans = query.document ? [plan] : this.catalog.plansOf(region);
      throw absentTable(this.catalog, query, region, plans, "unit-table");
    }
    return table.rows.filter((row) => row.kind === "unit").map((row) => rowName(table, row));
  }

  /** Facts of one kind for the query's slot, in precedence order; an error says which name or document failed. */
  private facts(query: PlanQuery, kind: Fact["kind"]): Fact[] {
    return this.factsIn(this.slot(query), query, kind);
  }

  private factsIn(slot: Slot, query: PlanQuery, kind: Fact["kind"]): Fact[] {
    const facts = slot.facts.filter((fact) => wanted(fact, kind, slot.plan));
    if (facts.length > 0) return facts;
    throw absentFacts(this.catalog, query, slot, kind);
  }

  /** The query's names resolved once: region, indicator, document and unit, and the facts of that slot. */
  private slot(query: PlanQuery): Slot {
    const region = this.region(query.region);
    const indicator = this.indicator(query.indicator, region).id;
    const plan = query.document ? this.document(region, query.document) : null;
    const unit = this.unit(region, indicator, query.unit);
    const facts = this.catalog.factsAt(region, indicator, unit ? unit.key : REGION_SLOT);
    return { region, indicator, plan, unit, facts };
  }
}

/** The targets of the query exist but none has a year. */
function undated(query: PlanQuery): LookupError {
  return new LookupError({
    reason: "no-data",
    subject: "indicator",
    query: query.indicator,
    what: "dated",
  });
}

function locateTable(plans: readonly PlanDocument[], indicator: string): LocatedTable | null {
  for (const layout of ["units", "indicators"] as const) {
    for (const plan of plans) {
      const table = plan.tables.find(
        (candidate) =>
          candidate.layout === layout &&
          (candidate.indicator === indicator ||
            candidate.rows.some((row) => row.indicator === indicator))
      );
      if (table) return { plan, table };
    }
  }
  return null;
}

function wanted(fact: Fact, kind: Fact["kind"], plan: PlanDocument | null): boolean {
  return fact.kind === kind && (plan === null || fact.plan === plan);
}

/** Last year's target, else last year's actual, of one document among a slot's facts. */
function yearEndIn(facts: readonly Fact[], plan: PlanDocument, year: number): Fact {
  let actual: Fact | undefined;
  for (const fact of facts) {
    if (fact.plan !== plan || fact.year !== year) continue;
    if (fact.kind === "target") {
      if (fact.figure.value !== null) return fact;
      actual = undefined;
      break;
    }
    actual ??= fact;
  }
  if (actual && actual.figure.value !== null) return actual;
  throw new LookupError({
    reason: "no-data",
    subject: "year",
    query: String(year),
    what: "previous",
  });
}

function yearsOf(facts: readonly Fact[]): number[] {
  return [
    ...new Set(facts.map((fact) => fact.year).filter((year): year is number => year !== null)),
  ].sort();
}
