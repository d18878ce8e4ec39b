import type { IndicatorDef, PlanDocument } from "../catalog/plan-types";
import type { Catalog, UnitRef } from "../catalog/catalog";
import { documentArgument, groupSubtotalAlias, groupSubtotalName } from "../catalog/naming";
import { LookupError } from "./lookup-error";
import { IndexAlias, NameIndex, Named } from "./name-index";
import { MAX_NAME_LENGTH, normalizeName } from "./text";

/** Words that mean the whole region rather than one unit of it. */
const WHOLE_REGION_NAMES = new Set(
  ["合计", "总计", "全区", "全县", "全区合计", "全县合计"].map(normalizeName)
);

const SUFFIX = /(区|县)$/;
const BRACKETS = /[〔〕[\]()（）【】]/g;

/** The workbook's aliases, with their region and indicator already resolved to the catalog's own names and ids. */
export interface ResolvedAliases {
  regions: readonly IndexAlias[];
  /** By region. */
  indicators: ReadonlyMap<string, readonly IndexAlias[]>;
  /** By region; `indicator` null: for every indicator of the region. */
  units: ReadonlyMap<string, readonly (IndexAlias & { indicator: string | null })[]>;
}

export const NO_ALIASES: ResolvedAliases = { regions: [], indicators: new Map(), units: new Map() };

function subtotalLabel(unit: UnitRef): string {
  return unit.group ? groupSubtotalName(unit.name, unit.group) : unit.name;
}

/** Turns the names staff type (district, indicator, document, unit) into the catalog's own, or a LookupError. */
export class NameResolver {
  private readonly regionIndex: NameIndex<string>;
  private readonly indicatorIndexes = new Map<string, NameIndex<IndicatorDef>>();
  private readonly documentIndexes = new Map<string, NameIndex<PlanDocument>>();
  /** By region, then indicator: two map accesses, no key to build, on every call. */
  private readonly unitIndexes = new Map<string, Map<string, NameIndex<UnitRef>>>();

  constructor(
    readonly catalog: Catalog,
    readonly aliases: ResolvedAliases = NO_ALIASES
  ) {
    this.regionIndex = new NameIndex(
      "region",
      catalog.regions.map((region) => ({
        item: region,
        display: region,
        names: [region, region.replace(SUFFIX, "")],
      })),
      { aliases: aliases.regions }
    );
  }

  region(query: string): string {
    return this.regionIndex.resolve(query);
  }

  /** Whether the text is exactly a region's name (江北区, 江北), not a short form or a guess. */
  isRegionName(query: string): boolean {
    return this.regionIndex.isExactName(query);
  }

  /** Whether the text is exactly one of an indicator's names. */
  isIndicatorName(query: string): boolean {
    return this.indicatorIndex("").isExactName(query);
  }

  /** An indicator by any of its names; within `region`, the names the workbook taught for that region too. */
  indicator(query: string, region?: string): IndicatorDef {
    const taught = region !== undefined && this.aliases.indicators.has(region);
    return this.indicatorIndex(taught ? (region as string) : "").resolve(query);
  }

  /**
   * The indicator names, with those taught for `region` ("" for none): listed names only, since an indicator's name is
   * a phrase that a missing or added word changes (高新技术企 is not 高新技术企业, nor 新引进高新技术企业 one of them).
   */
  private indicatorIndex(region: string): NameIndex<IndicatorDef> {
    let index = this.indicatorIndexes.get(region);
    if (!index) {
      index = new NameIndex(
        "indicator",
        this.catalog.indicators.map((indicator) => ({
          item: indicator,
          display: indicator.zh,
          names: [indicator.zh, indicator.en, indicator.id, ...indicator.aliases],
        })),
        { aliases: this.aliases.indicators.get(region), listedOnly: true }
      );
      this.indicatorIndexes.set(region, index);
    }
    return index;
  }

  /** A document of the region, by 文号 (any bracket style: 〔2023〕, [2023], (2023)) or catalog id. */
  document(region: string, query: string): PlanDocument {
    let index = this.documentIndexes.get(region);
    if (!index) {
      const choices: Named<PlanDocument>[] = this.catalog.plansOf(region).map((plan) => ({
        item: plan,
        display: documentArgument(plan),
        names: [
          plan.id,
          ...(plan.docNumber ? [plan.docNumber, plan.docNumber.replace(BRACKETS, "")] : []),
        ],
      }));
      index = new NameIndex("document", choices);
      this.documentIndexes.set(region, index);
    }
    try {
      return index.resolve(query.replace(BRACKETS, ""));
    } catch (error) {
      // The message quotes the document as typed, brackets and all.
      if (error instanceof LookupError) throw new LookupError({ ...error.problem, query });
      throw error;
    }
  }

  /** The unit a name stands for, or null for the whole region (blank, 合计, 全区). */
  unit(region: string, indicator: string, query: string | null | undefined): UnitRef | null {
    if (query === null || query === undefined) return null;
    const index = this.unitIndex(region, indicator);
    // The common case, a unit's name as printed, is one map access before any normalizing.
    const printed = index.printed(query);
    if (printed !== undefined) return printed;
    if (query.length <= MAX_NAME_LENGTH) {
      const typed = normalizeName(query);
      if (typed === "" || WHOLE_REGION_NAMES.has(typed)) return null;
    }
    return index.resolve(query);
  }

  /** The unit rows of a region's tables for an indicator, as a name index (built on first use). */
  unitIndex(region: string, indicator: string): NameIndex<UnitRef> {
    let byIndicator = this.unitIndexes.get(region);
    if (!byIndicator) {
      byIndicator = new Map();
      this.unitIndexes.set(region, byIndicator);
    }
    let index = byIndicator.get(indicator);
    if (!index) {
      const units = this.catalog.unitsOf(region, indicator);
      const aliases = (this.aliases.units.get(region) ?? []).filter(
        (alias) => alias.indicator === null || alias.indicator === indicator
      );
      const short = region.replace(SUFFIX, "");
      index = new NameIndex(
        "unit",
        units.map((unit) => ({
          item: unit,
          display: unitDisplay(unit, units),
          names: unitNames(unit, units),
        })),
        { prefixes: short === region ? [region] : [region, short], aliases }
      );
      byIndicator.set(indicator, index);
    }
    return index;
  }
}

/** How a row is shown in messages: a group's 小计 with its group and span when the table has several groups. */
export function unitDisplay(unit: UnitRef, units: readonly UnitRef[]): string {
  if (!isGroupSubtotal(unit, units)) return unit.name;
  const members = units.filter((other) => other.kind === "unit" && other.group === unit.group);
  const span =
    members.length > 0 ? `（${members[0].name}…${members[members.length - 1].name}）` : "";
  return `${subtotalLabel(unit)}${span}`;
}

/** The names a row answers to: a group's 小计 by 小计1 or 第1组小计, since 小计 alone names several rows. */
function unitNames(unit: UnitRef, units: readonly UnitRef[]): string[] {
  if (!isGroupSubtotal(unit, units)) return [unit.name];
  return [subtotalLabel(unit), groupSubtotalAlias(unit.group)];
}

function isGroupSubtotal(unit: UnitRef, units: readonly UnitRef[]): boolean {
  return unit.kind === "subtotal" && units.filter((other) => other.kind === "subtotal").length > 1;
}
