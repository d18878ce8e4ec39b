import { Box, boxA1 } from "../../core/sheet/a1";

/** Cells of one sheet. */
export interface CellArea {
  sheet: string;
  box: Box;
}

/** A name as a names list gives it: a range name's value is its address. */
export interface NameSnapshot {
  name: string;
  type: string;
  value: unknown;
  comment: string;
}

/** Cells as read: their entries and number formats. */
export interface KnownCells extends CellArea {
  formulas: unknown[][];
  numberFormat: unknown[][];
}

/** A table the action deletes (converts to a range), described well enough to be added back. */
export interface RemovedTable extends CellArea {
  name: string;
  style: string;
}

/**
 * A part of the undo that only some actions need, added to the state by those actions: the conditional formats
 * (src/excel/safe-write/rule-undo.ts, ExcelApi 1.6), so that actions running below 1.6 never reach those calls.
 */
export interface UndoPart {
  /** Just before the writes are sent: what the part compares with, as plain data. */
  snapshot(): FrozenPart;
}

export interface FrozenPart {
  /** Queues the reads of what is there now (answered by the undo's one read sync); returns what queues the undo. */
  readNow(context: Excel.RequestContext): () => void;
}

/**
 * The workbook as it was before an action's writes, as far as the action can change it: the loads are queued by
 * captureBefore (and watchRules, keepCells) and answered by the action's read sync, so capturing costs no sync of its
 * own. Every read is bounded to what the action touches.
 */
export interface BeforeState {
  /** The sheet whose own names and charts the action changes, if any. */
  worksheet: Excel.Worksheet | null;
  sheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
  sheetNames: Excel.NamedItemCollection | null;
  tables: Excel.TableCollection;
  charts: Excel.ChartCollection | null;
  /** Cells that are empty before the writes: undone by clearing them. */
  blank: CellArea[];
  /** Cells that hold something (an earlier block of ours): their entries and number formats are put back. */
  filled: (CellArea & { range: Excel.Range })[];
  /**
   * Cells whose entries and number formats the action has read already, into which it writes only entries and number
   * formats: put back as read, their other formatting (a fill colour, borders of the user's) untouched.
   */
  known: KnownCells[];
  /** What the action deletes on purpose, added by the action before it writes. */
  removedTables: RemovedTable[];
  parts: UndoPart[];
}

export function captureBefore(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet | null,
  options: { charts: boolean } = { charts: false }
): BeforeState {
  const workbook = context.workbook;
  const nameFields = "items/name,items/type,items/value,items/comment";
  return {
    worksheet,
    sheets: workbook.worksheets.load("items/name"),
    names: workbook.names.load(nameFields),
    sheetNames: worksheet?.names.load(nameFields) ?? null,
    tables: workbook.tables.load("items/id,items/name"),
    charts: worksheet && options.charts ? worksheet.charts.load("items/name") : null,
    blank: [],
    filled: [],
    known: [],
    removedTables: [],
    parts: [],
  };
}

/**
 * Queues the read of a filled area's entries, to be put back if the writes fail (with its number formats: see
 * keepFormats, which every action that keeps cells calls before writing). Returns the range, whose `formulas` the action
 * may also compare with its record.
 */
export function keepCells(
  before: BeforeState,
  worksheet: Excel.Worksheet,
  sheet: string,
  box: Box
): Excel.Range {
  const range = worksheet.getRange(boxA1(box)).load("formulas");
  before.filled.push({ sheet, box, range });
  return range;
}

/**
 * Queues the read of the kept areas' number formats. Apart from their entries when the areas may be large (an earlier
 * helper block of 10,000 rows): each response then stays well under Excel on the web's 5 MB.
 */
export function keepFormats(before: BeforeState): void {
  for (const { range } of before.filled) range.load("numberFormat");
}

/**
 * The state as plain data. Taken just before the writes are sent: Excel hands out one object per collection
 * (context.workbook.names is always the same proxy), so the undo's own reads would otherwise overwrite these lists.
 */
export interface Snapshot {
  worksheet: Excel.Worksheet | null;
  sheets: string[];
  names: NameSnapshot[];
  sheetNames: NameSnapshot[] | null;
  tableIds: string[];
  chartNames: string[] | null;
  blank: CellArea[];
  filled: KnownCells[];
  known: KnownCells[];
  removedTables: RemovedTable[];
  parts: FrozenPart[];
}

const nameSnapshot = ({ name, type, value, comment }: NameSnapshot): NameSnapshot => ({
  name,
  type,
  value,
  comment,
});

export function snapshotOf(before: BeforeState): Snapshot {
  return {
    worksheet: before.worksheet,
    sheets: before.sheets.items.map((sheet) => sheet.name),
    names: before.names.items.map(nameSnapshot),
    sheetNames: before.sheetNames?.items.map(nameSnapshot) ?? null,
    tableIds: before.tables.items.map((table) => table.id),
    chartNames: before.charts?.items.map((chart) => chart.name) ?? null,
    blank: [...before.blank],
    filled: before.filled.map(({ sheet, box, range }) => ({
      sheet,
      box,
      formulas: range.formulas,
      numberFormat: range.numberFormat,
    })),
    known: [...before.known],
    removedTables: [...before.removedTables],
    parts: before.parts.map((part) => part.snapshot()),
  };
}
