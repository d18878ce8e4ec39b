import { ClientObject } from "./client-object";
import { FakeChartCollection } from "./charts";
import { FakeCustomXmlPartCollection } from "./custom-xml";
import { parseAddress, SHEET_COLUMNS, SHEET_ROWS } from "./geometry";
import { FakeNamedItemCollection } from "./names";
import { FakePageLayout } from "./presentation";
import { FakeWorksheetProtection } from "./protection";
import { FakeRange } from "./range";
import type { FakeRequestContext } from "./request-context";
import { FakeSheet } from "./sheet";
import { FakeTableCollection } from "./tables";

export class FakeFreezePanes {
  constructor(private readonly worksheet: FakeWorksheet) {}
  freezeRows(count: number): void {
    this.worksheet.context.queue(
      "freezePanes.freezeRows",
      () => (this.worksheet.sheet().frozenRows = count),
      count
    );
  }
}

/** A worksheet, found by name when used (a sheet added in the same batch is found once the batch adds it). */
export class FakeWorksheet extends ClientObject {
  readonly freezePanes = new FakeFreezePanes(this);
  readonly pageLayout = new FakePageLayout(this);
  readonly protection = new FakeWorksheetProtection(this);
  readonly tables: FakeTableCollection;

  constructor(
    context: FakeRequestContext,
    readonly sheetName: () => string | null
  ) {
    super(context);
    this.tables = new FakeTableCollection(context, sheetName);
  }

  protected exists(): boolean {
    const name = this.sheetName();
    return name !== null && this.context.book.findSheet(name) !== undefined;
  }

  sheet(): FakeSheet {
    const name = this.sheetName();
    if (name === null) throw new Error("ItemNotFound: worksheet");
    return this.context.book.sheet(name);
  }

  protected snapshot(): Record<string, unknown> {
    const sheet = this.sheet();
    return { name: sheet.name, position: this.context.book.sheets.indexOf(sheet) };
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.context.queue(
      "worksheet.name",
      () => {
        const book = this.context.book;
        if (book.findSheet(name)) throw new Error(`ItemAlreadyExists: worksheet ${name}`);
        const sheet = this.sheet();
        if (book.activeSheet === sheet.name) book.activeSheet = name;
        sheet.name = name;
      },
      name
    );
  }

  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.context, this);
  }

  /** The sheet's own names, scoped to it. */
  get names(): FakeNamedItemCollection {
    return new FakeNamedItemCollection(
      this.context,
      this.context.book.sheetNames,
      () => this.sheet().name
    );
  }

  getRange(address: string): FakeRange {
    const { rect } = parseAddress(address);
    return new FakeRange(this.context, this.sheetName, () => rect);
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, this.sheetName, () => ({
      row,
      column,
      rows: 1,
      columns: 1,
    }));
  }

  /** A copy of the sheet's cells, named as Excel names copies ("Plan (2)"), before or after `relativeTo`. */
  copy(position: "Before" | "After", relativeTo: FakeWorksheet): FakeWorksheet {
    let copied: FakeSheet | undefined;
    this.context.queue(
      "worksheet.copy",
      () => {
        const book = this.context.book;
        const source = this.sheet();
        let name = `${source.name} (2)`;
        for (let n = 3; book.findSheet(name); n++) name = `${source.name} (${n})`;
        copied = new FakeSheet(name);
        for (const [key, cell] of source.cells) copied.cells.set(key, { ...cell });
        const anchor = book.sheets.indexOf(relativeTo.sheet());
        book.sheets.splice(position === "After" ? anchor + 1 : anchor, 0, copied);
      },
      position
    );
    return new FakeWorksheet(this.context, () => copied?.name ?? null);
  }

  /** The used cells; the fake counts only values (valuesOnly), as our code always asks. */
  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this.context, this.sheetName, () =>
      this.sheet().usedRect({ row: 0, column: 0, rows: SHEET_ROWS, columns: SHEET_COLUMNS })
    );
  }

  activate(): void {
    this.context.queue(
      "worksheet.activate",
      () => (this.context.book.activeSheet = this.sheet().name)
    );
  }

  /**
   * Deletes the sheet with everything on it: its names, tables, rules and charts go with it. A null object
   * (getItemOrNullObject of a sheet that is not there) deletes nothing.
   */
  delete(): void {
    this.context.queue("worksheet.delete", () => {
      const book = this.context.book;
      const name = this.sheetName();
      const sheet = name === null ? undefined : book.findSheet(name);
      if (!sheet) return;
      if (book.sheets.length === 1) throw new Error("InvalidOperation: the last sheet");
      book.sheets.splice(book.sheets.indexOf(sheet), 1);
      const onOthers = <T extends { sheet: string }>(list: T[]): void => {
        const kept = list.filter((item) => item.sheet !== sheet.name);
        list.splice(0, list.length, ...kept);
      };
      onOthers(book.tables);
      onOthers(book.sheetNames);
      onOthers(book.conditionalFormats);
      onOthers(book.charts);
      if (book.activeSheet === sheet.name) book.activeSheet = book.sheets[0].name;
    });
  }
}

export class FakeWorksheetCollection extends ClientObject {
  /** Each item's name and whether it is protected (worksheet.protection.protected, ExcelApi 1.2). */
  protected snapshot(): Record<string, unknown> {
    const book = this.context.book;
    return {
      items: book.sheets.map((sheet) => ({
        name: sheet.name,
        protection: { protected: book.protectedSheets.has(sheet.name) },
      })),
    };
  }

  get items(): { name: string; protection: { protected: boolean } }[] {
    return this.read("items");
  }

  /** The worksheet a range lies on, found by the range's own locator. */
  locate(sheetName: () => string | null): FakeWorksheet {
    return new FakeWorksheet(this.context, sheetName);
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => name);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => name);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.book.activeSheet);
  }

  add(name: string): FakeWorksheet {
    this.context.queue(
      "worksheets.add",
      () => {
        if (this.context.book.findSheet(name))
          throw new Error(`ItemAlreadyExists: worksheet ${name}`);
        if (name.length > 31 || /[[\]:*?/\\]/.test(name))
          throw new Error(`InvalidArgument: sheet name ${name}`);
        this.context.book.sheets.push(new FakeSheet(name));
      },
      name
    );
    return new FakeWorksheet(this.context, () => name);
  }
}

/** context.workbook: its sheets, tables and names, and the selection. */
export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;

  constructor(readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context);
    this.names = new FakeNamedItemCollection(context, context.book.names, null);
  }

  get customXmlParts(): FakeCustomXmlPartCollection {
    return new FakeCustomXmlPartCollection(this.context);
  }

  getSelectedRange(): FakeRange {
    const { sheet, rect } = this.context.book.selection;
    return new FakeRange(
      this.context,
      () => sheet,
      () => rect
    );
  }
}
