import type { ChartState } from "./book";
import { ClientObject } from "./client-object";
import type { Rect } from "./geometry";
import type { FakeRange } from "./range";
import type { FakeSheet } from "./sheet";
import type { FakeRequestContext } from "./request-context";
import type { FakeWorksheet } from "./worksheet";

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

/** A chart's or an axis's title text: loadable, and settable as one queued command. */
export class FakeChartText extends ClientObject {
  constructor(
    private readonly chart: FakeChart,
    private readonly label: string,
    private readonly get: (state: ChartState) => string | undefined,
    private readonly set: (state: ChartState, text: string) => void
  ) {
    super(chart.context);
  }

  protected snapshot(): Record<string, unknown> {
    return { text: this.get(this.chart.state()) ?? "" };
  }

  get text(): string {
    return this.read("text");
  }
  set text(text: string) {
    this.context.queue(this.label, () => this.set(this.chart.state(), text), text);
  }
}

export class FakeChart extends ClientObject {
  readonly title = new FakeChartText(
    this,
    "chart.title",
    (state) => state.title,
    (state, text) => (state.title = text)
  );
  /** chart.axes.categoryAxis / valueAxis: only their titles are recorded. */
  readonly axes = {
    categoryAxis: {
      title: new FakeChartText(
        this,
        "chart.axis.title",
        (state) => state.axisTitles?.category,
        (state, text) => (state.axisTitles = { ...state.axisTitles, category: text })
      ),
    },
    valueAxis: {
      title: new FakeChartText(
        this,
        "chart.axis.title",
        (state) => state.axisTitles?.value,
        (state, text) => (state.axisTitles = { ...state.axisTitles, value: text })
      ),
    },
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
    this.context.queue("chart.name", () => (this.state().name = name), name);
  }

  setPosition(start: string, end: string): void {
    this.context.queue("chart.setPosition", () => (this.state().position = { start, end }), [
      start,
      end,
    ]);
  }

  /** Draws the chart from another source, as Excel derives its series again. */
  setData(source: FakeRange, seriesBy: string): void {
    this.context.queue(
      "chart.setData",
      () => {
        const state = this.state();
        state.source = source.area();
        state.seriesBy = seriesBy;
        Object.assign(state, chartSeries(source.sheet(), source.area(), seriesBy));
      },
      seriesBy
    );
  }

  delete(): void {
    this.context.queue("chart.delete", () => {
      const list = this.context.book.charts;
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
    return this.context.book.charts.filter((chart) => chart.sheet === sheet);
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
    this.context.queue(
      "charts.add",
      () => {
        const list = this.context.book.charts;
        state = {
          sheet: source.sheet().name,
          name: `Chart ${this.context.book.newId().replace(/\D/g, "")}`,
          type,
          source: source.area(),
          seriesBy,
          ...chartSeries(source.sheet(), source.area(), seriesBy),
        };
        list.push(state);
      },
      [type, seriesBy]
    );
    return new FakeChart(this.context, () =>
      state && this.context.book.charts.includes(state) ? state : undefined
    );
  }
}
