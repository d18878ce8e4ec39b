import type { IndicatorDef, PlanDocument } from "../catalog/plan-types";
import type { Catalog, UnitRef } from "../catalog/catalog";
import { documentArgument, groupSubtotalAlias, groupSubtotalName } from "../catalog/naming";
import { LookupError } from "./lookup-error";
import { NameIndex, Named } from "./name-index";
import { normalizeName } from "./text";

/** Words that mean the whole region rather than one unit of it. */
const WHOLE_REGION = new Set(
  ["合计", "总计", "全区", "全县", "全区合计", "全县合计"].map(normalizeName)
);

const SUFFIX = /(区|县)$/;

function subtotalLabel(unit: UnitRef): string {
  return unit.group ? groupSubtotalName(unit.name, unit.group) : unit.name;
}

/** Turns the names staff type (district, indicator, document, unit) into the catalog's own, or a LookupError. */
export class NameResolver {
  private readonly regionIndex: NameIndex<string>;
  private readonly indicatorIndex: NameIndex<IndicatorDef>;
  private readonly documentIndexes = new Map<string, NameIndex<PlanDocument>>();
  private readonly unitIndexes = new Map<string, NameIndex<UnitRef>>();

  constructor(readonly catalog: Catalog) {
    this.regionIndex = new NameIndex(
      "region",
      catalog.regions.map((region) => ({
        item: region,
        display: region,
        names: [region, region.replace(SUFFIX, "")],
      }))
    );
    this.indicatorIndex = new NameIndex(
      "indicator",
      catalog.indicators.map((indicator) => ({
        item: indicator,
        display: indicator.zh,
        names: [indicator.zh, indicator.en, indicator.id, ...indicator.aliases],
      }))
    );
  }

  region(query: string): string {
    return this.regionIndex.resolve(query);
  }

  indicator(query: string): IndicatorDef {
    return this.indicatorIndex.resolve(query);
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
          ...(plan.docNumber
            ? [plan.docNumber, plan.docNumber.replace(/[〔〕[\]()（）【】]/g, "")]
            : []),
        ],
      }));
      index = new NameIndex("document", choices);
      this.documentIndexes.set(region, index);
    }
    try {
      return index.resolve(query.replace(/[〔〕[\]()（）【】]/g, ""));
    } catch (error) {
      // The message quotes the document as typed, brackets and all.
      if (error instanceof LookupError) throw new LookupError({ ...error.problem, query });
      throw error;
    }
  }

  /** The unit a name stands for, or null for the whole region (blank, 合计, 全区). */
  unit(region: string, indicator: string, query: string | null | undefined): UnitRef | null {
    if (
      query === null ||
      query === undefined ||
      WHOLE_REGION.has(normalizeName(query)) ||
      normalizeName(query) === ""
    ) {
      return null;
    }
    const key = `${region}|${indicator}`;
    let index = this.unitIndexes.get(key);
    if (!index) {
      const units = this.catalog.unitsOf(region, indicator);
      index = new NameIndex(
        "unit",
        units.map((unit) => ({
          item: unit,
          display: unitDisplay(unit, units),
          names: unitNames(unit, units),
        }))
      );
      this.unitIndexes.set(key, index);
    }
    return index.resolve(query);
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
