import { paletteFor, Swatch } from "../highlight/palette";
import type { ConditionalRule } from "../presentation/sheet-spec";
import type { Box } from "../presentation/sheet-presentation";
import { columnLetters } from "../sheet/a1";
import { STATUS_WORDS } from "./submission-formulas";
import type { SubmissionRequest } from "./submission-request";

/* Excel's own good, neutral and bad styles: the 红黄绿 every bureau reads at a glance. */
const GREEN: Swatch = { fill: "#C6EFCE", font: "#006100" };
const YELLOW: Swatch = { fill: "#FFEB9C", font: "#9C5700" };
const RED: Swatch = { fill: "#FFC7CE", font: "#9C0006" };

function levels(scheme: SubmissionRequest["scheme"]): { words: string[]; swatch: Swatch }[] {
  if (scheme === "traffic")
    return [
      { words: [STATUS_WORDS.met, STATUS_WORDS.onPace], swatch: GREEN },
      { words: [STATUS_WORDS.behind], swatch: YELLOW },
      { words: [STATUS_WORDS.farBehind], swatch: RED },
    ];
  const palette = paletteFor("red-behind");
  return [
    { words: [STATUS_WORDS.met], swatch: palette.met },
    { words: [STATUS_WORDS.onPace], swatch: palette["on-pace"] },
    { words: [STATUS_WORDS.behind], swatch: palette.behind },
    { words: [STATUS_WORDS.farBehind], swatch: palette["far-behind"] },
  ];
}

/**
 * Native conditional formats over `box` (the 超/低于序时 and 状态 cells of one indicator), keyed on the 状态 cell of
 * each row: the status formula holds the thresholds once, and the colours follow it in any spreadsheet.
 */
export function statusRules(
  box: Box,
  statusColumn: number,
  scheme: SubmissionRequest["scheme"]
): ConditionalRule[] {
  const status = `$${columnLetters(statusColumn)}${box.row + 1}`;
  return levels(scheme).map(({ words, swatch }) => ({
    box,
    formula:
      words.length === 1
        ? `=${status}="${words[0]}"`
        : `=OR(${words.map((word) => `${status}="${word}"`).join(",")})`,
    fill: swatch.fill,
    font: swatch.font,
  }));
}
