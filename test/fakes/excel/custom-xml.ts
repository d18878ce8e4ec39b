import type { FakeBook } from "./book";
import { ClientObject } from "./client-object";
import type { FakeRequestContext } from "./request-context";

/*
 * Custom XML parts (workbook.customXmlParts, ExcelApi 1.5), as Microsoft's reference describes them
 * ("Excel.CustomXmlPartCollection", "Excel.CustomXmlPartScopedCollection", "Excel.CustomXmlPart"): add(xml) takes the
 * namespace from the root element; getByNamespace(uri).getOnlyItemOrNullObject() is a null object unless exactly one
 * part has that namespace; getXml() answers after sync; setXml and add apply at sync, in queue order.
 */

export interface XmlPartState {
  id: string;
  namespaceUri: string;
  xml: string;
}

export function xmlPartsOf(book: FakeBook): XmlPartState[] {
  return book.xmlParts;
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

  private state(): XmlPartState {
    const part = this.find();
    if (!part) throw new Error("ItemNotFound: custom XML part");
    return part;
  }

  protected snapshot(): Record<string, unknown> {
    const part = this.state();
    return { id: part.id, namespaceUri: part.namespaceUri };
  }

  get id(): string {
    return this.read("id");
  }

  /** A ClientResult: its value is there after the sync that answers it. */
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
    this.context.queue(
      "customXmlPart.setXml",
      () => {
        const part = this.state();
        part.namespaceUri = namespaceOf(xml);
        part.xml = xml;
      },
      xml
    );
  }

  delete(): void {
    this.context.queue("customXmlPart.delete", () => {
      const parts = this.context.book.xmlParts;
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

  private matching(): XmlPartState[] {
    return this.context.book.xmlParts.filter((part) => part.namespaceUri === this.namespaceUri);
  }

  protected snapshot(): Record<string, unknown> {
    return { items: this.matching().map(({ id }) => ({ id })) };
  }

  getOnlyItemOrNullObject(): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.context, () => {
      const matching = this.matching();
      return matching.length === 1 ? matching[0] : undefined;
    });
  }
}

export class FakeCustomXmlPartCollection extends ClientObject {
  protected snapshot(): Record<string, unknown> {
    return { items: this.context.book.xmlParts.map(({ id }) => ({ id })) };
  }

  add(xml: string): FakeCustomXmlPart {
    const id = this.context.book.newId();
    this.context.queue(
      "customXmlParts.add",
      () => this.context.book.xmlParts.push({ id, namespaceUri: namespaceOf(xml), xml }),
      xml
    );
    return new FakeCustomXmlPart(this.context, () =>
      this.context.book.xmlParts.find((part) => part.id === id)
    );
  }

  getByNamespace(namespaceUri: string): FakeCustomXmlPartScopedCollection {
    return new FakeCustomXmlPartScopedCollection(this.context, namespaceUri);
  }
}
