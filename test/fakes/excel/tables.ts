import type { TableState } from "./book";
import { ClientObject } from "./client-object";
import { overlaps, parseAddress, validName } from "./geometry";
import { FakeRange } from "./range";
import type { FakeRequestContext } from "./request-context";

export class FakeTable extends ClientObject {
  constructor(
    context: FakeRequestContext,
    readonly find: () => TableState | undefined
  ) {
    super(context);
  }

  protected exists(): boolean {
    return this.find() !== undefined;
  }

  private state(): TableState {
    const table = this.find();
    if (!table) throw new Error("ItemNotFound: table");
    return table;
  }

  protected snapshot(): Record<string, unknown> {
    const table = this.state();
    return { name: table.name, id: table.id, style: table.style };
  }

  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.context.queue(
      "table.name",
      () => {
        if (!validName(name)) throw new Error(`InvalidArgument: table name ${name}`);
        const book = this.context.book;
        const clash =
          book.tables.some((other) => other.name === name) ||
          book.names.some((other) => other.name === name);
        if (clash) throw new Error(`ItemAlreadyExists: ${name}`);
        this.state().name = name;
      },
      name
    );
  }
  get style(): string {
    return this.read("style");
  }
  set style(style: string) {
    this.context.queue("table.style", () => (this.state().style = style), style);
  }

  getRange(): FakeRange {
    return new FakeRange(
      this.context,
      () => this.find()?.sheet ?? null,
      () => this.find()?.rect ?? null
    );
  }

  /** The cells keep their contents and formats; only the table goes. */
  convertToRange(): FakeRange {
    this.context.queue("table.convertToRange", () => {
      const tables = this.context.book.tables;
      tables.splice(tables.indexOf(this.state()), 1);
    });
    return new FakeRange(
      this.context,
      () => null,
      () => null
    );
  }
}

/** workbook.tables (every table) or worksheet.tables (the sheet's, which `sheetName` names). */
export class FakeTableCollection extends ClientObject {
  constructor(
    context: FakeRequestContext,
    readonly sheetName: () => string | null = () => null
  ) {
    super(context);
  }

  private listed(): TableState[] {
    const sheet = this.sheetName();
    return this.context.book.tables.filter((table) => sheet === null || table.sheet === sheet);
  }

  protected snapshot(): Record<string, unknown> {
    return { items: this.listed().map((table) => ({ name: table.name, id: table.id })) };
  }

  get items(): { name: string; id: string }[] {
    return this.read("items");
  }

  getItemOrNullObject(nameOrId: string): FakeTable {
    const key = nameOrId.toLowerCase();
    return new FakeTable(this.context, () =>
      this.listed().find((table) => table.name.toLowerCase() === key || table.id === nameOrId)
    );
  }

  getItem(nameOrId: string): FakeTable {
    return this.getItemOrNullObject(nameOrId);
  }

  /** Excel names a new table Table1, Table2 …; the caller renames it. */
  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    let state: TableState | undefined;
    this.context.queue(
      "tables.add",
      () => {
        const range = typeof address === "string" ? this.rangeOf(address) : address;
        const rect = range.area();
        const sheet = range.sheet().name;
        if (!hasHeaders) throw new Error("The fake only supports tables with headers");
        const book = this.context.book;
        if (book.tables.some((table) => table.sheet === sheet && overlaps(table.rect, rect))) {
          throw new Error("InvalidOperation: a table cannot overlap another table");
        }
        const id = book.newId();
        state = {
          name: `Table${id.replace(/\D/g, "")}`,
          id,
          sheet,
          rect,
          style: "TableStyleMedium2",
        };
        book.tables.push(state);
      },
      typeof address === "string" ? address : "range"
    );
    return new FakeTable(this.context, () =>
      state && this.context.book.tables.includes(state) ? state : undefined
    );
  }

  private rangeOf(address: string): FakeRange {
    const { sheet, rect } = parseAddress(address);
    const name = sheet ?? this.sheetName() ?? this.context.book.activeSheet;
    return new FakeRange(
      this.context,
      () => name,
      () => rect
    );
  }
}
