import { CellEntry, fingerprint } from "./fingerprint";

/*
 * What the add-in wrote is recorded in the comment of the workbook (or sheet) name that marks the block, as
 * "<label> #<fingerprint>". A name's comment travels with the name through saving, copying the sheet and inserting rows,
 * in every Excel that keeps names (also those without the add-in), costs no extra object, and is read in the same
 * load as the names themselves. A hidden sheet or a custom XML part would hold the full contents, but users copy and
 * delete sheets, and custom XML parts need ExcelApi 1.5 and a second request to read; a hash is enough to tell "as
 * we wrote it" from "changed by the user", which is all the add-in needs to decide whether it may clear the block.
 */

const MARK = " #";
/** Excel refuses name comments longer than 255 characters. */
const MAX_COMMENT = 255;

export function recordComment(label: string, written: readonly (readonly CellEntry[])[]): string {
  const tail = `${MARK}${fingerprint(written)}`;
  return `${label.slice(0, MAX_COMMENT - tail.length)}${tail}`;
}

/** The fingerprint in a name's comment, or null for a block written before records were kept. */
function recordedFingerprint(comment: string | undefined): string | null {
  const match = /\s#([0-9a-f]{8})$/.exec(comment ?? "");
  return match ? match[1] : null;
}

/**
 * Whether the block still holds exactly what the add-in wrote. A block without a record (written by an older version)
 * counts as changed: the user is asked rather than risk clearing their cells.
 */
export function unchangedSince(
  comment: string | undefined,
  formulas: readonly (readonly CellEntry[])[]
): boolean {
  const recorded = recordedFingerprint(comment);
  return recorded !== null && recorded === fingerprint(formulas);
}
