import type { Box } from "../../core/sheet/a1";

/** A cell as written or as read back through `range.formulas`: a constant, a formula's text, or "" for empty. */
export type CellEntry = string | number | boolean | null | undefined;

/**
 * A cell's text as Excel gives it back: the number 2023 and the text "2023" (typed into a General cell) read back
 * alike, so both count as the same entry.
 */
function entryText(entry: CellEntry): string {
  const text = entry === null || entry === undefined ? "" : String(entry).trim();
  const number = Number(text);
  return text !== "" && Number.isFinite(number) ? String(number) : text;
}

/** Whether every cell of a `formulas` grid is empty. A formula that shows "" is not empty: its text is there. */
export function isBlank(formulas: readonly (readonly CellEntry[])[]): boolean {
  return formulas.every((row) => row.every((entry) => entryText(entry) === ""));
}

/**
 * A short hash of a block's entries and shape (FNV-1a, 32 bits): what the add-in wrote, kept in the block's name so
 * that a later update can tell whether the user changed, added or removed anything inside it since.
 */
export function fingerprint(formulas: readonly (readonly CellEntry[])[]): string {
  let hash = 0x811c9dc5;
  const mix = (text: string): void => {
    for (let index = 0; index < text.length; index++) {
      hash ^= text.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  };
  mix(`${formulas.length}x${formulas[0]?.length ?? 0}`);
  for (const row of formulas) for (const entry of row) mix(`\u0001${entryText(entry)}`);
  return hash.toString(16).padStart(8, "0");
}

/** A blank grid of a box's size, to lay several writes into before taking their fingerprint. */
export function blankEntries(box: Box): CellEntry[][] {
  return Array.from({ length: box.rows }, () => Array.from({ length: box.columns }, () => ""));
}

/** Lays `values` (at `at`) into `grid` (at `origin`), as the cells will read once written. */
export function overlay(
  grid: CellEntry[][],
  origin: Box,
  at: Box,
  values: readonly (readonly CellEntry[])[]
): void {
  values.forEach((row, r) =>
    row.forEach((entry, c) => {
      const line = grid[at.row - origin.row + r];
      if (line && at.column - origin.column + c < line.length)
        line[at.column - origin.column + c] = entry;
    })
  );
}
