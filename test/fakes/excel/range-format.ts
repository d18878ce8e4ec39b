import type { CellState } from "./sheet";
import { FakeBorders, queueOnRange } from "./presentation";
import { FakeRangeProtection } from "./protection";
import type { FakeRange } from "./range";

/** range.format, with font, fill, borders and protection; each setter is one queued command over the whole range. */
export class FakeRangeFormat {
  readonly font: FakeFont;
  readonly fill: FakeFill;
  readonly borders: FakeBorders;
  readonly protection: FakeRangeProtection;
  constructor(readonly range: FakeRange) {
    this.font = new FakeFont(this);
    this.fill = new FakeFill(this);
    this.borders = new FakeBorders(range);
    this.protection = new FakeRangeProtection(range);
  }

  set columnWidth(points: number) {
    queueOnRange(
      this.range,
      "format.columnWidth",
      (state, sheet, rect) => {
        for (let c = 0; c < rect.columns; c++)
          state.columnWidths.set(`${sheet}!${rect.column + c}`, points);
      },
      points
    );
  }

  set rowHeight(points: number) {
    queueOnRange(
      this.range,
      "format.rowHeight",
      (state, sheet, rect) => {
        for (let r = 0; r < rect.rows; r++)
          state.rowHeights.set(`${sheet}!${rect.row + r}`, points);
      },
      points
    );
  }

  set horizontalAlignment(horizontal: string) {
    queueOnRange(
      this.range,
      "format.horizontalAlignment",
      (state, sheet, rect) => state.alignments.push({ sheet, rect, horizontal }),
      horizontal
    );
  }

  set verticalAlignment(vertical: string) {
    queueOnRange(
      this.range,
      "format.verticalAlignment",
      (state, sheet, rect) => state.alignments.push({ sheet, rect, vertical }),
      vertical
    );
  }

  set wrapText(wrap: boolean) {
    this.apply("format.wrapText", (cell) => (cell.wrap = wrap), wrap);
  }

  autofitColumns(): void {
    this.range.context.queue("format.autofitColumns", () => undefined);
  }

  apply(label: string, change: (cell: CellState) => void, payload: unknown): void {
    this.range.context.queue(
      label,
      () => {
        const rect = this.range.area();
        const sheet = this.range.sheet();
        for (let r = 0; r < rect.rows; r++)
          for (let c = 0; c < rect.columns; c++) sheet.edit(rect.row + r, rect.column + c, change);
      },
      payload
    );
  }
}

export class FakeFont {
  constructor(private readonly format: FakeRangeFormat) {}
  set bold(bold: boolean) {
    this.format.apply("font.bold", (cell) => (cell.bold = bold), bold);
  }
  set italic(italic: boolean) {
    this.format.apply("font.italic", (cell) => (cell.italic = italic), italic);
  }
  set color(color: string) {
    this.format.apply("font.color", (cell) => (cell.fontColor = color), color);
  }
  set size(size: number) {
    this.format.apply("font.size", (cell) => (cell.fontSize = size), size);
  }
}

export class FakeFill {
  constructor(private readonly format: FakeRangeFormat) {}
  set color(color: string) {
    this.format.apply("fill.color", (cell) => (cell.fill = color), color);
  }
}
