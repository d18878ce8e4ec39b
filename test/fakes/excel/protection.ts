import type { Rect } from "./geometry";
import type { FakeRange } from "./range";
import type { FakeWorksheet } from "./worksheet";

/*
 * Cell locking and sheet protection. Every cell starts locked, as in Excel, so the book records only the areas
 * unlocked (FakeBook.unlocked) and, per protected sheet, the options it was protected with (FakeBook.protectedSheets).
 */

export interface UnlockedState {
  sheet: string;
  rect: Rect;
}

/** range.format.protection */
export class FakeRangeProtection {
  constructor(private readonly range: FakeRange) {}
  set locked(locked: boolean) {
    const range = this.range;
    range.context.queue(
      "format.protection.locked",
      () => {
        if (!locked)
          range.context.book.unlocked.push({ sheet: range.sheet().name, rect: range.area() });
      },
      locked
    );
  }
}

/** worksheet.protection */
export class FakeWorksheetProtection {
  constructor(private readonly worksheet: FakeWorksheet) {}
  protect(options?: unknown): void {
    const worksheet = this.worksheet;
    worksheet.context.queue(
      "worksheet.protection.protect",
      () => worksheet.context.book.protectedSheets.set(worksheet.sheet().name, options ?? {}),
      options ?? null
    );
  }
}
