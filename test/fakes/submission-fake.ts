import type {
  FakeBook,
  FakeRange,
  FakeRangeFormat,
  FakeRequestContext,
  FakeSheet,
  FakeWorksheet,
  Rect,
} from "./excel";

/*
 * What the recording fake lacks for submission sheets, added to its classes by installSubmissionFake: data
 * validation, cell locking, sheet protection, deleting and copying a worksheet, worksheet.getCell, renaming, and
 * spill ranges (always none: the fake computes no formulas). Writes are queued like the fake's own and
 * applied at sync. `failOn` makes the write with that label throw when the sync applies it, as Excel fails a batch
 * part-way (the writes before it stay applied). It imports only types (see presentation-fake.ts).
 */

export interface SubmissionState {
  validations: { sheet: string; rect: Rect; property: string; value: unknown }[];
  unlocked: { sheet: string; rect: Rect }[];
  protectedSheets: Map<string, unknown>;
  failOn: string | null;
}

const states = new WeakMap<FakeBook, SubmissionState>();

export function submissionStateOf(book: FakeBook): SubmissionState {
  let state = states.get(book);
  if (!state) {
    state = { validations: [], unlocked: [], protectedSheets: new Map(), failOn: null };
    states.set(book, state);
  }
  return state;
}

interface FakeClasses {
  FakeRange: {
    prototype: FakeRange;
    new (
      context: FakeRequestContext,
      locateSheet: () => string | null,
      locateRect: () => Rect | null
    ): FakeRange;
  };
  FakeSheet: { new (name: string): FakeSheet };
  FakeRangeFormat: { prototype: FakeRangeFormat };
  FakeWorksheet: { prototype: FakeWorksheet };
}

function queue(
  range: FakeRange | FakeWorksheet,
  label: string,
  apply: (state: SubmissionState) => void
) {
  range.context.queue(label, () => {
    const state = submissionStateOf(range.context.book);
    if (state.failOn === label) throw new Error(`InvalidArgument: injected failure of ${label}`);
    apply(state);
  });
}

function installSheetCopies(fake: FakeClasses): void {
  const worksheet = fake.FakeWorksheet.prototype;
  const nameGetter = Object.getOwnPropertyDescriptor(worksheet, "name")?.get;
  Object.defineProperty(worksheet, "name", {
    configurable: true,
    get: nameGetter,
    set(this: FakeWorksheet, name: string) {
      queue(this, "worksheet.name", () => {
        if (this.context.book.findSheet(name))
          throw new Error(`ItemAlreadyExists: worksheet ${name}`);
        const sheet = this.sheet();
        if (this.context.book.activeSheet === sheet.name) this.context.book.activeSheet = name;
        sheet.name = name;
      });
    },
  });
  Object.defineProperty(worksheet, "getCell", {
    configurable: true,
    value(this: FakeWorksheet, row: number, column: number) {
      return new fake.FakeRange(this.context, this.sheetName, () => ({
        row,
        column,
        rows: 1,
        columns: 1,
      }));
    },
  });
  Object.defineProperty(worksheet, "copy", {
    configurable: true,
    value(this: FakeWorksheet, position: string, relativeTo: FakeWorksheet) {
      let copied: FakeSheet | undefined;
      queue(this, "worksheet.copy", () => {
        const book = this.context.book;
        const source = this.sheet();
        let name = `${source.name} (2)`;
        for (let n = 3; book.findSheet(name); n++) name = `${source.name} (${n})`;
        copied = new fake.FakeSheet(name);
        for (const [key, cell] of source.cells) copied.cells.set(key, { ...cell });
        const anchor = book.sheets.indexOf(relativeTo.sheet());
        book.sheets.splice(position === "After" ? anchor + 1 : anchor, 0, copied);
      });
      const Worksheet = this.constructor as new (
        context: FakeRequestContext,
        sheetName: () => string | null
      ) => FakeWorksheet;
      return new Worksheet(this.context, () => copied?.name ?? null);
    },
  });
  Object.defineProperty(fake.FakeRange.prototype, "getSpillingToRangeOrNullObject", {
    configurable: true,
    value(this: FakeRange) {
      return new fake.FakeRange(
        this.context,
        () => this.sheetName(),
        () => null
      );
    },
  });
}

export function installSubmissionFake(fake: FakeClasses): void {
  installSheetCopies(fake);
  Object.defineProperty(fake.FakeRange.prototype, "dataValidation", {
    configurable: true,
    get(this: FakeRange) {
      const range = this;
      const record = (property: string) => (value: unknown) =>
        queue(range, `dataValidation.${property}`, (state) =>
          state.validations.push({ sheet: range.sheet().name, rect: range.area(), property, value })
        );
      return {
        set rule(value: unknown) {
          record("rule")(value);
        },
        set errorAlert(value: unknown) {
          record("errorAlert")(value);
        },
        set prompt(value: unknown) {
          record("prompt")(value);
        },
      };
    },
  });
  Object.defineProperty(fake.FakeRangeFormat.prototype, "protection", {
    configurable: true,
    get(this: FakeRangeFormat) {
      const range = this.range;
      return {
        set locked(locked: boolean) {
          queue(range, "format.protection.locked", (state) => {
            if (!locked) state.unlocked.push({ sheet: range.sheet().name, rect: range.area() });
          });
        },
      };
    },
  });
  Object.defineProperty(fake.FakeWorksheet.prototype, "protection", {
    configurable: true,
    get(this: FakeWorksheet) {
      const worksheet = this;
      return {
        protect(options?: unknown) {
          queue(worksheet, "worksheet.protection.protect", (state) =>
            state.protectedSheets.set(worksheet.sheet().name, options ?? {})
          );
        },
      };
    },
  });
  Object.defineProperty(fake.FakeWorksheet.prototype, "delete", {
    configurable: true,
    value(this: FakeWorksheet) {
      queue(this, "worksheet.delete", () => {
        const name = this.sheetName();
        const book = this.context.book;
        const sheet = name === null ? undefined : book.findSheet(name);
        // A null object (…OrNullObject of a sheet that is not there) deletes nothing.
        if (sheet) book.sheets.splice(book.sheets.indexOf(sheet), 1);
      });
    },
  });
}
