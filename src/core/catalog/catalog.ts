import type {
  HeadlineDef,
  IndicatorDef,
  PlanDocument,
  RowDef,
  RowKind,
  TableDef,
} from "./plan-types";
import { Figure, parseFigure } from "./figure";
import { normalizeName } from "../lookup/text";
import { groupSubtotalName, rowName } from "./naming";

/** A row of a breakdown table that can be looked up by name: a unit, a group's 小计, or a reference row. */
export interface UnitRef {
  /** The name cell as published ("观音桥街道", "小计", "市级下达目标"). */
  name: string;
  /** The key a lookup matches: the normalized name, or 小计<group> for a group's subtotal. */
  key: string;
  kind: RowKind;
  group?: string;
}

/** One figure of the catalog, with everything needed to cite it. */
export interface Fact {
  plan: PlanDocument;
  /** The table it stands in, or null for a target stated in the text. */
  table: TableDef | null;
  headline: HeadlineDef | null;
  /** Row and column index in the table, or null for a headline. */
  row: number | null;
  column: number | null;
  region: string;
  indicator: string;
  /** The unit it belongs to, or null for the whole region (合计, indicator tables, headlines). */
  unit: UnitRef | null;
  rowKind: RowKind | "headline";
  year: number | null;
  kind: "target" | "actual";
  figure: Figure;
  measure: string;
}

/** Key of the slot that holds whole-region figures; unit slots use the unit's key. */
export const REGION_SLOT = "*";

const NONE: readonly Fact[] = [];

/**
 * Within one document, which figure speaks for the whole region: the breakdown table's 合计 first, then a row of
 * an indicator table, then the target stated in the text. Unit rows each have their own slot.
 */
const RANK: Record<RowKind | "headline", number> = {
  total: 0,
  unit: 0,
  subtotal: 0,
  reference: 0,
  item: 0,
  indicator: 1,
  headline: 2,
};

function newestFirst(a: PlanDocument, b: PlanDocument): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id < b.id ? -1 : 1;
}

function unitOf(row: RowDef, name: string): UnitRef | null {
  switch (row.kind) {
    case "unit":
    case "reference":
      return {
        name,
        key: normalizeName(name),
        kind: row.kind,
        ...(row.group ? { group: row.group } : {}),
      };
    case "subtotal":
      return {
        name,
        key: normalizeName(groupSubtotalName(name, row.group)),
        kind: row.kind,
        ...(row.group ? { group: row.group } : {}),
      };
    default:
      return null;
  }
}

/**
 * The loaded, indexed catalog. Lookups by region, indicator and unit are one map access each.
 * Plans a user registered in a workbook come after every official document, whatever their date: a registered
 * figure answers only where no official document gives one, or when its document is named.
 */
export class Catalog {
  readonly indicators: readonly IndicatorDef[];
  /** Official documents newest first, then registered ones newest first: the default precedence. */
  readonly plans: readonly PlanDocument[];
  readonly regions: readonly string[];
  readonly factCount: number;
  /** By region, indicator and slot: three map accesses, no key to build, on every lookup. */
  private readonly facts = new Map<string, Map<string, Map<string, Fact[]>>>();
  private readonly units = new Map<string, UnitRef[]>();
  private readonly indicatorIds = new Map<string, IndicatorDef>();
  private readonly registered: ReadonlySet<PlanDocument>;

  constructor(
    indicators: readonly IndicatorDef[],
    plans: readonly PlanDocument[],
    registered: readonly PlanDocument[] = []
  ) {
    this.indicators = indicators;
    for (const indicator of indicators) this.indicatorIds.set(indicator.id, indicator);
    this.registered = new Set(registered);
    this.plans = [...[...plans].sort(newestFirst), ...[...registered].sort(newestFirst)];
    this.regions = [...new Set(this.plans.map((plan) => plan.region))];
    let count = 0;
    for (const plan of this.plans) {
      for (const headline of plan.headlines) count += this.addHeadline(plan, headline);
      for (const table of plan.tables) count += this.addTable(plan, table);
    }
    this.factCount = count;
    const order = new Map(this.plans.map((plan, index) => [plan, index]));
    for (const list of this.allLists()) {
      list.sort(
        (a, b) =>
          (order.get(a.plan) as number) - (order.get(b.plan) as number) ||
          RANK[a.rowKind] - RANK[b.rowKind]
      );
    }
  }

  /** The official documents alone, without any registered plan. */
  get officialPlans(): PlanDocument[] {
    return this.plans.filter((plan) => !this.registered.has(plan));
  }

  /** Whether a document is a plan registered in the user's workbook rather than an official one. */
  isRegistered(plan: PlanDocument): boolean {
    return this.registered.has(plan);
  }

  /** The same official documents with another set of registered plans (none to drop them all). */
  withRegistered(registered: readonly PlanDocument[]): Catalog {
    return new Catalog(this.indicators, this.officialPlans, registered);
  }

  indicator(id: string): IndicatorDef {
    const indicator = this.indicatorIds.get(id);
    if (!indicator) throw new Error(`unknown indicator id ${id}`);
    return indicator;
  }

  /** Every figure for a region, indicator and slot (a unit key, or REGION_SLOT), in document precedence. */
  factsAt(region: string, indicator: string, slot: string): readonly Fact[] {
    return this.facts.get(region)?.get(indicator)?.get(slot) ?? NONE;
  }

  /** The named rows of the region's breakdown tables for an indicator, newest document first, each key once. */
  unitsOf(region: string, indicator: string): readonly UnitRef[] {
    return this.units.get(`${region}|${indicator}`) ?? [];
  }

  plansOf(region: string): PlanDocument[] {
    return this.plans.filter((plan) => plan.region === region);
  }

  /** Every fact, in document precedence; for exports and audits, not for lookups. */
  allFacts(): Fact[] {
    return this.allLists().flat();
  }

  private allLists(): Fact[][] {
    return [...this.facts.values()].flatMap((byIndicator) =>
      [...byIndicator.values()].flatMap((bySlot) => [...bySlot.values()])
    );
  }

  private add(fact: Fact): number {
    const slot = fact.unit ? fact.unit.key : REGION_SLOT;
    const byIndicator = this.facts.get(fact.region) ?? new Map<string, Map<string, Fact[]>>();
    this.facts.set(fact.region, byIndicator);
    const bySlot = byIndicator.get(fact.indicator) ?? new Map<string, Fact[]>();
    byIndicator.set(fact.indicator, bySlot);
    const list = bySlot.get(slot);
    if (list) list.push(fact);
    else bySlot.set(slot, [fact]);
    return 1;
  }

  private addUnit(region: string, indicator: string, unit: UnitRef): void {
    const key = `${region}|${indicator}`;
    const list = this.units.get(key) ?? [];
    if (!list.some((known) => known.key === unit.key)) list.push(unit);
    this.units.set(key, list);
  }

  private addHeadline(plan: PlanDocument, headline: HeadlineDef): number {
    return this.add({
      plan,
      table: null,
      headline,
      row: null,
      column: null,
      region: plan.region,
      indicator: headline.indicator,
      unit: null,
      rowKind: "headline",
      year: headline.year,
      kind: "target",
      figure: parseFigure(headline.value) as Figure,
      measure: headline.measure,
    });
  }

  private addTable(plan: PlanDocument, table: TableDef): number {
    if (table.layout === "text") return 0;
    const measureColumn = table.columns.findIndex((column) => column.role === "measure");
    let count = 0;
    table.rows.forEach((row, rowIndex) => {
      const indicator =
        table.layout === "units" ? (table.indicator as string) : (row.indicator as string);
      const unit = unitOf(row, rowName(table, row));
      if (unit) this.addUnit(plan.region, indicator, unit);
      const measure =
        (measureColumn >= 0 ? row.cells[measureColumn] : (row.measure ?? table.measure)) ?? "";
      table.columns.forEach((column, columnIndex) => {
        if (column.role !== "target" && column.role !== "actual") return;
        count += this.add({
          plan,
          table,
          headline: null,
          row: rowIndex,
          column: columnIndex,
          region: plan.region,
          indicator,
          unit,
          rowKind: row.kind,
          year: column.year as number,
          kind: column.role,
          figure: parseFigure(row.cells[columnIndex]) as Figure,
          measure,
        });
      });
    });
    return count;
  }
}
