import { boxA1, cellA1 } from "../../core/sheet/a1";
import type { Box } from "../../core/sheet/a1";
import { firstFreeColumns, OccupiedCell, occupiedIn } from "../../core/fill/free-columns";
import { FillProblem, planFill } from "../../core/fill/fill-plan";
import type { FillChoice } from "../../core/fill/fill-request";
import { fillWrites } from "../../core/fill/fill-writes";
import type { FillLookup } from "../../core/fill/fill-lookup";
import { planLookup } from "../../core/catalog/embedded";
import type { Band } from "../../core/fill/free-columns";
import type { Locale } from "../../core/i18n/locale";
import { readBand } from "../sheet/sheet-band";
import { captureBefore, KnownCells } from "../safe-write/before-state";
import { commitWrites } from "../safe-write/commit";

export interface FillRequest {
  sheet: string;
  names: Box;
  hasHeader: boolean;
  choice: FillChoice;
  /** The first destination column (0-based); the first free columns right of the names when absent. */
  column?: number;
  /** The language of what the user is told when the write fails. */
  locale: Locale;
}

export type FillOutcome =
  | {
      status: "filled";
      /** The cells written, e.g. C3:E20. */
      address: string;
      filled: number;
      problems: FillProblem[];
      /** The size of the write request's data, in bytes. */
      bytes: number;
    }
  /** Something is in the way: nothing was written; `next` is the first column where the fill would fit. */
  | { status: "occupied"; occupied: OccupiedCell[]; next: number; problems: FillProblem[] }
  /** No row matched: nothing was written. */
  | { status: "nothing"; problems: FillProblem[] };

/** The band's entries and number formats over `box`, as an undo puts them back (cells past the band are empty). */
function cellsAsRead(sheet: string, box: Box, contents: Band, formats: Band): KnownCells {
  const grid = (band: Band, empty: unknown) =>
    Array.from({ length: box.rows }, (_, r) =>
      Array.from(
        { length: box.columns },
        (_, c) => band.cells[box.row + r - band.top]?.[box.column + c - band.left] ?? empty
      )
    );
  return { sheet, box, formulas: grid(contents, ""), numberFormat: grid(formats, "General") };
}

/**
 * Fills the targets beside the names: two syncs to read, one to write, whatever the number of rows. Everything is
 * decided before the first write is queued, so a path that writes nothing queues nothing and a refusal changes nothing.
 * The write goes through commitWrites: should any command fail, the targets and headers already written are taken
 * out again (the cells were empty; their number formats come back as read, the user's fills and borders stay).
 */
export async function fillTargets(
  context: Excel.RequestContext,
  request: FillRequest,
  lookup: FillLookup = planLookup()
): Promise<FillOutcome> {
  const before = captureBefore(context, null);
  const band = await readBand(
    context,
    { sheet: request.sheet, names: request.names },
    request.column
  );
  const names = band.values.cells.slice(band.names.row - band.values.top).map((cells) => cells[0]);
  const plan = planFill(
    lookup,
    {
      sheet: band.sheet,
      row: band.names.row,
      column: band.names.column,
      names,
      hasHeader: request.hasHeader,
    },
    request.choice
  );
  if (plan.filled === 0) return { status: "nothing", problems: plan.problems };
  const dataTop = band.names.row + (request.hasHeader ? 1 : 0);
  const rows = Array.from(
    { length: band.names.row + band.names.rows - dataTop },
    (_, i) => dataTop + i
  );
  const count = plan.columns.length;
  const from = request.column ?? band.names.column + 1;
  const columns =
    request.column === undefined
      ? firstFreeColumns(band.contents, from, count, rows)
      : Array.from({ length: count }, (_, i) => from + i);
  const occupied = columns.flatMap((column) => occupiedIn(band.contents, column, rows));
  if (occupied.length > 0) {
    const next = firstFreeColumns(band.contents, from, count, rows)[0];
    return { status: "occupied", occupied, next, problems: plan.problems };
  }
  const writes = fillWrites(
    plan,
    { row: band.names.row, rows: band.names.rows, hasHeader: request.hasHeader },
    columns,
    band.contents,
    band.formats
  );
  before.known.push(
    cellsAsRead(band.sheet, writes.block, band.contents, band.formats),
    ...writes.headers.map((header) =>
      cellsAsRead(
        band.sheet,
        { row: header.row, column: header.column, rows: 1, columns: 1 },
        band.contents,
        band.formats
      )
    )
  );
  const block = band.worksheet.getRange(boxA1(writes.block));
  if (writes.formats) block.numberFormat = writes.formats;
  block.formulas = writes.entries;
  for (const header of writes.headers)
    band.worksheet.getRange(cellA1(header.row, header.column)).values = [[header.text]];
  await commitWrites(context, before, request.locale);
  return {
    status: "filled",
    address: boxA1(writes.block),
    filled: plan.filled,
    problems: plan.problems,
    bytes: writes.bytes,
  };
}
