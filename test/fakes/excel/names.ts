import type { NameState } from "./book";
import { ClientObject } from "./client-object";
import { sheetAddress, validName } from "./geometry";
import { FakeRange } from "./range";
import type { FakeRequestContext } from "./request-context";

/** How a names list shows each name: a range name's value is its address; a name whose sheet was deleted, #REF!. */
export interface NameItem {
  name: string;
  type: string;
  value: string;
  comment: string;
}

/** One name of a names list: the workbook's (workbook.names) or a sheet's (worksheet.names). */
export class FakeNamedItem extends ClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly list: NameState[],
    private readonly label: string,
    readonly find: () => NameState | undefined
  ) {
    super(context);
  }

  protected exists(): boolean {
    return this.find() !== undefined;
  }

  private state(): NameState {
    const name = this.find();
    if (!name) throw new Error("ItemNotFound: name");
    return name;
  }

  protected snapshot(): Record<string, unknown> {
    const name = this.state();
    return {
      name: name.name,
      comment: name.comment,
      formula: `=${sheetAddress(name.sheet, name.rect)}`,
    };
  }

  get name(): string {
    return this.read("name");
  }
  get comment(): string {
    return this.read("comment");
  }

  /** A name whose sheet was deleted refers to #REF!: its range is a null object. */
  getRangeOrNullObject(): FakeRange {
    const live = (): NameState | undefined => {
      const name = this.find();
      return name && this.context.book.findSheet(name.sheet) ? name : undefined;
    };
    return new FakeRange(
      this.context,
      () => live()?.sheet ?? null,
      () => live()?.rect ?? null
    );
  }

  getRange(): FakeRange {
    return new FakeRange(
      this.context,
      () => this.state().sheet,
      () => this.state().rect
    );
  }

  delete(): void {
    this.context.queue(`${this.label}.delete`, () =>
      this.list.splice(this.list.indexOf(this.state()), 1)
    );
  }
}

/** A names list. The workbook's shares one namespace with the tables; a sheet's lists only the names on that sheet. */
export class FakeNamedItemCollection extends ClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly list: NameState[],
    private readonly sheet: (() => string) | null
  ) {
    super(context);
  }

  /** "names" or "sheetNames", for the commands' labels. */
  private label(): string {
    return this.sheet === null ? "names" : "sheetNames";
  }

  private listed(): NameState[] {
    const sheet = this.sheet?.();
    return sheet === undefined ? this.list : this.list.filter((name) => name.sheet === sheet);
  }

  protected snapshot(): Record<string, unknown> {
    const book = this.context.book;
    const items: NameItem[] = this.listed().map((name) => {
      const live = book.findSheet(name.sheet) !== undefined;
      return {
        name: name.name,
        type: live ? "Range" : "Error",
        value: live ? sheetAddress(name.sheet, name.rect) : "#REF!",
        comment: name.comment,
      };
    });
    return { items };
  }

  get items(): NameItem[] {
    return this.read("items");
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, this.list, this.label(), () =>
      this.listed().find((item) => item.name.toLowerCase() === name.toLowerCase())
    );
  }

  getItem(name: string): FakeNamedItem {
    return this.getItemOrNullObject(name);
  }

  add(name: string, reference: FakeRange, comment = ""): FakeNamedItem {
    this.context.queue(
      `${this.label()}.add`,
      () => {
        if (!validName(name)) throw new Error(`InvalidArgument: name ${name}`);
        const same = (other: { name: string }) => other.name.toLowerCase() === name.toLowerCase();
        const clash =
          this.listed().some(same) || (this.sheet === null && this.context.book.tables.some(same));
        if (clash) throw new Error(`ItemAlreadyExists: ${name}`);
        this.list.push({ name, sheet: reference.sheet().name, rect: reference.area(), comment });
      },
      [name, comment]
    );
    return this.getItemOrNullObject(name);
  }
}
