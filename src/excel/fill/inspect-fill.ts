import type { Box } from "../../core/sheet/a1";
import { firstFreeColumns } from "../../core/fill/free-columns";
import { recogniseDistrict, Recognition, yearsInHeaders } from "../../core/fill/recognise";
import { looksLikeHeader } from "../../core/fill/sheet-row";
import { planLookup } from "../../core/catalog/embedded";
import { readBand } from "../sheet/sheet-band";

/** What the pane shows before a fill: where the names are, which district they belong to, years the headers name. */
export interface FillInspection {
  sheet: string;
  names: Box;
  /** The first selected cell looks like a header (单位, 街镇 …); the user may say otherwise. */
  hasHeader: boolean;
  /** The first names, for the pane to show what was read. */
  sample: string[];
  recognised: Recognition[];
  /** Years named by headers of the names' table ("2025年目标"), newest first. */
  years: number[];
  /** The first free column right of the names (0-based), for one column. */
  freeColumn: number;
}

/** Reads the selection in two syncs and writes nothing. */
export async function inspectFill(context: Excel.RequestContext): Promise<FillInspection> {
  const band = await readBand(context, null);
  const names = band.values.cells.slice(band.names.row - band.values.top).map((cells) => cells[0]);
  const hasHeader = looksLikeHeader(names[0]);
  const headerRow = hasHeader ? band.names.row : band.names.row - 1;
  const headers = band.values.cells[headerRow - band.values.top] ?? [];
  const rows = Array.from({ length: band.names.rows }, (_, offset) => band.names.row + offset);
  return {
    sheet: band.sheet,
    names: band.names,
    hasHeader,
    sample: names.slice(0, 5).map((cell) => String(cell ?? "")),
    recognised: recogniseDistrict([planLookup()], names),
    years: yearsInHeaders(headers),
    freeColumn: firstFreeColumns(band.contents, band.names.column + 1, 1, rows)[0],
  };
}
