/*
 * Custom XML parts for the recording fake (workbook.customXmlParts, ExcelApi 1.5), in a file of their own so that the
 * fake's main file stays as it is. As in Microsoft's reference ("Excel.CustomXmlPartCollection",
 * "Excel.CustomXmlPartScopedCollection", "Excel.CustomXmlPart"): add(xml) takes the namespace from the root element;
 * getByNamespace(uri).getOnlyItemOrNullObject() is a null object unless exactly one part has that namespace;
 * getXml() answers after sync; setXml and add apply at sync, in queue order.
 * `reopenBook` stands for saving and opening the file again: the cells and the parts survive, nothing else.
 */
import { ClientObject, FakeBook, FakeRequestContext, FakeWorkbook } from "./excel-fake";

export interface XmlPartState {
  id: string;
  namespaceUri: string;
  xml: string;
}

const partsByBook = new WeakMap<FakeBook, XmlPartState[]>();

export function xmlPartsOf(book: FakeBook): XmlPartState[] {
  let parts = partsByBook.get(book);
  if (!parts) {
    parts = [];
    partsByBook.set(book, parts);
  }
  return parts;
}

function namespaceOf(xml: string): string {
  const match =
    /^\s*(?:<\?xml[^>]*\?>\s*)?<[A-Za-z_][\w.-]*(?::[\w.-]+)?\b[^>]*\bxmlns="([^"]*)"/.exec(xml);
  if (!match) throw new Error("InvalidArgument: the XML has no root namespace");
  return match[1];
}

export class FakeCustomXmlPart extends ClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly find: () => XmlPartState | undefined
  ) {
    super(context);
  }

  protected exists(): boolean {
    return this.find() !== undefined;
  }

  protected snapshot(): Record<string, unknown> {
    const part = this.state();
    return { id: part.id, namespaceUri: part.namespaceUri };
  }

  private state(): XmlPartState {
    const part = this.find();
    if (!part) throw new Error("ItemNotFound: custom XML part");
    return part;
  }

  get id(): string {
    return this.read("id");
  }

  getXml(): { value: string } {
    const result = { loaded: false, xml: "" };
    this.context.queue("customXmlPart.getXml", () => {
      result.xml = this.state().xml;
      result.loaded = true;
    });
    return {
      get value(): string {
        if (!result.loaded)
          throw new Error("PropertyNotLoaded: call context.sync() before reading value");
        return result.xml;
      },
    };
  }

  setXml(xml: string): void {
    this.context.queue("customXmlPart.setXml", () => {
      const part = this.state();
      part.namespaceUri = namespaceOf(xml);
      part.xml = xml;
    });
  }

  delete(): void {
    this.context.queue("customXmlPart.delete", () => {
      const parts = xmlPartsOf(this.context.book);
      parts.splice(parts.indexOf(this.state()), 1);
    });
  }
}

export class FakeCustomXmlPartScopedCollection extends ClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly namespaceUri: string
  ) {
    super(context);
  }

  protected snapshot(): Record<string, unknown> {
    return { items: this.matching().map(({ id }) => ({ id })) };
  }

  private matching(): XmlPartState[] {
    return xmlPartsOf(this.context.book).filter((part) => part.namespaceUri === this.namespaceUri);
  }

  getOnlyItemOrNullObject(): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.context, () => {
      const matching = this.matching();
      return matching.length === 1 ? matching[0] : undefined;
    });
  }
}

let nextId = 1;

export class FakeCustomXmlPartCollection extends ClientObject {
  protected snapshot(): Record<string, unknown> {
    return { items: xmlPartsOf(this.context.book).map(({ id }) => ({ id })) };
  }

  add(xml: string): FakeCustomXmlPart {
    const id = `{FAKE-PART-${nextId++}}`;
    this.context.queue("customXmlParts.add", () => {
      xmlPartsOf(this.context.book).push({ id, namespaceUri: namespaceOf(xml), xml });
    });
    return new FakeCustomXmlPart(this.context, () =>
      xmlPartsOf(this.context.book).find((part) => part.id === id)
    );
  }

  getByNamespace(namespaceUri: string): FakeCustomXmlPartScopedCollection {
    return new FakeCustomXmlPartScopedCollection(this.context, namespaceUri);
  }
}

declare module "./excel-fake" {
  interface FakeWorkbook {
    readonly customXmlParts: FakeCustomXmlPartCollection;
  }
}

if (!Object.getOwnPropertyDescriptor(FakeWorkbook.prototype, "customXmlParts")) {
  Object.defineProperty(FakeWorkbook.prototype, "customXmlParts", {
    get(this: FakeWorkbook) {
      return new FakeCustomXmlPartCollection(this.context);
    },
  });
}

/** The workbook as it is after saving and opening again: cells, sheets and custom XML parts, and nothing queued. */
export function reopenBook(book: FakeBook): FakeBook {
  const reopened = new FakeBook();
  reopened.sheets.splice(0, reopened.sheets.length, ...book.sheets);
  reopened.activeSheet = book.activeSheet;
  xmlPartsOf(reopened).push(...xmlPartsOf(book).map((part) => ({ ...part })));
  return reopened;
}
