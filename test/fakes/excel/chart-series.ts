import type { ChartState } from "./book";
import type { Rect } from "./geometry";
import type { FakeSheet } from "./sheet";

/**
 * What Excel draws from a source read by columns: the first column is the categories when its cells below the header
 * are text (numbers there, such as years typed as numbers, make it one more series instead), and the header row names
 * the series. Empty cells are gaps (null).
 */
export function chartSeries(
  sheet: FakeSheet,
  rect: Rect,
  seriesBy: string
): Pick<ChartState, "categories" | "series"> {
  if (seriesBy !== "Columns") throw new Error("The fake only draws series by columns");
  const grid = sheet.grid(rect, (cell) => cell.value);
  const body = grid.slice(1);
  const textCategories = body.every((row) => typeof row[0] !== "number");
  const first = textCategories ? 1 : 0;
  return {
    categories: textCategories ? body.map((row) => row[0]) : body.map((_, index) => index + 1),
    series: grid[0].slice(first).map((header, offset) => ({
      name: String(header),
      values: body.map((row) => {
        const value = row[first + offset];
        return typeof value === "number" ? value : null;
      }),
    })),
  };
}
