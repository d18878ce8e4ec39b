/** Excel's limits on a worksheet name: at most 31 characters, none of []:*?/\ and no leading or trailing apostrophe. */
const MAX_LENGTH = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

/** A sheet name for a table title that no sheet of the workbook already uses (names compare case-insensitively). */
export function uniqueSheetName(title: string, existing: readonly string[]): string {
  const base =
    title
      .replace(FORBIDDEN, " ")
      .replace(/\s+/g, " ")
      .replace(/^'+|'+$/g, "")
      .trim() || "Sheet";
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  for (let copy = 1; ; copy++) {
    const suffix = copy === 1 ? "" : ` (${copy})`;
    const name = base.slice(0, MAX_LENGTH - suffix.length).trimEnd() + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
