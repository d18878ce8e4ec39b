import { ClientObject } from "./client-object";
import { FakeConditionalFormatCollection } from "./conditional-formats";
import { FakeDataValidation } from "./data-validation";
import { Rect, sheetAddress } from "./geometry";
import { queueMerge, queueUnmerge } from "./presentation";
import { FakeRangeFormat } from "./range-format";
import type { FakeRequestContext } from "./request-context";
import type { FakeSheet } from "./sheet";
import type { FakeWorksheet } from "./worksheet";

type Entry = string | number | boolean;

/** A rectangle of one sheet. The sheet is found by name when the range is used, as Excel resolves it at sync. */
export class FakeRange extends ClientObject {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;

  /** Where the range was found at its first sync: like Excel's, a range stays put when its name is deleted. */
  private bound: { sheet: string | null; rect: Rect | null } | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly locateSheet: () => string | null,
    private readonly locateRect: () => Rect | null
  ) {
    super(context);
    this.format = new FakeRangeFormat(this);
    this.dataValidation = new FakeDataValidation(this);
  }

  sheetName(): string | null {
    return this.bound ? this.bound.sheet : this.locateSheet();
  }

  rect(): Rect | null {
    return this.bound ? this.bound.rect : this.locateRect();
  }

  resolveNull(): void {
    this.bound ??= { sheet: this.locateSheet(), rect: this.locateRect() };
    super.resolveNull();
  }

  protected exists(): boolean {
    return this.rect() !== null && this.sheetName() !== null;
  }

  sheet(): FakeSheet {
    const name = this.sheetName();
    if (name === null) throw new Error("InvalidReference: the range does not exist");
    return this.context.book.sheet(name);
  }

  area(): Rect {
    const rect = this.rect();
    if (!rect) throw new Error("InvalidReference: the range does not exist");
    return rect;
  }

  protected snapshot(): Record<string, unknown> {
    const sheet = this.sheet();
    const rect = this.area();
    return {
      address: sheetAddress(sheet.name, rect),
      rowIndex: rect.row,
      columnIndex: rect.column,
      rowCount: rect.rows,
      columnCount: rect.columns,
      values: sheet.grid(rect, (cell) => cell.value),
      // Excel's text is the value as displayed; the fake formats nothing, so it is the value as a string.
      text: sheet.grid(rect, (cell) => String(cell.value)),
      formulas: sheet.grid(rect, (cell) => cell.formula || cell.value),
      numberFormat: sheet.grid(rect, (cell) => cell.numberFormat),
    };
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(grid: unknown[][]) {
    this.writeGrid("range.values", grid);
  }
  get text(): string[][] {
    return this.read("text");
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(grid: unknown[][]) {
    this.writeGrid("range.formulas", grid);
  }
  /** The fake does not translate: local formulas are stored as written. */
  set formulasLocal(grid: unknown[][]) {
    this.writeGrid("range.formulasLocal", grid);
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(grid: string[][]) {
    this.eachCell("range.numberFormat", grid, (row, column, format) =>
      this.sheet().edit(row, column, (cell) => (cell.numberFormat = format))
    );
  }

  get worksheet(): FakeWorksheet {
    return this.context.workbook.worksheets.locate(() => this.sheetName());
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.context, this);
  }

  private eachCell<T>(
    label: string,
    grid: T[][],
    write: (row: number, column: number, entry: T) => void
  ): void {
    this.context.queue(
      label,
      () => {
        const rect = this.area();
        if (grid.length !== rect.rows || grid.some((row) => row.length !== rect.columns)) {
          throw new Error(
            `InvalidArgument: ${grid.length}x${grid[0]?.length} array for a ${rect.rows}x${rect.columns} range`
          );
        }
        grid.forEach((row, r) =>
          row.forEach((entry, c) => write(rect.row + r, rect.column + c, entry))
        );
      },
      grid
    );
  }

  private writeGrid(label: string, grid: unknown[][]): void {
    this.eachCell(label, grid, (row, column, entry) =>
      this.sheet().setEntry(row, column, entry as Entry)
    );
  }

  private derived(change: (rect: Rect) => Rect): FakeRange {
    return new FakeRange(
      this.context,
      () => this.sheetName(),
      () => {
        const rect = this.rect();
        return rect && change(rect);
      }
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived((rect) => ({
      row: rect.row + row,
      column: rect.column + column,
      rows: 1,
      columns: 1,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived((rect) => ({
      ...rect,
      rows: rect.rows + deltaRows,
      columns: rect.columns + deltaColumns,
    }));
  }

  getOffsetRange(rows: number, columns: number): FakeRange {
    return this.derived((rect) => ({
      ...rect,
      row: rect.row + rows,
      column: rect.column + columns,
    }));
  }

  /** The used cells inside this range; the fake counts only values (valuesOnly), as our code always asks. */
  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      () => this.sheetName(),
      () => {
        const rect = this.rect();
        const name = this.sheetName();
        return rect && name ? this.context.book.sheet(name).usedRect(rect) : null;
      }
    );
  }

  /** Always a null object: the fake calculates no formulas, so nothing spills. */
  getSpillingToRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      () => this.sheetName(),
      () => null
    );
  }

  /** Excel merges row by row when `across` is true; our code merges whole areas, the only kind the fake models. */
  merge(across = false): void {
    if (across) throw new Error("The fake does not model merge(true)");
    queueMerge(this);
  }

  unmerge(): void {
    queueUnmerge(this);
  }

  /**
   * "All" (Excel's default): contents and formats, the fake keeps nothing else per cell; "Contents": entries only,
   * every format kept (Excel.ClearApplyTo, ExcelApi 1.1).
   */
  clear(applyTo: "All" | "Contents" = "All"): void {
    if (applyTo !== "All" && applyTo !== "Contents")
      throw new Error(`The fake does not model clear(${String(applyTo)})`);
    this.context.queue("range.clear", () =>
      applyTo === "All" ? this.sheet().clear(this.area()) : this.sheet().clearContents(this.area())
    );
  }

  select(): void {
    this.context.queue("range.select", () => {
      this.context.book.selection = { sheet: this.sheet().name, rect: this.area() };
      this.context.book.activeSheet = this.sheet().name;
    });
  }
}
