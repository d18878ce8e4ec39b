import type { Rect } from "./geometry";
import type { FakeRange } from "./range";

/** One data-validation write as Excel received it: the rule, the error alert or the input prompt of a range. */
export interface ValidationState {
  sheet: string;
  rect: Rect;
  property: "rule" | "errorAlert" | "prompt";
  value: unknown;
}

/** range.dataValidation; each setter is one queued command, recorded in FakeBook.validations at sync. */
export class FakeDataValidation {
  constructor(private readonly range: FakeRange) {}
  set rule(value: unknown) {
    this.record("rule", value);
  }
  set errorAlert(value: unknown) {
    this.record("errorAlert", value);
  }
  set prompt(value: unknown) {
    this.record("prompt", value);
  }
  private record(property: ValidationState["property"], value: unknown): void {
    const range = this.range;
    range.context.queue(
      `dataValidation.${property}`,
      () =>
        range.context.book.validations.push({
          sheet: range.sheet().name,
          rect: range.area(),
          property,
          value,
        }),
      value
    );
  }
}
