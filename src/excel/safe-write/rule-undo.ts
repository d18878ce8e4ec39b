import { boxA1 } from "../../core/sheet/a1";
import type { BeforeState, CellArea, FrozenPart, UndoPart } from "./before-state";

/** A conditional format the action deletes, described well enough to be added back. */
export interface RemovedRule extends CellArea {
  id: string;
  formula: string;
  fill: string | null;
  font: string | null;
}

/**
 * The conditional formats an action adds or deletes (highlighting; range.conditionalFormats is ExcelApi 1.6). An undo
 * deletes the rules that were not there before and adds back those the action deleted on purpose.
 */
class RuleWatch implements UndoPart {
  readonly lists: (CellArea & { list: Excel.ConditionalFormatCollection })[] = [];
  readonly removed: RemovedRule[] = [];

  snapshot(): FrozenPart {
    const areas = this.lists.map(({ sheet, box, list }) => ({
      sheet,
      box,
      ids: list.items.map((rule) => rule.id),
    }));
    const removed = [...this.removed];
    const before = new Set(areas.flatMap(({ ids }) => ids));
    return {
      readNow: (context) => {
        const range = (area: CellArea) =>
          context.workbook.worksheets.getItem(area.sheet).getRange(boxA1(area.box));
        const lists = areas.map((area) => range(area).conditionalFormats.load("items/id"));
        return () => {
          const now = new Set(lists.flatMap((list) => list.items.map((rule) => rule.id)));
          for (const list of lists)
            for (const rule of list.items) if (!before.has(rule.id)) rule.delete();
          for (const rule of removed) {
            if (now.has(rule.id)) continue;
            const format = range(rule).conditionalFormats.add("Custom");
            format.custom.rule.formula = rule.formula;
            if (rule.fill) format.custom.format.fill.color = rule.fill;
            if (rule.font) format.custom.format.font.color = rule.font;
          }
        };
      },
    };
  }
}

function watchOf(before: BeforeState): RuleWatch {
  const found = before.parts.find((part): part is RuleWatch => part instanceof RuleWatch);
  if (found) return found;
  const watch = new RuleWatch();
  before.parts.push(watch);
  return watch;
}

/** Queues the read of the conditional formats on `box`, where the action adds or deletes rules. */
export function watchRules(
  before: BeforeState,
  worksheet: Excel.Worksheet,
  sheet: string,
  box: CellArea["box"]
): void {
  const list = worksheet.getRange(boxA1(box)).conditionalFormats.load("items/id");
  watchOf(before).lists.push({ sheet, box, list });
}

/** Rules the action deletes on purpose: an undo adds them back. */
export function rulesRemoved(before: BeforeState, rules: readonly RemovedRule[]): void {
  watchOf(before).removed.push(...rules);
}
