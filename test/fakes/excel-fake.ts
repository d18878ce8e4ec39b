/*
 * A recording fake of the Excel JavaScript API, strict where Excel is strict: a property can be read only after it
 * was load()-ed and a context.sync() ran, and writes take effect at sync() in the order they were queued. It has no
 * imports so that the end-to-end test can also run it inside the page as the test host's Excel.
 *
 * Layout: the workbook's state (FakeBook > FakeSheet > cells) is plain data; every API object (FakeRange,
 * FakeWorksheet, …) is a proxy extending ClientObject, which implements load/read. To add an API object (conditional
 * formats, charts), write one class extending ClientObject, give it a `snapshot()` for its loadable properties, and
 * queue its writes with `this.context.queue(label, apply)`.
 */

export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface CellState {
  value: string | number | boolean;
  formula: string;
  numberFormat: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  fill?: string;
  wrap?: boolean;
}

export interface TableState {
  name: string;
  sheet: string;
  rect: Rect;
  style: string;
}

export interface NameState {
  name: string;
  sheet: string;
  rect: Rect;
  comment: string;
}

/** Thrown when code reads a property it did not load and sync first, as Excel's PropertyNotLoaded. */
export class PropertyNotLoadedError extends Error {
  constructor(property: string) {
    super(
      `The property '${property}' is not available. Before reading it, call load() and context.sync().`
    );
    this.name = "PropertyNotLoaded";
  }
}

const emptyCell = (): CellState => ({ value: "", formula: "", numberFormat: "General" });

function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function a1(rect: Rect): string {
  const start = `${columnLetters(rect.column)}${rect.row + 1}`;
  if (rect.rows === 1 && rect.columns === 1) return start;
  return `${start}:${columnLetters(rect.column + rect.columns - 1)}${rect.row + rect.rows}`;
}

function parseCell(text: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(text.trim());
  if (!match) throw new Error(`InvalidArgument: bad address ${text}`);
  const column =
    [...match[1].toUpperCase()].reduce((acc, letter) => acc * 26 + letter.charCodeAt(0) - 64, 0) -
    1;
  return { row: Number(match[2]) - 1, column };
}

/** "A1", "B2:D9", "Sheet1!A1:B2" (the sheet part is returned separately). */
export function parseAddress(address: string): { sheet: string | null; rect: Rect } {
  const bang = address.lastIndexOf("!");
  const sheet = bang >= 0 ? address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'") : null;
  const [from, to = from] = address.slice(bang + 1).split(":");
  const start = parseCell(from);
  const end = parseCell(to);
  return {
    sheet,
    rect: {
      row: start.row,
      column: start.column,
      rows: end.row - start.row + 1,
      columns: end.column - start.column + 1,
    },
  };
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

function validName(name: string): boolean {
  return (
    /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name)
  );
}

/** One worksheet's contents. */
export class FakeSheet {
  readonly cells = new Map<string, CellState>();
  frozenRows = 0;
  constructor(public name: string) {}

  cell(row: number, column: number): CellState {
    return this.cells.get(`${row},${column}`) ?? emptyCell();
  }

  edit(row: number, column: number, change: (cell: CellState) => void): void {
    const cell = { ...this.cell(row, column) };
    change(cell);
    this.cells.set(`${row},${column}`, cell);
  }

  /** Sets a value as Excel would, typed by the user: a text-formatted cell keeps text; formulas start with "=". */
  setEntry(row: number, column: number, entry: string | number | boolean): void {
    this.edit(row, column, (cell) => {
      const isFormula =
        typeof entry === "string" && entry.startsWith("=") && cell.numberFormat !== "@";
      cell.formula = isFormula ? (entry as string) : "";
      cell.value = isFormula ? "" : entry;
    });
  }

  grid<T>(rect: Rect, read: (cell: CellState) => T): T[][] {
    return Array.from({ length: rect.rows }, (_, r) =>
      Array.from({ length: rect.columns }, (_, c) => read(this.cell(rect.row + r, rect.column + c)))
    );
  }

  /** The smallest rectangle inside `within` holding every non-empty cell, or null. */
  usedRect(within: Rect): Rect | null {
    let found: Rect | null = null;
    for (const [key, cell] of this.cells) {
      if (cell.value === "" && cell.formula === "") continue;
      const [row, column] = key.split(",").map(Number);
      if (!overlaps(within, { row, column, rows: 1, columns: 1 })) continue;
      if (!found) found = { row, column, rows: 1, columns: 1 };
      const top = Math.min(found.row, row);
      const left = Math.min(found.column, column);
      const bottom = Math.max(found.row + found.rows, row + 1);
      const right = Math.max(found.column + found.columns, column + 1);
      found = { row: top, column: left, rows: bottom - top, columns: right - left };
    }
    return found;
  }

  /** Values in A1 notation, for assertions: {"A1": 12, "B1": "=PLAN.TARGET(...)"}. */
  written(): Record<string, string | number | boolean> {
    const out: Record<string, string | number | boolean> = {};
    for (const [key, cell] of this.cells) {
      const [row, column] = key.split(",").map(Number);
      const shown = cell.formula || cell.value;
      if (shown !== "") out[a1({ row, column, rows: 1, columns: 1 })] = shown;
    }
    return out;
  }
}

/** The whole workbook's state, plus the record of what happened to it. */
export class FakeBook {
  readonly sheets: FakeSheet[] = [new FakeSheet("Sheet1")];
  readonly tables: TableState[] = [];
  readonly names: NameState[] = [];
  selection = { sheet: "Sheet1", rect: { row: 0, column: 0, rows: 1, columns: 1 } };
  activeSheet = "Sheet1";
  syncCount = 0;
  /** Labels of the writes applied so far, in order ("range.values", "tables.add" …). */
  readonly log: string[] = [];
  /** When set, queueing an operation with this label throws at once, as a bug in the caller would. */
  failWhenQueueing: string | null = null;

  sheet(name: string): FakeSheet {
    const found = this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
    if (!found) throw new Error(`ItemNotFound: worksheet ${name}`);
    return found;
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  context(): FakeRequestContext {
    return new FakeRequestContext(this);
  }

  /** Runs a batch function the way Excel.run does. */
  run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
    return batch(this.context());
  }
}

interface PendingLoad {
  target: ClientObject;
  properties: string[];
}

/** Queues writes and loads; sync() applies the writes in order, then answers the loads. */
export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application = { suspendApiCalculationUntilNextSync: (): void => undefined };
  private writes: { label: string; apply: () => void }[] = [];
  private loads: PendingLoad[] = [];
  private created: ClientObject[] = [];

  constructor(readonly book: FakeBook) {
    this.workbook = new FakeWorkbook(this);
  }

  queue(label: string, apply: () => void): void {
    if (this.book.failWhenQueueing === label)
      throw new Error(`Injected failure while queueing ${label}`);
    this.writes.push({ label, apply });
  }

  requestLoad(target: ClientObject, properties: string[]): void {
    this.loads.push({ target, properties });
  }

  track(object: ClientObject): void {
    this.created.push(object);
  }

  async sync(): Promise<void> {
    this.book.syncCount++;
    const writes = this.writes;
    const loads = this.loads;
    const created = this.created;
    this.writes = [];
    this.loads = [];
    this.created = [];
    // Like Excel, writes before a failing one stay applied; the failing one and everything after are dropped.
    for (const write of writes) {
      write.apply();
      this.book.log.push(write.label);
    }
    for (const object of created) object.resolveNull();
    for (const { target, properties } of loads) target.resolveLoad(properties);
  }
}

/** Load-before-read and sync-before-read, for every proxy object. */
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

  resolveLoad(properties: string[]): void {
    this.resolveNull();
    if (this.nullState) return;
    const snapshot = this.snapshot();
    for (const property of properties.length > 0 ? properties : Object.keys(snapshot)) {
      if (!(property in snapshot))
        throw new Error(`PropertyNotLoaded: ${property} is not a property of this fake`);
      this.loaded.set(property, snapshot[property]);
    }
  }

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) throw new PropertyNotLoadedError(property);
    return this.loaded.get(property) as T;
  }
}

/** A rectangle of one sheet. The sheet is found by name when the range is used, as Excel resolves it at sync. */
export class FakeRange extends ClientObject {
  readonly format: FakeRangeFormat;

  /** Where the range was found at its first sync: like Excel's, a range stays put when its name is deleted. */
  private bound: { sheet: string | null; rect: Rect | null } | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly locateSheet: () => string | null,
    private readonly locateRect: () => Rect | null
  ) {
    super(context);
    this.format = new FakeRangeFormat(this);
  }

  sheetName(): string | null {
    return this.bound ? this.bound.sheet : this.locateSheet();
  }

  rect(): Rect | null {
    return this.bound ? this.bound.rect : this.locateRect();
  }

  resolveNull(): void {
    this.bound ??= { sheet: this.locateSheet(), rect: this.locateRect() };
    super.resolveNull();
  }

  protected exists(): boolean {
    return this.rect() !== null && this.sheetName() !== null;
  }

  sheet(): FakeSheet {
    const name = this.sheetName();
    if (name === null) throw new Error("InvalidReference: the range does not exist");
    return this.context.book.sheet(name);
  }

  area(): Rect {
    const rect = this.rect();
    if (!rect) throw new Error("InvalidReference: the range does not exist");
    return rect;
  }

  protected snapshot(): Record<string, unknown> {
    const sheet = this.sheet();
    const rect = this.area();
    return {
      address: `${quoteSheet(sheet.name)}!${a1(rect)}`,
      rowIndex: rect.row,
      columnIndex: rect.column,
      rowCount: rect.rows,
      columnCount: rect.columns,
      values: sheet.grid(rect, (cell) => cell.value),
      formulas: sheet.grid(rect, (cell) => cell.formula || cell.value),
      numberFormat: sheet.grid(rect, (cell) => cell.numberFormat),
    };
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(grid: unknown[][]) {
    this.writeGrid("range.values", grid);
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(grid: unknown[][]) {
    this.writeGrid("range.formulas", grid);
  }
  /** The fake does not translate: local formulas are stored as written. */
  set formulasLocal(grid: unknown[][]) {
    this.writeGrid("range.formulasLocal", grid);
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(grid: string[][]) {
    this.context.queue("range.numberFormat", () => {
      this.checkShape(grid);
      const rect = this.area();
      grid.forEach((row, r) =>
        row.forEach((format, c) =>
          this.sheet().edit(rect.row + r, rect.column + c, (cell) => (cell.numberFormat = format))
        )
      );
    });
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.sheetName());
  }

  private checkShape(grid: unknown[][]): void {
    const rect = this.area();
    if (grid.length !== rect.rows || grid.some((row) => row.length !== rect.columns)) {
      throw new Error(
        `InvalidArgument: ${grid.length}x${grid[0]?.length} array for a ${rect.rows}x${rect.columns} range`
      );
    }
  }

  private writeGrid(label: string, grid: unknown[][]): void {
    this.context.queue(label, () => {
      this.checkShape(grid);
      const rect = this.area();
      grid.forEach((row, r) =>
        row.forEach((entry, c) =>
          this.sheet().setEntry(rect.row + r, rect.column + c, entry as string | number | boolean)
        )
      );
    });
  }

  private derived(change: (rect: Rect) => Rect): FakeRange {
    return new FakeRange(
      this.context,
      () => this.sheetName(),
      () => {
        const rect = this.rect();
        return rect && change(rect);
      }
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived((rect) => ({
      row: rect.row + row,
      column: rect.column + column,
      rows: 1,
      columns: 1,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived((rect) => ({
      ...rect,
      rows: rect.rows + deltaRows,
      columns: rect.columns + deltaColumns,
    }));
  }

  getOffsetRange(rows: number, columns: number): FakeRange {
    return this.derived((rect) => ({
      ...rect,
      row: rect.row + rows,
      column: rect.column + columns,
    }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    void valuesOnly;
    return new FakeRange(
      this.context,
      () => this.sheetName(),
      () => {
        const rect = this.rect();
        const name = this.sheetName();
        return rect && name ? this.context.book.sheet(name).usedRect(rect) : null;
      }
    );
  }

  clear(): void {
    this.context.queue("range.clear", () => {
      const rect = this.area();
      for (let r = 0; r < rect.rows; r++)
        for (let c = 0; c < rect.columns; c++)
          this.sheet().cells.delete(`${rect.row + r},${rect.column + c}`);
    });
  }

  select(): void {
    this.context.queue("range.select", () => {
      this.context.book.selection = { sheet: this.sheet().name, rect: this.area() };
      this.context.book.activeSheet = this.sheet().name;
    });
  }
}

/** range.format, with font and fill; each setter is one queued write over the whole range. */
export class FakeRangeFormat {
  readonly font: FakeFont;
  readonly fill: FakeFill;
  constructor(readonly range: FakeRange) {
    this.font = new FakeFont(this);
    this.fill = new FakeFill(this);
  }

  set wrapText(wrap: boolean) {
    this.apply("format.wrapText", (cell) => (cell.wrap = wrap));
  }

  autofitColumns(): void {
    this.range.context.queue("format.autofitColumns", () => undefined);
  }

  apply(label: string, change: (cell: CellState) => void): void {
    this.range.context.queue(label, () => {
      const rect = this.range.area();
      const sheet = this.range.sheet();
      for (let r = 0; r < rect.rows; r++)
        for (let c = 0; c < rect.columns; c++) sheet.edit(rect.row + r, rect.column + c, change);
    });
  }
}

export class FakeFont {
  constructor(private readonly format: FakeRangeFormat) {}
  set bold(bold: boolean) {
    this.format.apply("font.bold", (cell) => (cell.bold = bold));
  }
  set italic(italic: boolean) {
    this.format.apply("font.italic", (cell) => (cell.italic = italic));
  }
  set color(color: string) {
    this.format.apply("font.color", (cell) => (cell.fontColor = color));
  }
  set size(size: number) {
    this.format.apply("font.size", (cell) => (cell.fontSize = size));
  }
}

export class FakeFill {
  constructor(private readonly format: FakeRangeFormat) {}
  set color(color: string) {
    this.format.apply("fill.color", (cell) => (cell.fill = color));
  }
}

export class FakeFreezePanes {
  constructor(private readonly worksheet: FakeWorksheet) {}
  freezeRows(count: number): void {
    this.worksheet.context.queue(
      "freezePanes.freezeRows",
      () => (this.worksheet.sheet().frozenRows = count)
    );
  }
}

export class FakeWorksheet extends ClientObject {
  readonly freezePanes = new FakeFreezePanes(this);
  readonly tables: FakeTableCollection;

  constructor(
    context: FakeRequestContext,
    readonly sheetName: () => string | null
  ) {
    super(context);
    this.tables = new FakeTableCollection(context, sheetName);
  }

  protected exists(): boolean {
    const name = this.sheetName();
    return name !== null && this.context.book.findSheet(name) !== undefined;
  }

  sheet(): FakeSheet {
    const name = this.sheetName();
    if (name === null) throw new Error("ItemNotFound: worksheet");
    return this.context.book.sheet(name);
  }

  protected snapshot(): Record<string, unknown> {
    const sheet = this.sheet();
    return { name: sheet.name, position: this.context.book.sheets.indexOf(sheet) };
  }

  get name(): string {
    return this.read("name");
  }

  getRange(address: string): FakeRange {
    const { rect } = parseAddress(address);
    return new FakeRange(this.context, this.sheetName, () => rect);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    void valuesOnly;
    return new FakeRange(this.context, this.sheetName, () =>
      this.sheet().usedRect({ row: 0, column: 0, rows: 1048576, columns: 16384 })
    );
  }

  activate(): void {
    this.context.queue(
      "worksheet.activate",
      () => (this.context.book.activeSheet = this.sheet().name)
    );
  }
}

export class FakeWorksheetCollection extends ClientObject {
  protected snapshot(): Record<string, unknown> {
    return { items: this.context.book.sheets.map((sheet) => ({ name: sheet.name })) };
  }

  get items(): { name: string }[] {
    return this.read("items");
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => name);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => name);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.book.activeSheet);
  }

  add(name: string): FakeWorksheet {
    this.context.queue("worksheets.add", () => {
      if (this.context.book.findSheet(name))
        throw new Error(`ItemAlreadyExists: worksheet ${name}`);
      if (name.length > 31 || /[[\]:*?/\\]/.test(name))
        throw new Error(`InvalidArgument: sheet name ${name}`);
      this.context.book.sheets.push(new FakeSheet(name));
    });
    return new FakeWorksheet(this.context, () => name);
  }
}

export class FakeTable extends ClientObject {
  constructor(
    context: FakeRequestContext,
    readonly find: () => TableState | undefined
  ) {
    super(context);
  }

  protected exists(): boolean {
    return this.find() !== undefined;
  }

  protected snapshot(): Record<string, unknown> {
    const table = this.find() as TableState;
    return { name: table.name, style: table.style };
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.context.queue("table.name", () => {
      if (!validName(name)) throw new Error(`InvalidArgument: table name ${name}`);
      const clash =
        this.context.book.tables.some((other) => other.name === name) ||
        this.context.book.names.some((other) => other.name === name);
      if (clash) throw new Error(`ItemAlreadyExists: ${name}`);
      (this.find() as TableState).name = name;
    });
  }
  set style(style: string) {
    this.context.queue("table.style", () => ((this.find() as TableState).style = style));
  }

  convertToRange(): FakeRange {
    this.context.queue("table.convertToRange", () => {
      const table = this.find() as TableState;
      this.context.book.tables.splice(this.context.book.tables.indexOf(table), 1);
    });
    return new FakeRange(
      this.context,
      () => null,
      () => null
    );
  }
}

export class FakeTableCollection extends ClientObject {
  constructor(
    context: FakeRequestContext,
    readonly sheetName: () => string | null = () => null
  ) {
    super(context);
  }

  protected snapshot(): Record<string, unknown> {
    return { items: this.context.book.tables.map((table) => ({ name: table.name })) };
  }

  get items(): { name: string }[] {
    return this.read("items");
  }

  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(this.context, () =>
      this.context.book.tables.find((table) => table.name.toLowerCase() === name.toLowerCase())
    );
  }

  /** Excel names a new table Table1, Table2 …; the caller renames it. */
  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    let state: TableState | undefined;
    this.context.queue("tables.add", () => {
      const range = typeof address === "string" ? this.rangeOf(address) : address;
      const rect = range.area();
      const sheet = range.sheet().name;
      if (!hasHeaders) throw new Error("The fake only supports tables with headers");
      if (
        this.context.book.tables.some(
          (table) => table.sheet === sheet && overlaps(table.rect, rect)
        )
      ) {
        throw new Error("InvalidOperation: a table cannot overlap another table");
      }
      state = {
        name: `Table${this.context.book.tables.length + 1}`,
        sheet,
        rect,
        style: "TableStyleMedium2",
      };
      this.context.book.tables.push(state);
    });
    return new FakeTable(this.context, () => state);
  }

  private rangeOf(address: string): FakeRange {
    const { sheet, rect } = parseAddress(address);
    const name = sheet ?? this.sheetName() ?? this.context.book.activeSheet;
    return new FakeRange(
      this.context,
      () => name,
      () => rect
    );
  }
}

export class FakeNamedItem extends ClientObject {
  constructor(
    context: FakeRequestContext,
    readonly find: () => NameState | undefined
  ) {
    super(context);
  }

  protected exists(): boolean {
    return this.find() !== undefined;
  }

  protected snapshot(): Record<string, unknown> {
    const name = this.find() as NameState;
    return {
      name: name.name,
      comment: name.comment,
      formula: `=${quoteSheet(name.sheet)}!${a1(name.rect)}`,
    };
  }

  get name(): string {
    return this.read("name");
  }

  /** A name whose sheet was deleted refers to #REF!: its range is a null object. */
  getRangeOrNullObject(): FakeRange {
    const live = (): NameState | undefined => {
      const name = this.find();
      return name && this.context.book.findSheet(name.sheet) ? name : undefined;
    };
    return new FakeRange(
      this.context,
      () => live()?.sheet ?? null,
      () => live()?.rect ?? null
    );
  }

  getRange(): FakeRange {
    return new FakeRange(
      this.context,
      () => (this.find() as NameState).sheet,
      () => (this.find() as NameState).rect
    );
  }

  delete(): void {
    this.context.queue("names.delete", () => {
      const name = this.find() as NameState;
      this.context.book.names.splice(this.context.book.names.indexOf(name), 1);
    });
  }
}

export class FakeNamedItemCollection extends ClientObject {
  protected snapshot(): Record<string, unknown> {
    return { items: this.context.book.names.map((name) => ({ name: name.name })) };
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () =>
      this.context.book.names.find((item) => item.name.toLowerCase() === name.toLowerCase())
    );
  }

  add(name: string, reference: FakeRange, comment = ""): FakeNamedItem {
    this.context.queue("names.add", () => {
      if (!validName(name)) throw new Error(`InvalidArgument: name ${name}`);
      const clash =
        this.context.book.names.some((other) => other.name === name) ||
        this.context.book.tables.some((other) => other.name === name);
      if (clash) throw new Error(`ItemAlreadyExists: ${name}`);
      this.context.book.names.push({
        name,
        sheet: reference.sheet().name,
        rect: reference.area(),
        comment,
      });
    });
    return this.getItemOrNullObject(name);
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;

  constructor(readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context);
    this.names = new FakeNamedItemCollection(context);
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

/* ==========================================================================================================
 * Conditional formats, charts and the names list (added for src/excel/highlight.ts and chart.ts).
 * Kept apart from the rest: they attach to the classes above through declaration merging, so the classes above
 * stay as they are. State lives in WeakMaps keyed by the FakeBook; read it with conditionalFormatsOf / chartsOf.
 * ========================================================================================================== */

export interface ConditionalFormatState {
  sheet: string;
  rect: Rect;
  /** "Custom", or any other type name a test seeds (the user's own "ColorScale" …). */
  type: string;
  formula: string;
  fill?: string;
  fontColor?: string;
}

export interface ChartState {
  sheet: string;
  name: string;
  type: string;
  source: Rect;
  seriesBy: string;
  title?: string;
  position?: { start: string; end: string };
  axisTitles?: { category?: string; value?: string };
  /** The categories and series Excel derives from the source when the chart is added (see chartSeries). */
  categories?: (string | number | boolean)[];
  series?: { name: string; values: (number | null)[] }[];
}

const conditionalFormatStore = new WeakMap<FakeBook, ConditionalFormatState[]>();
const chartStore = new WeakMap<FakeBook, ChartState[]>();

export function conditionalFormatsOf(book: FakeBook): ConditionalFormatState[] {
  let list = conditionalFormatStore.get(book);
  if (!list) conditionalFormatStore.set(book, (list = []));
  return list;
}

export function chartsOf(book: FakeBook): ChartState[] {
  let list = chartStore.get(book);
  if (!list) chartStore.set(book, (list = []));
  return list;
}

export class FakeConditionalFormatRule extends ClientObject {
  constructor(
    context: FakeRequestContext,
    readonly find: () => ConditionalFormatState | undefined
  ) {
    super(context);
  }

  protected snapshot(): Record<string, unknown> {
    const state = this.find();
    if (!state) throw new Error("ItemNotFound: conditional format");
    if (state.type !== "Custom")
      throw new Error("InvalidOperation: not a custom conditional format");
    return { formula: state.formula };
  }

  get formula(): string {
    return this.read("formula");
  }
  set formula(formula: string) {
    this.context.queue(
      "conditionalFormat.rule.formula",
      () => ((this.find() as ConditionalFormatState).formula = formula)
    );
  }
}

export class FakeConditionalFormat extends ClientObject {
  readonly custom: {
    rule: FakeConditionalFormatRule;
    format: { fill: { color: string }; font: { color: string } };
  };

  constructor(
    context: FakeRequestContext,
    readonly find: () => ConditionalFormatState | undefined
  ) {
    super(context);
    const queue = (label: string, change: (state: ConditionalFormatState) => void): void =>
      context.queue(label, () => change(find() as ConditionalFormatState));
    this.custom = {
      rule: new FakeConditionalFormatRule(context, find),
      format: {
        fill: {
          set color(color: string) {
            queue("conditionalFormat.fill.color", (state) => (state.fill = color));
          },
        } as { color: string },
        font: {
          set color(color: string) {
            queue("conditionalFormat.font.color", (state) => (state.fontColor = color));
          },
        } as { color: string },
      },
    };
  }

  protected exists(): boolean {
    return this.find() !== undefined;
  }

  protected snapshot(): Record<string, unknown> {
    return { type: (this.find() as ConditionalFormatState).type };
  }

  get type(): string {
    return this.read("type");
  }

  delete(): void {
    this.context.queue("conditionalFormats.delete", () => {
      const list = conditionalFormatsOf(this.context.book);
      const state = this.find();
      if (!state) throw new Error("ItemNotFound: conditional format");
      list.splice(list.indexOf(state), 1);
    });
  }
}

/** range.conditionalFormats: the formats that intersect the range, as Excel lists them. */
export class FakeConditionalFormatCollection extends ClientObject {
  constructor(
    context: FakeRequestContext,
    readonly range: FakeRange
  ) {
    super(context);
  }

  protected snapshot(): Record<string, unknown> {
    const sheet = this.range.sheet().name;
    const rect = this.range.area();
    const states = conditionalFormatsOf(this.context.book).filter(
      (state) => state.sheet === sheet && overlaps(state.rect, rect)
    );
    return {
      items: states.map((state) => {
        const format = new FakeConditionalFormat(this.context, () =>
          conditionalFormatsOf(this.context.book).includes(state) ? state : undefined
        );
        format.resolveLoad(["type"]);
        return format;
      }),
    };
  }

  get items(): FakeConditionalFormat[] {
    return this.read("items");
  }

  add(type: string): FakeConditionalFormat {
    let state: ConditionalFormatState | undefined;
    this.context.queue("conditionalFormats.add", () => {
      state = { sheet: this.range.sheet().name, rect: this.range.area(), type, formula: "" };
      conditionalFormatsOf(this.context.book).push(state);
    });
    return new FakeConditionalFormat(this.context, () => state);
  }
}

export class FakeChartTitle {
  constructor(private readonly chart: FakeChart) {}
  set text(text: string) {
    this.chart.context.queue("chart.title", () => (this.chart.state().title = text));
  }
}

/** chart.axes.categoryAxis / valueAxis: only their titles are recorded. */
export class FakeChartAxis {
  readonly title: { text: string };
  constructor(chart: FakeChart, which: "category" | "value") {
    this.title = {
      set text(text: string) {
        chart.context.queue("chart.axis.title", () => {
          const state = chart.state();
          state.axisTitles = { ...state.axisTitles, [which]: text };
        });
      },
    } as { text: string };
  }
}

export class FakeChart extends ClientObject {
  readonly title = new FakeChartTitle(this);
  readonly axes = {
    categoryAxis: new FakeChartAxis(this, "category"),
    valueAxis: new FakeChartAxis(this, "value"),
  };

  constructor(
    context: FakeRequestContext,
    readonly find: () => ChartState | undefined
  ) {
    super(context);
  }

  state(): ChartState {
    const state = this.find();
    if (!state) throw new Error("ItemNotFound: chart");
    return state;
  }

  protected exists(): boolean {
    return this.find() !== undefined;
  }

  protected snapshot(): Record<string, unknown> {
    return { name: this.state().name };
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.context.queue("chart.name", () => (this.state().name = name));
  }

  setPosition(start: string, end: string): void {
    this.context.queue("chart.setPosition", () => (this.state().position = { start, end }));
  }

  delete(): void {
    this.context.queue("chart.delete", () => {
      const list = chartsOf(this.context.book);
      list.splice(list.indexOf(this.state()), 1);
    });
  }
}

export class FakeChartCollection extends ClientObject {
  constructor(
    context: FakeRequestContext,
    readonly worksheet: FakeWorksheet
  ) {
    super(context);
  }

  private onSheet(): ChartState[] {
    const sheet = this.worksheet.sheet().name;
    return chartsOf(this.context.book).filter((chart) => chart.sheet === sheet);
  }

  protected snapshot(): Record<string, unknown> {
    return { items: this.onSheet().map((chart) => ({ name: chart.name })) };
  }

  get items(): { name: string }[] {
    return this.read("items");
  }

  getItem(name: string): FakeChart {
    return new FakeChart(this.context, () => this.onSheet().find((chart) => chart.name === name));
  }

  getItemOrNullObject(name: string): FakeChart {
    return this.getItem(name);
  }

  /** Excel names a new chart "Chart 1", "Chart 2" …; the caller renames it. */
  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChart {
    let state: ChartState | undefined;
    this.context.queue("charts.add", () => {
      const list = chartsOf(this.context.book);
      state = {
        sheet: source.sheet().name,
        name: `Chart ${list.length + 1}`,
        type,
        source: source.area(),
        seriesBy,
        ...chartSeries(source.sheet(), source.area(), seriesBy),
      };
      list.push(state);
    });
    return new FakeChart(this.context, () => state);
  }
}

/**
 * What Excel draws from a source read by columns: the first column is the categories when its cells below the header
 * are text (numbers there, such as years typed as numbers, make it one more series instead), and the header row names
 * the series. Empty cells are gaps (null).
 */
function chartSeries(
  sheet: FakeSheet,
  rect: Rect,
  seriesBy: string
): Pick<ChartState, "categories" | "series"> {
  if (seriesBy !== "Columns") throw new Error("The fake only draws series by columns");
  const grid = sheet.grid(rect, (cell) => cell.value);
  const body = grid.slice(1);
  const textCategories = body.every((row) => typeof row[0] !== "number");
  const first = textCategories ? 1 : 0;
  return {
    categories: textCategories ? body.map((row) => row[0]) : body.map((_, index) => index + 1),
    series: grid[0].slice(first).map((header, offset) => ({
      name: String(header),
      values: body.map((row) => {
        const value = row[first + offset];
        return typeof value === "number" ? value : null;
      }),
    })),
  };
}

/* Worksheet-scoped names (worksheet.names), kept apart from the workbook's names as Excel keeps them. */
const sheetNameStore = new WeakMap<FakeBook, NameState[]>();

export function sheetNamesOf(book: FakeBook): NameState[] {
  let list = sheetNameStore.get(book);
  if (!list) sheetNameStore.set(book, (list = []));
  return list;
}

export class FakeSheetNamedItem extends ClientObject {
  constructor(
    context: FakeRequestContext,
    readonly find: () => NameState | undefined
  ) {
    super(context);
  }

  protected exists(): boolean {
    return this.find() !== undefined;
  }

  protected snapshot(): Record<string, unknown> {
    return { name: (this.find() as NameState).name };
  }

  getRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      () => this.find()?.sheet ?? null,
      () => this.find()?.rect ?? null
    );
  }

  delete(): void {
    this.context.queue("sheetNames.delete", () => {
      const list = sheetNamesOf(this.context.book);
      const state = this.find();
      if (!state) throw new Error("ItemNotFound: name");
      list.splice(list.indexOf(state), 1);
    });
  }
}

export class FakeSheetNameCollection extends ClientObject {
  constructor(
    context: FakeRequestContext,
    readonly worksheet: FakeWorksheet
  ) {
    super(context);
  }

  private onSheet(): NameState[] {
    const sheet = this.worksheet.sheet().name;
    return sheetNamesOf(this.context.book).filter((name) => name.sheet === sheet);
  }

  /** Like the workbook's names: a range name's value is its address. */
  protected snapshot(): Record<string, unknown> {
    return {
      items: this.onSheet().map((name) => ({
        name: name.name,
        type: "Range",
        value: `${quoteSheet(name.sheet)}!${a1(name.rect)}`,
      })),
    };
  }

  get items(): { name: string; type: string; value: string }[] {
    return this.read("items");
  }

  getItemOrNullObject(name: string): FakeSheetNamedItem {
    return new FakeSheetNamedItem(this.context, () =>
      this.onSheet().find((item) => item.name.toLowerCase() === name.toLowerCase())
    );
  }

  getItem(name: string): FakeSheetNamedItem {
    return this.getItemOrNullObject(name);
  }

  add(name: string, reference: FakeRange, comment = ""): FakeSheetNamedItem {
    this.context.queue("sheetNames.add", () => {
      if (!validName(name)) throw new Error(`InvalidArgument: name ${name}`);
      if (this.onSheet().some((other) => other.name.toLowerCase() === name.toLowerCase()))
        throw new Error(`ItemAlreadyExists: ${name}`);
      sheetNamesOf(this.context.book).push({
        name,
        sheet: reference.sheet().name,
        rect: reference.area(),
        comment,
      });
    });
    return this.getItemOrNullObject(name);
  }
}

export interface FakeRange {
  readonly conditionalFormats: FakeConditionalFormatCollection;
}
export interface FakeWorksheet {
  readonly charts: FakeChartCollection;
  readonly names: FakeSheetNameCollection;
}
export interface FakeNamedItemCollection {
  readonly items: { name: string }[];
}

Object.defineProperty(FakeRange.prototype, "conditionalFormats", {
  get(this: FakeRange) {
    return new FakeConditionalFormatCollection(this.context, this);
  },
});
Object.defineProperty(FakeWorksheet.prototype, "charts", {
  get(this: FakeWorksheet) {
    return new FakeChartCollection(this.context, this);
  },
});
Object.defineProperty(FakeWorksheet.prototype, "names", {
  get(this: FakeWorksheet) {
    return new FakeSheetNameCollection(this.context, this);
  },
});
if (!Object.getOwnPropertyDescriptor(FakeNamedItemCollection.prototype, "items")) {
  Object.defineProperty(FakeNamedItemCollection.prototype, "items", {
    get(this: FakeNamedItemCollection) {
      // `read` is protected for callers, not for the fake itself.
      return (this as unknown as { read(property: string): unknown }).read("items");
    },
  });
}

/* ==========================================================================================================
 * A book seeded from plain data, for the end-to-end test: the page gets the seed as JSON (see fakeOfficeScript).
 * ========================================================================================================== */

export interface BookSeed {
  /** The name of the first sheet, which is made the active one. */
  sheet: string;
  /** Entries from A1 on, as a user types them (see FakeSheet.setEntry); null or "" leaves a cell empty. */
  rows: (string | number | null)[][];
  /** The selected cells of that sheet. */
  selection: Rect;
  /** The user's own conditional formats on that sheet. */
  conditionalFormats?: Omit<ConditionalFormatState, "sheet">[];
}

export function seedBook(book: FakeBook, seed: BookSeed): void {
  const sheet = book.sheets[0];
  sheet.name = seed.sheet;
  book.activeSheet = seed.sheet;
  seed.rows.forEach((row, r) =>
    row.forEach((entry, c) => {
      if (entry !== null && entry !== "") sheet.setEntry(r, c, entry);
    })
  );
  book.selection = { sheet: seed.sheet, rect: seed.selection };
  conditionalFormatsOf(book).push(
    ...(seed.conditionalFormats ?? []).map((format) => ({ ...format, sheet: seed.sheet }))
  );
}

/*
 * The names list with each name's type and value (added for the inserted tables and helper blocks the highlighting
 * looks for). Excel gives a range name's value as its address; a name whose sheet was deleted as #REF!.
 */
Object.defineProperty(FakeNamedItemCollection.prototype, "snapshot", {
  value(this: FakeNamedItemCollection): Record<string, unknown> {
    const book = this.context.book;
    return {
      items: book.names.map((name) => ({
        name: name.name,
        type: book.findSheet(name.sheet) ? "Range" : "Error",
        value: book.findSheet(name.sheet) ? `${quoteSheet(name.sheet)}!${a1(name.rect)}` : "#REF!",
      })),
    };
  },
});
