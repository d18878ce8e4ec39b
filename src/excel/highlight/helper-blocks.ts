import type { Catalog } from "../../core/catalog/catalog";
import { Box, parseAddress } from "../../core/sheet/a1";
import { chartBand } from "../../core/chart/chart-writes";
import type { InsertedBlock } from "../../core/highlight/sheet-targets";
import { copyOf } from "../tables/block-names";
import { HELPER_NAME } from "./highlight-records";

/** A workbook name and the range it refers to. */
export interface NamedBox {
  name: string;
  sheet: string;
  box: Box;
}

/**
 * The range names among the workbook's names, loaded with items/name,items/type,items/value in the same sync as the
 * sheet: a range name's value is its address, so finding inserted tables and helper blocks costs no extra sync.
 */
export function namedBoxes(
  items: readonly { name: string; type: string; value: unknown }[]
): NamedBox[] {
  return items.flatMap((item) => {
    if (item.type !== "Range" || typeof item.value !== "string") return [];
    try {
      const { sheet, box } = parseAddress(item.value.replace(/^=/, ""));
      return [{ name: item.name, sheet, box }];
    } catch {
      // A name over several areas (A1:B2,D1:E2) is not one of ours.
      return [];
    }
  });
}

/** Our helper blocks on the sheet: the user's targets are never read from them. */
export function helperBoxes(names: readonly NamedBox[], sheet: string): Box[] {
  return names
    .filter((named) => named.sheet === sheet && HELPER_NAME.test(named.name))
    .map((named) => named.box);
}

/**
 * How the add-in finds its charts again: a chart is named PLAN_CHART_<region>_<indicator>_<unit>, and its source block
 * carries a worksheet-scoped name of the same text. The name moves with the cells when rows or columns are inserted;
 * being scoped to the sheet, the same unit can be charted on several sheets. Charts of other names (the user's) are
 * never touched.
 */
export const CHART_NAME = /^PLAN_CHART_/i;

/** The bands our charts take on the sheet (source block and the cells under the picture), from their block names. */
export function chartBands(names: readonly NamedBox[], sheet: string): Box[] {
  return names
    .filter((named) => named.sheet === sheet && CHART_NAME.test(named.name))
    .map((named) => chartBand(named.box));
}

/** The official tables of the indicator the pane inserted on the sheet (any copy), known by their PlanBlock_ names. */
export function insertedBlocks(
  catalog: Catalog,
  names: readonly NamedBox[],
  sheet: string,
  indicator: string
): InsertedBlock[] {
  const onSheet = names.filter((named) => named.sheet === sheet);
  return catalog.plans.flatMap((plan) =>
    plan.tables.flatMap((table) => {
      if (table.layout !== "units" || table.indicator !== indicator) return [];
      const key = `${plan.id}/${table.id}`;
      const found = onSheet.find((named) => copyOf(named.name, key) !== null);
      return found ? [{ box: found.box, plan, table }] : [];
    })
  );
}
