import type { FakeRequestContext } from "./request-context";

/** Thrown when code reads a property it did not load and sync first, as Excel's PropertyNotLoaded. */
export class PropertyNotLoadedError extends Error {
  constructor(property: string) {
    super(
      `The property '${property}' is not available. Before reading it, call load() and context.sync().`
    );
    this.name = "PropertyNotLoaded";
  }
}

/**
 * Load-before-read and sync-before-read, for every proxy object: a property can be read only after it was load()-ed
 * and a context.sync() ran. To add an API object, extend this class, give it a `snapshot()` of its loadable properties,
 * and queue its writes with `this.context.queue(label, apply, payload)`.
 */
export abstract class ClientObject {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(readonly context: FakeRequestContext) {
    context.track(this);
  }

  /** The object's loadable properties, read from the workbook at sync time. */
  protected abstract snapshot(): Record<string, unknown>;

  /** Null objects (…OrNullObject) override this to say whether the item exists. */
  protected exists(): boolean {
    return true;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw new PropertyNotLoadedError("isNullObject");
    return this.nullState;
  }

  load(properties?: string | string[]): this {
    const list = Array.isArray(properties) ? properties : (properties ?? "").split(",");
    this.context.requestLoad(
      this,
      // "items/name" loads the collection's items; the fake snapshots whole items.
      list.map((property) => property.trim().split("/")[0]).filter((property) => property !== "")
    );
    return this;
  }

  resolveNull(): void {
    this.nullState = !this.exists();
  }

  /** Answers a load at sync; returns what was loaded, so that the sync can count the response's size. */
  resolveLoad(properties: string[]): Record<string, unknown> {
    this.resolveNull();
    if (this.nullState) return {};
    const snapshot = this.snapshot();
    const answered: Record<string, unknown> = {};
    for (const property of properties.length > 0 ? properties : Object.keys(snapshot)) {
      if (!(property in snapshot))
        throw new Error(`PropertyNotLoaded: ${property} is not a property of this fake`);
      this.loaded.set(property, snapshot[property]);
      answered[property] = snapshot[property];
    }
    return answered;
  }

  /** What Excel's response carries for this object: its loaded properties (items nest as their own). */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) throw new PropertyNotLoadedError(property);
    return this.loaded.get(property) as T;
  }
}
