import type { Rect } from "./geometry";
import { FakeSheet } from "./sheet";
import { FakeRequestContext } from "./request-context";
import type { XmlPartState } from "./custom-xml";
import type { ValidationState } from "./data-validation";
import { emptyPresentation, PresentationState } from "./presentation";
import type { UnlockedState } from "./protection";

export interface TableState {
  name: string;
  /** Excel's stable id of the table, which renaming does not change. */
  id: string;
  sheet: string;
  rect: Rect;
  style: string;
}

export interface NameState {
  name: string;
  sheet: string;
  rect: Rect;
  comment: string;
}

export interface ConditionalFormatState {
  /** Excel's id of the format; the fake gives seeded formats one when they are first listed. */
  id?: string;
  sheet: string;
  rect: Rect;
  /** "Custom", or any other type name a test seeds (the user's own "ColorScale" …). */
  type: string;
  formula: string;
  fill?: string;
  fontColor?: string;
}

export interface ChartState {
  sheet: string;
  name: string;
  type: string;
  source: Rect;
  seriesBy: string;
  title?: string;
  position?: { start: string; end: string };
  axisTitles?: { category?: string; value?: string };
  /** The categories and series Excel derives from the source when the chart is added (see chartSeries in charts.ts). */
  categories?: (string | number | boolean)[];
  series?: { name: string; values: (number | null)[] }[];
}

/** What one sync sent and received, estimated as Excel's JSON would carry it. */
export interface RequestRecord {
  commands: number;
  loads: number;
  /** The queued commands with their arguments, JSON-serialised. */
  requestBytes: number;
  /** The loaded properties' values, JSON-serialised. */
  responseBytes: number;
}

/** Which queued command fails: its number since the failure was armed (1 = the next one), or a test of its label. */
export type CommandFailure = number | ((label: string) => boolean);

/** The whole workbook's state, plus the record of what happened to it. */
export class FakeBook {
  readonly sheets: FakeSheet[] = [new FakeSheet("Sheet1")];
  readonly tables: TableState[] = [];
  readonly names: NameState[] = [];
  /** Worksheet-scoped names (worksheet.names), kept apart from the workbook's names as Excel keeps them. */
  readonly sheetNames: NameState[] = [];
  readonly conditionalFormats: ConditionalFormatState[] = [];
  readonly charts: ChartState[] = [];
  /** The workbook's custom XML parts (custom-xml.ts). */
  readonly xmlParts: XmlPartState[] = [];
  /** Column widths, row heights, alignment, borders, merges and page layouts (presentation.ts). */
  readonly presentation: PresentationState = emptyPresentation();
  /** Data-validation writes, in order (data-validation.ts). */
  readonly validations: ValidationState[] = [];
  /** The areas unlocked for input, and each protected sheet's options (protection.ts). */
  readonly unlocked: UnlockedState[] = [];
  readonly protectedSheets = new Map<string, unknown>();
  selection = { sheet: "Sheet1", rect: { row: 0, column: 0, rows: 1, columns: 1 } };
  activeSheet = "Sheet1";
  syncCount = 0;
  /** Labels of the commands applied so far, in order ("range.values", "tables.add" …). */
  readonly log: string[] = [];
  /** One record per sync, in order. */
  readonly requests: RequestRecord[] = [];
  /** When set, queueing a command with this label throws at once, as a bug in the caller would. */
  failWhenQueueing: string | null = null;
  private failure: { match: CommandFailure; seen: number } | null = null;
  /** Labels of the commands that failed at sync, in order. */
  readonly failed: string[] = [];
  private nextId = 1;

  sheet(name: string): FakeSheet {
    const found = this.findSheet(name);
    if (!found) throw new Error(`ItemNotFound: worksheet ${name}`);
    return found;
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  newId(): string {
    return `{fake-${this.nextId++}}`;
  }

  context(): FakeRequestContext {
    return new FakeRequestContext(this);
  }

  /** Runs a batch function the way Excel.run does: what is still queued when it returns is synced. */
  async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
    const context = this.context();
    const result = await batch(context);
    if (context.hasPending()) await context.sync();
    return result;
  }

  /**
   * Makes one command fail when a sync applies it, once: the commands before it stay applied, it and the rest of its
   * batch are dropped, and the sync rejects (what Excel does; it never rolls a batch back).
   */
  failCommand(match: CommandFailure): void {
    this.failure = { match, seen: 0 };
  }

  /** Called by a sync for each command before applying it: whether the armed failure hits this one. */
  shouldFail(label: string): boolean {
    if (!this.failure) return false;
    this.failure.seen++;
    const { match, seen } = this.failure;
    const hit = typeof match === "number" ? seen === match : match(label);
    if (hit) {
      this.failure = null;
      this.failed.push(label);
    }
    return hit;
  }

  /** The largest request or response of any sync so far, in bytes. */
  largestRequestBytes(): number {
    return Math.max(0, ...this.requests.map((r) => Math.max(r.requestBytes, r.responseBytes)));
  }
}
