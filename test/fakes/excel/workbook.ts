import { FakeNamedItemCollection } from "./names";
import { FakeRange } from "./range";
import type { FakeRequestContext } from "./request-context";
import { FakeTableCollection } from "./tables";
import { FakeWorksheetCollection } from "./worksheet";

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;

  constructor(readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context);
    this.names = new FakeNamedItemCollection(context, context.book.names, null);
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
