import type { Status } from "../progress/status";

/**
 * Which end of the scale is red. "red-behind" (default) follows the 红灯 of a warning; "red-ahead" follows the
 * Chinese market convention of red for good news. Either way the two sides are blue and orange/vermillion from the
 * Okabe–Ito palette, a pair people with red–green colour blindness still tell apart, and the two levels of each side
 * differ in lightness too, so the four levels survive greyscale printing.
 */
export type ColourMeaning = "red-behind" | "red-ahead";

export interface Swatch {
  /** Cell fill, #RRGGBB. */
  fill: string;
  /** Text colour chosen for contrast with the fill. */
  font: string;
}

/** Okabe–Ito blue #0072B2 and vermillion #D55E00 for the strong levels, light tints of sky blue and orange for the mild ones. */
const STRONG_BLUE: Swatch = { fill: "#0072B2", font: "#FFFFFF" };
const LIGHT_BLUE: Swatch = { fill: "#A6D8F5", font: "#000000" };
const LIGHT_ORANGE: Swatch = { fill: "#F5C463", font: "#000000" };
const STRONG_VERMILLION: Swatch = { fill: "#D55E00", font: "#000000" };

export const STATUS_ORDER: readonly Status[] = ["met", "on-pace", "behind", "far-behind"];

export function paletteFor(meaning: ColourMeaning): Record<Status, Swatch> {
  if (meaning === "red-ahead") {
    return {
      met: STRONG_VERMILLION,
      "on-pace": LIGHT_ORANGE,
      behind: LIGHT_BLUE,
      "far-behind": STRONG_BLUE,
    };
  }
  return {
    met: STRONG_BLUE,
    "on-pace": LIGHT_BLUE,
    behind: LIGHT_ORANGE,
    "far-behind": STRONG_VERMILLION,
  };
}
