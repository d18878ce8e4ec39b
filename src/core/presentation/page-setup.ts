/*
 * Page setup for a sheet that is printed, signed and stamped: always A4 and one page wide. A sheet that fits on one
 * page at a legible scale is fitted to one page tall as well, so the signature footer never sits alone on a second
 * page; the orientation is the one that prints it larger. A longer sheet runs as many pages tall as it needs, portrait
 * when the columns fit the portrait width at a readable scale, landscape otherwise.
 */

export type Orientation = "portrait" | "landscape";

export interface PageSetup {
  paper: "A4";
  orientation: Orientation;
  /** Scale to this many pages across. */
  fitToPagesWide: 1;
  /** 1: the whole sheet on one page; 0: as many pages tall as needed. */
  fitToPagesTall: 0 | 1;
}

/** Column-width units that print across A4 at 100% with Excel's default margins (0.7 in each side). */
const PORTRAIT_UNITS = 88;
/** Portrait is kept while shrinking to fit stays at 85% or more; beyond that landscape reads better. */
const PORTRAIT_LIMIT = PORTRAIT_UNITS / 0.85;
/**
 * A4 less Excel's default margins (0.7 in left and right, 0.75 in top and bottom), in points: the printable area,
 * portrait. Landscape swaps the sides.
 */
const PRINTABLE = { width: (8.27 - 1.4) * 72, height: (11.69 - 1.5) * 72 };
/** The height of a row Excel sizes itself (11 pt text), in points. */
export const DEFAULT_ROW_HEIGHT = 15;
/** Shrinking a sheet to one page tall stops here (11 pt text printed at 5.5 pt); beyond, it runs onto more pages. */
const LEGIBLE_SCALE = 0.5;

/** Excel's column width (characters of "0") in points, as Office.js sets it: 7 px a character plus 5 px padding. */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

export function pageSetupFor(columnWidths: number[], rowHeights: (number | null)[]): PageSetup {
  const units = columnWidths.reduce((sum, width) => sum + width, 0);
  const wide = columnWidths.reduce((sum, width) => sum + widthInPoints(width), 0);
  const tall = rowHeights.reduce<number>((sum, height) => sum + (height ?? DEFAULT_ROW_HEIGHT), 0);
  const fit = (orientation: Orientation) => {
    const [width, height] =
      orientation === "portrait"
        ? [PRINTABLE.width, PRINTABLE.height]
        : [PRINTABLE.height, PRINTABLE.width];
    const across = Math.min(1, width / wide);
    return { orientation, across, scale: Math.min(across, height / tall) };
  };
  const [portrait, landscape] = [fit("portrait"), fit("landscape")];
  const best = portrait.scale >= landscape.scale ? portrait : landscape;
  // One page tall when that costs no more than the width already does, or keeps the text legible.
  if (best.scale >= Math.min(best.across, LEGIBLE_SCALE))
    return { paper: "A4", orientation: best.orientation, fitToPagesWide: 1, fitToPagesTall: 1 };
  return {
    paper: "A4",
    orientation: units <= PORTRAIT_LIMIT ? "portrait" : "landscape",
    fitToPagesWide: 1,
    fitToPagesTall: 0,
  };
}
