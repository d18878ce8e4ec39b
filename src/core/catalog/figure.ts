/** A figure as the document prints it, with the number it stands for. */
export interface Figure {
  /** Exactly as published: "709", "≥12", "30%", "2-3", "/", "-". */
  text: string;
  /** The number to compute with (the lower bound of a range or of "≥12"), or null when there is none. */
  value: number | null;
  /** Set when the document prints a bound: "≥12" is at least 12. */
  bound?: "at-least" | "at-most";
  /** Upper end of a range such as "2-3". */
  upper?: number;
  /** Why there is no number: "/" (not applicable) or "-" (no data). */
  missing?: "not-applicable" | "no-data";
}

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const PLAIN = new RegExp(`^(${NUMBER})%?$`);
const BOUNDED = new RegExp(`^([≥≤])(${NUMBER})%?$`);
const RANGE = new RegExp(`^(${NUMBER})(?:-|~|～|—|到|至)(${NUMBER})%?$`);

/** Parses a published figure; returns null for text that is not a figure, so the caller can report where it is. */
export function parseFigure(published: string): Figure | null {
  const text = published.trim();
  if (text === "/") return { text, value: null, missing: "not-applicable" };
  if (text === "-" || text === "—") return { text, value: null, missing: "no-data" };
  const plain = PLAIN.exec(text);
  if (plain) return { text, value: Number(plain[1]) };
  const bounded = BOUNDED.exec(text);
  if (bounded) {
    return { text, value: Number(bounded[2]), bound: bounded[1] === "≥" ? "at-least" : "at-most" };
  }
  const range = RANGE.exec(text);
  if (range) return { text, value: Number(range[1]), upper: Number(range[2]) };
  return null;
}
