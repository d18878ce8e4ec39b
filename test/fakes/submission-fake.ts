import type { FakeBook, FakeRange, FakeRangeFormat, FakeWorksheet, Rect } from "./excel-fake";

/*
 * What the recording fake lacks for submission sheets, added to its classes by installSubmissionFake: data
 * validation, cell locking, sheet protection and deleting a worksheet. Writes are queued like the fake's own and
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
  FakeRange: { prototype: FakeRange };
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

export function installSubmissionFake(fake: FakeClasses): void {
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
