import { overlaps, Rect } from "./geometry";
import type { FakeRange } from "./range";
import type { FakeWorksheet } from "./worksheet";

/*
 * What print-ready sheets set beyond cell contents: column widths, row heights, alignment, borders, merged areas and
 * each worksheet's page layout. The state is the book's (FakeBook.presentation); every write is a queued command.
 */

export interface PageLayoutState {
  paperSize?: string;
  orientation?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows?: Rect;
}

export interface PresentationState {
  /** "<sheet>!<column index>" → width in points. */
  columnWidths: Map<string, number>;
  /** "<sheet>!<row index>" → height in points. */
  rowHeights: Map<string, number>;
  merges: { sheet: string; rect: Rect }[];
  borders: { sheet: string; rect: Rect; edge: string; style?: string; weight?: string }[];
  alignments: { sheet: string; rect: Rect; horizontal?: string; vertical?: string }[];
  pageLayouts: Map<string, PageLayoutState>;
}

export function emptyPresentation(): PresentationState {
  return {
    columnWidths: new Map(),
    rowHeights: new Map(),
    merges: [],
    borders: [],
    alignments: [],
    pageLayouts: new Map(),
  };
}

/** Queues one presentation write over the whole range, applied to the book's state at sync. */
export function queueOnRange(
  range: FakeRange,
  label: string,
  apply: (state: PresentationState, sheet: string, rect: Rect) => void,
  payload: unknown = null
): void {
  range.context.queue(
    label,
    () => apply(range.context.book.presentation, range.sheet().name, range.area()),
    payload
  );
}

function within(inner: Rect, outer: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.column + inner.columns <= outer.column + outer.columns
  );
}

/** range.merge: like Excel, merging across part of an existing merged area fails. */
export function queueMerge(range: FakeRange): void {
  queueOnRange(range, "range.merge", (state, sheet, rect) => {
    const crossed = state.merges.some(
      (merge) => merge.sheet === sheet && !within(merge.rect, rect) && overlaps(merge.rect, rect)
    );
    if (crossed) throw new Error("InvalidOperation: the range overlaps a merged area");
    state.merges.push({ sheet, rect });
  });
}

export function queueUnmerge(range: FakeRange): void {
  queueOnRange(range, "range.unmerge", (state, sheet, rect) => {
    state.merges = state.merges.filter(
      (merge) => merge.sheet !== sheet || !overlaps(merge.rect, rect)
    );
  });
}

/** One edge of range.format.borders; each setter records one border write. */
export class FakeBorder {
  constructor(
    private readonly range: FakeRange,
    private readonly edge: string
  ) {}
  set style(style: string) {
    this.record("style", style);
  }
  set weight(weight: string) {
    this.record("weight", weight);
  }
  private record(property: "style" | "weight", value: string): void {
    queueOnRange(
      this.range,
      `border.${property}`,
      (state, sheet, rect) =>
        state.borders.push({ sheet, rect, edge: this.edge, [property]: value }),
      value
    );
  }
}

export class FakeBorders {
  constructor(private readonly range: FakeRange) {}
  getItem(edge: string): FakeBorder {
    return new FakeBorder(this.range, edge);
  }
}

/** worksheet.pageLayout (ExcelApi 1.9): paper, orientation, fit to pages and the rows printed on every page. */
export class FakePageLayout {
  constructor(private readonly worksheet: FakeWorksheet) {}
  set paperSize(value: string) {
    this.set("paperSize", (layout) => (layout.paperSize = value), value);
  }
  set orientation(value: string) {
    this.set("orientation", (layout) => (layout.orientation = value), value);
  }
  set zoom(value: PageLayoutState["zoom"]) {
    this.set("zoom", (layout) => (layout.zoom = value), value);
  }
  setPrintTitleRows(rows: FakeRange): void {
    this.set("printTitleRows", (layout) => (layout.printTitleRows = rows.area()), null);
  }
  private set(label: string, change: (layout: PageLayoutState) => void, payload: unknown): void {
    this.worksheet.context.queue(
      `pageLayout.${label}`,
      () => {
        const layouts = this.worksheet.context.book.presentation.pageLayouts;
        const name = this.worksheet.sheet().name;
        const layout = layouts.get(name) ?? {};
        change(layout);
        layouts.set(name, layout);
      },
      payload
    );
  }
}
