/*
 * A recording fake of the Excel JavaScript API, strict where Excel is strict: a property can be read only after it
 * was load()-ed and a context.sync() ran; commands take effect at sync() in the order they were queued; a failing
 * command leaves the ones before it applied and drops the rest of its batch (FakeBook.failCommand fails any one).
 * The workbook's state (book.ts, sheet.ts) is plain data; every API object is a proxy extending ClientObject.
 * The modules import nothing outside this folder, so that the end-to-end test can load them into the page.
 */
export * from "./book";
export * from "./client-object";
export * from "./custom-xml";
export * from "./geometry";
export * from "./request-context";
export * from "./seed";
export * from "./sheet";
export { FakeRange } from "./range";
export { FakeWorkbook, FakeWorksheet, FakeWorksheetCollection } from "./worksheet";
export { FakeRangeFormat, FakeFont, FakeFill } from "./range-format";
