/*
 * range.text for the recording fake (ExcelApi 1.1, Microsoft: "Excel.Range.text": the text values of the range, as
 * displayed). The fake formats nothing, so a cell's text is its value as a string; a formula's cell shows its value.
 * In a file of its own so that the fake's main file stays as it is.
 */
import { FakeRange } from "./excel-fake";

type Snapshot = () => Record<string, unknown>;

const proto = FakeRange.prototype as unknown as { snapshot: Snapshot; __withText?: boolean };

if (!proto.__withText) {
  const snapshot = proto.snapshot;
  proto.snapshot = function (this: FakeRange) {
    const base = snapshot.call(this);
    const values = base.values as unknown[][];
    return { ...base, text: values.map((row) => row.map((value) => String(value))) };
  };
  proto.__withText = true;
  Object.defineProperty(FakeRange.prototype, "text", {
    get(this: FakeRange) {
      return (this as unknown as { read(property: string): unknown }).read("text");
    },
  });
}
