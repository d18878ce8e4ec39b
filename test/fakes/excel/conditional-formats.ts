import type { ConditionalFormatState } from "./book";
import { ClientObject } from "./client-object";
import { overlaps } from "./geometry";
import type { FakeRange } from "./range";
import type { FakeRequestContext } from "./request-context";

type Change = (state: ConditionalFormatState) => void;

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

/** One colour setter of a rule's format (fill or font), as a queued command. */
function colourSetter(
  queue: (label: string, change: Change, payload: unknown) => void,
  part: "fill" | "font"
) {
  return {
    set color(color: string) {
      queue(
        `conditionalFormat.${part}.color`,
        (state) => {
          if (part === "fill") state.fill = color;
          else state.fontColor = color;
        },
        color
      );
    },
  } as { color: string };
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
    const queue = (label: string, change: Change, payload: unknown): void =>
      context.queue(label, () => change(this.state()), payload);
    this.custom = {
      rule: new FakeConditionalFormatRule(context, find),
      format: { fill: colourSetter(queue, "fill"), font: colourSetter(queue, "font") },
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

  protected snapshot(): Record<string, unknown> {
    return { type: this.state().type };
  }

  get type(): string {
    return this.read("type");
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
    this.context.queue(
      "conditionalFormats.add",
      () => {
        state = { sheet: this.range.sheet().name, rect: this.range.area(), type, formula: "" };
        this.context.book.conditionalFormats.push(state);
      },
      type
    );
    return new FakeConditionalFormat(this.context, () =>
      state && this.context.book.conditionalFormats.includes(state) ? state : undefined
    );
  }
}
