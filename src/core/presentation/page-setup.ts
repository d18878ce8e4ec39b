/*
 * Page setup for a sheet that is printed, signed and stamped: always A4, always one page wide (as many pages tall as
 * it needs), portrait when the columns fit the portrait width at a readable scale, landscape otherwise.
 */

export type Orientation = "portrait" | "landscape";

export interface PageSetup {
  paper: "A4";
  orientation: Orientation;
  /** Scale to this many pages across; 0 pages tall means "as many as needed". */
  fitToPagesWide: 1;
  fitToPagesTall: 0;
}

/** Column-width units that print across A4 at 100% with Excel's default margins (0.7 in each side). */
const PORTRAIT_UNITS = 88;
/** Portrait is kept while shrinking to fit stays at 85% or more; beyond that landscape reads better. */
const PORTRAIT_LIMIT = PORTRAIT_UNITS / 0.85;

export function pageSetupFor(columnWidths: number[]): PageSetup {
  const total = columnWidths.reduce((sum, width) => sum + width, 0);
  return {
    paper: "A4",
    orientation: total <= PORTRAIT_LIMIT ? "portrait" : "landscape",
    fitToPagesWide: 1,
    fitToPagesTall: 0,
  };
}

/** Excel's column width (characters of "0") in points, as Office.js sets it: 7 px a character plus 5 px padding. */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
