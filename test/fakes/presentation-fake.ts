import type { FakeBook, FakeRange, FakeRangeFormat, FakeWorksheet, Rect } from "./excel";

/*
 * What the recording fake lacks for print-ready sheets, added to its classes by installPresentationFake: column
 * widths and row heights, alignment, borders, merged cells and a worksheet's page layout. Each write is queued like
 * the fake's own and applied at sync; the state lives in a WeakMap per FakeBook (read it with presentationOf).
 * It imports only types so that the end-to-end page can run it next to excel-fake.ts (see test/e2e/fake-office.ts).
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

const states = new WeakMap<FakeBook, PresentationState>();

export function presentationOf(book: FakeBook): PresentationState {
  let state = states.get(book);
  if (!state) {
    state = {
      columnWidths: new Map(),
      rowHeights: new Map(),
      merges: [],
      borders: [],
      alignments: [],
      pageLayouts: new Map(),
    };
    states.set(book, state);
  }
  return state;
}

interface FakeClasses {
  FakeRange: { prototype: FakeRange };
  FakeRangeFormat: { prototype: FakeRangeFormat };
  FakeWorksheet: { prototype: FakeWorksheet };
}

function within(inner: Rect, outer: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.column + inner.columns <= outer.column + outer.columns
  );
}

function onRange(
  range: FakeRange,
  label: string,
  apply: (state: PresentationState, sheet: string, rect: Rect) => void
) {
  range.context.queue(label, () =>
    apply(presentationOf(range.context.book), range.sheet().name, range.area())
  );
}

function defineSetter(prototype: object, name: string, set: (this: never, value: never) => void) {
  Object.defineProperty(prototype, name, { set, configurable: true });
}

export function installPresentationFake(fake: FakeClasses): void {
  const format = fake.FakeRangeFormat.prototype;
  defineSetter(format, "columnWidth", function (this: FakeRangeFormat, points: number) {
    onRange(this.range, "format.columnWidth", (state, sheet, rect) => {
      for (let c = 0; c < rect.columns; c++)
        state.columnWidths.set(`${sheet}!${rect.column + c}`, points);
    });
  });
  defineSetter(format, "rowHeight", function (this: FakeRangeFormat, points: number) {
    onRange(this.range, "format.rowHeight", (state, sheet, rect) => {
      for (let r = 0; r < rect.rows; r++) state.rowHeights.set(`${sheet}!${rect.row + r}`, points);
    });
  });
  for (const [name, key] of [
    ["horizontalAlignment", "horizontal"],
    ["verticalAlignment", "vertical"],
  ] as const)
    defineSetter(format, name, function (this: FakeRangeFormat, value: string) {
      onRange(this.range, `format.${name}`, (state, sheet, rect) =>
        state.alignments.push({ sheet, rect, [key]: value })
      );
    });
  Object.defineProperty(format, "borders", {
    configurable: true,
    get(this: FakeRangeFormat) {
      const range = this.range;
      return {
        getItem(edge: string) {
          const record = (property: "style" | "weight", value: string) =>
            onRange(range, `border.${property}`, (state, sheet, rect) =>
              state.borders.push({ sheet, rect, edge, [property]: value })
            );
          return {
            set style(value: string) {
              record("style", value);
            },
            set weight(value: string) {
              record("weight", value);
            },
          };
        },
      };
    },
  });
  Object.defineProperty(fake.FakeRange.prototype, "merge", {
    configurable: true,
    value(this: FakeRange, across?: boolean) {
      void across;
      onRange(this, "range.merge", (state, sheet, rect) => {
        if (
          state.merges.some(
            (merge) =>
              merge.sheet === sheet && !within(merge.rect, rect) && overlapsRect(merge.rect, rect)
          )
        )
          throw new Error("InvalidOperation: the range overlaps a merged area");
        state.merges.push({ sheet, rect });
      });
    },
  });
  Object.defineProperty(fake.FakeRange.prototype, "unmerge", {
    configurable: true,
    value(this: FakeRange) {
      onRange(this, "range.unmerge", (state, sheet, rect) => {
        state.merges = state.merges.filter(
          (merge) => merge.sheet !== sheet || !overlapsRect(merge.rect, rect)
        );
      });
    },
  });
  Object.defineProperty(fake.FakeWorksheet.prototype, "pageLayout", {
    configurable: true,
    get(this: FakeWorksheet) {
      const worksheet = this;
      const set = (label: string, change: (layout: PageLayoutState) => void) =>
        worksheet.context.queue(`pageLayout.${label}`, () => {
          const state = presentationOf(worksheet.context.book);
          const name = worksheet.sheet().name;
          const layout = state.pageLayouts.get(name) ?? {};
          change(layout);
          state.pageLayouts.set(name, layout);
        });
      return {
        set paperSize(value: string) {
          set("paperSize", (layout) => (layout.paperSize = value));
        },
        set orientation(value: string) {
          set("orientation", (layout) => (layout.orientation = value));
        },
        set zoom(value: PageLayoutState["zoom"]) {
          set("zoom", (layout) => (layout.zoom = value));
        },
        setPrintTitleRows(rows: FakeRange) {
          set("printTitleRows", (layout) => (layout.printTitleRows = rows.area()));
        },
      };
    },
  });
}

function overlapsRect(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}
