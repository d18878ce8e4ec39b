import type { ConditionalFormatState } from "./book";
import { ClientObject } from "./client-object";
import { a1, overlaps } from "./geometry";
import type { FakeRange } from "./range";
import type { FakeRequestContext } from "./request-context";

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
      () => ((this.find() as ConditionalFormatState).formula = formula),
      formula
    );
  }
}

/** A rule's fill or font colour: loadable, and settable as one queued command. */
export class FakeRuleColour extends ClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly find: () => ConditionalFormatState | undefined,
    private readonly part: "fill" | "font"
  ) {
    super(context);
  }

  private state(): ConditionalFormatState {
    const state = this.find();
    if (!state) throw new Error("ItemNotFound: conditional format");
    return state;
  }

  protected snapshot(): Record<string, unknown> {
    const state = this.state();
    return { color: (this.part === "fill" ? state.fill : state.fontColor) ?? null };
  }

  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.context.queue(
      `conditionalFormat.${this.part}.color`,
      () => {
        if (this.part === "fill") this.state().fill = color;
        else this.state().fontColor = color;
      },
      color
    );
  }
}

export class FakeConditionalFormat extends ClientObject {
  readonly custom: {
    rule: FakeConditionalFormatRule;
    format: { fill: FakeRuleColour; font: FakeRuleColour };
  };

  constructor(
    context: FakeRequestContext,
    readonly find: () => ConditionalFormatState | undefined
  ) {
    super(context);
    this.custom = {
      rule: new FakeConditionalFormatRule(context, find),
      format: {
        fill: new FakeRuleColour(context, find, "fill"),
        font: new FakeRuleColour(context, find, "font"),
      },
    };
  }

  private state(): ConditionalFormatState {
    const state = this.find();
    if (!state) throw new Error("ItemNotFound: conditional format");
    return state;
  }

  protected exists(): boolean {
    return this.find() !== undefined;
  }

  /** Seeded formats get their id when first listed, as Excel gives every format one. */
  protected snapshot(): Record<string, unknown> {
    const state = this.state();
    state.id ??= this.context.book.newId();
    return { type: state.type, id: state.id };
  }

  get id(): string {
    return this.read("id");
  }
  get type(): string {
    return this.read("type");
  }

  /** The cells the format applies to. */
  getRange(): FakeRange {
    const state = this.state();
    return this.context.workbook.worksheets.getItem(state.sheet).getRange(a1(state.rect));
  }

  delete(): void {
    this.context.queue("conditionalFormats.delete", () => {
      const list = this.context.book.conditionalFormats;
      list.splice(list.indexOf(this.state()), 1);
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
    const list = this.context.book.conditionalFormats;
    const sheet = this.range.sheet().name;
    const rect = this.range.area();
    const states = list.filter((state) => state.sheet === sheet && overlaps(state.rect, rect));
    return {
      items: states.map((state) => {
        const format = new FakeConditionalFormat(this.context, () =>
          list.includes(state) ? state : undefined
        );
        format.resolveLoad(["type", "id"]);
        return format;
      }),
    };
  }

  get items(): FakeConditionalFormat[] {
    return this.read("items");
  }

  add(type: string): FakeConditionalFormat {
    let state: ConditionalFormatState | undefined;
    this.context.queue(
      "conditionalFormats.add",
      () => {
        state = {
          id: this.context.book.newId(),
          sheet: this.range.sheet().name,
          rect: this.range.area(),
          type,
          formula: "",
        };
        this.context.book.conditionalFormats.push(state);
      },
      type
    );
    return new FakeConditionalFormat(this.context, () =>
      state && this.context.book.conditionalFormats.includes(state) ? state : undefined
    );
  }
}
