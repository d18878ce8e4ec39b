import { mkdtempSync } from "fs";
import { Server } from "http";
import { tmpdir } from "os";
import { join } from "path";
import type { BrowserContext, Page } from "playwright-core";
import type { CalendarDate } from "../../src/core/progress/dates";
import { planLookup } from "../../src/core/catalog/embedded";
import { Box, cellA1, intersects, parseAddress } from "../../src/core/sheet/a1";
import { paceAt } from "../../src/core/progress/pace";
import { gapPoints, Status, STATUS_LABELS, statusOf } from "../../src/core/progress/status";
import type { BookSeed, ChartState, ConditionalFormatState, FakeBook } from "../fakes/excel";
import { launch, OUTPUT, serveBuiltPane } from "./browser";
import { fakeOfficeScript } from "./fake-office";

/* The behind-plan highlighting of the built pane in real Chromium, offline, against the recording Excel fake seeded
   with a 江北区 sheet of actual figures. The fake does not evaluate conditional formats: the test evaluates the rules'
   formulas itself over the cells the pane wrote (ruleHolds); test/engine renders the same rules in LibreOffice. */

const lookup = planLookup();
const REGION = "江北区";
const INDICATOR = lookup.indicator("高新技术企业");
const REPORTING: CalendarDate = { year: 2025, month: 6, day: 30 };
const FAR_BEHIND_POINTS = 10;
const SHEET = "江北区高企";
const HEADERS = ["2023年", "2024年", "2025年1-6月"];
const YEARS = [2023, 2024, 2025];

type Level = Status | null;
interface SeedRow {
  /** As typed in the sheet. */
  label: string;
  /** The name the catalog knows it by ("合计" for the whole district), or null for a name it does not know. */
  unit: string | null;
  figures: (number | string)[];
  /** What each figure is meant to show: the catalog must agree (checked), and so must the colours. */
  levels: Level[];
}

/* On 2025-06-30 (day 181 of 365), 2023 and 2024 are compared with their targets, 2025 with the pace from the 2024
   target. Names as published, two short forms (观音桥, 五宝), an unknown one (江北新城), and the 合计 row. */
const ROWS: SeedRow[] = [
  {
    label: "石马河街道",
    unit: "石马河街道",
    figures: [34, 37, 38],
    levels: ["met", "met", "on-pace"],
  },
  {
    label: "大石坝街道",
    unit: "大石坝街道",
    figures: [11, 11, 12],
    levels: ["met", "behind", "behind"],
  },
  {
    label: "观音桥",
    unit: "观音桥街道",
    figures: [75, 70, 80],
    levels: ["behind", "far-behind", "far-behind"],
  },
  { label: "华新街街道", unit: "华新街街道", figures: ["", 31, ""], levels: [null, "met", null] },
  { label: "五里店街道", unit: "五里店街道", figures: [25, 27, 31], levels: ["met", "met", "met"] },
  {
    label: "江北城街道",
    unit: "江北城街道",
    figures: [10, 10, 11],
    levels: ["met", "behind", "behind"],
  },
  { label: "寸滩街道", unit: "寸滩街道", figures: [47, 52, 55], levels: ["met", "met", "on-pace"] },
  {
    label: "铁山坪街道",
    unit: "铁山坪街道",
    figures: [60, 70, 75],
    levels: ["far-behind", "far-behind", "far-behind"],
  },
  { label: "五宝", unit: "五宝镇", figures: [1, 1, "—"], levels: ["met", "met", null] },
  { label: "郭家沱街道", unit: "郭家沱街道", figures: [5, 5, 5], levels: ["met", "met", "behind"] },
  { label: "鱼嘴镇", unit: "鱼嘴镇", figures: [36, 40, 40], levels: ["met", "met", "met"] },
  // 9 of 10 is exactly 10 points below: far behind.
  { label: "复盛镇", unit: "复盛镇", figures: [9, 11, ""], levels: ["far-behind", "met", null] },
  { label: "江北新城", unit: null, figures: [12, 15, 8], levels: [null, null, null] },
  { label: "合计", unit: "合计", figures: [360, 400, 420], levels: ["behind", "met", "on-pace"] },
];

/** The figures: C2:E15 of a sheet with 序号 in A, names in B and the period headers in row 1. */
const ACTUAL: Box = { row: 1, column: 2, rows: ROWS.length, columns: HEADERS.length };
const USER_RULE = {
  rect: { row: 1, column: 1, rows: ROWS.length, columns: 1 },
  type: "Custom",
  formula: "=LEN(B2)>4",
  fill: "#FFFF00",
};
const SEED: BookSeed = {
  sheet: SHEET,
  rows: [
    ["序号", "街道（镇）", ...HEADERS],
    ...ROWS.map((row, index) => [
      row.unit === "合计" ? null : index + 1,
      row.label,
      ...row.figures,
    ]),
  ],
  selection: ACTUAL,
  conditionalFormats: [USER_RULE],
};
/** The part of the sheet the snapshots read: the seed, the helper block and legend, the chart's block. */
const GRID: Box = { row: 0, column: 0, rows: 20, columns: 48 };

interface Expected {
  target: number;
  pace: number;
  actual: number | null;
  level: Level;
}

/** Target and pace from the catalog's published figures, the level from statusOf: not from the highlighting code. */
function expectedAt(row: SeedRow, column: number): Expected | null {
  if (row.unit === null) return null;
  const year = YEARS[column];
  const query = { region: REGION, indicator: INDICATOR.id, unit: row.unit };
  const target = lookup.target({ ...query, year }).figure.value as number;
  const pace =
    year < REPORTING.year
      ? target
      : paceAt(
          "increment",
          REPORTING,
          target,
          lookup.target({ ...query, year: year - 1 }).figure.value
        );
  const figure = row.figures[column];
  const actual = typeof figure === "number" ? figure : null;
  const level = actual === null ? null : statusOf(actual, target, pace, FAR_BEHIND_POINTS);
  return { target, pace, actual, level };
}

const EXPECTED = ROWS.map((row) => YEARS.map((_, column) => expectedAt(row, column)));

interface LaggingExpected {
  row: number;
  column: number;
  status: Status;
  gap: number;
}

const LAGGING: LaggingExpected[] = EXPECTED.flatMap((cells, row) =>
  cells.flatMap((cell, column) =>
    cell !== null &&
    cell.actual !== null &&
    (cell.level === "behind" || cell.level === "far-behind")
      ? [{ row, column, status: cell.level, gap: gapPoints(cell.actual, cell.pace, cell.target) }]
      : []
  )
).sort((a, b) => b.gap - a.gap || a.row - b.row || a.column - b.column);

type Cell = { value: string | number | boolean; fill: string | null };
interface Snapshot {
  formats: ConditionalFormatState[];
  charts: ChartState[];
  names: string[];
  /** The workbook names' ranges (our records' actual cells and helper blocks). */
  named: { name: string; rect: Box }[];
  selection: FakeBook["selection"];
  cells: Cell[][];
}

/** What the page's fake book holds now. */
function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate((grid) => {
    const { __fakeBook: book } = window as unknown as { __fakeBook: FakeBook };
    return {
      formats: book.conditionalFormats,
      charts: book.charts,
      names: book.names.map((name) => name.name),
      named: book.names.map((name) => ({ name: name.name, rect: name.rect })),
      selection: book.selection,
      cells: book.sheets[0].grid(grid, (cell) => ({ value: cell.value, fill: cell.fill ?? null })),
    };
  }, GRID);
}

/** Where a text is in the snapshot, or throws. */
function find(cells: Cell[][], text: string): { row: number; column: number } {
  for (const [row, line] of cells.entries()) {
    const column = line.findIndex((cell) => cell.value === text);
    if (column >= 0) return { row, column };
  }
  throw new Error(`no cell holds ${text}`);
}

const ours = (formats: ConditionalFormatState[]) =>
  formats.filter((format) => format.formula !== USER_RULE.formula);

/** The cell references of a formula, as boxes. */
const references = (formula: string): Box[] =>
  [...formula.matchAll(/\$?[A-Z]{1,3}\$?\d+/g)].map((match) => parseAddress(match[0]).box);

/**
 * Whether a rule written for the top-left actual cell holds at another actual cell, its references shifted as Excel
 * shifts relative references. The rules use AND, ISNUMBER, arithmetic and comparisons only; anything else fails.
 */
function ruleHolds(formula: string, row: number, column: number, cells: Cell[][]): boolean {
  const expression = formula
    .slice(1)
    .replace(/\$?([A-Z]{1,3})\$?(\d+)/g, (reference) => {
      const { box } = parseAddress(reference);
      return `v(${box.row + row - ACTUAL.row},${box.column + column - ACTUAL.column})`;
    })
    .replace(/\bAND\(/g, "and(")
    .replace(/\bISNUMBER\(/g, "isNumber(");
  const rest = expression.replace(/and\(|isNumber\(|v\(\d+,\d+\)/g, "");
  if (!/^[\d.()*/+\-<>=,]*$/.test(rest) || /(^|[^<>])=/.test(rest))
    throw new Error(`unexpected rule formula ${formula}`);
  const evaluate = new Function("and", "isNumber", "v", `return ${expression};`);
  return evaluate(
    (...tests: boolean[]) => tests.every(Boolean),
    (value: unknown) => typeof value === "number",
    (r: number, c: number) => cells[r][c].value
  ) as boolean;
}

let server: Server;
let url: string;

beforeAll(async () => {
  ({ server, url } = await serveBuiltPane());
});

afterAll(() => server?.close());

/** The built pane as an Excel host seeded with the sheet, on its highlighting tab. */
async function openHighlightTab(
  displayLanguage: string,
  tab: string
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await launch(displayLanguage, mkdtempSync(join(tmpdir(), "pane-downloads-")));
  await context.addInitScript(fakeOfficeScript(displayLanguage, SEED));
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(10000);
  await page.goto(`${url}/taskpane.html`);
  await page.getByRole("tab", { name: tab }).click();
  return { context, page };
}

async function choose(page: Page, field: string, option: string): Promise<void> {
  await page.getByRole("combobox", { name: field }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** Fills the form and clicks the apply button; resolves when the pane reports success. */
async function apply(
  page: Page,
  labels: { district: string; indicator: string; date: string; apply: string },
  indicator: string,
  done: RegExp
): Promise<void> {
  await choose(page, labels.district, REGION);
  await choose(page, labels.indicator, indicator);
  // The submission tab, mounted but hidden, has a date field of the same English name.
  await page.getByLabel(labels.date).filter({ visible: true }).fill("2025-06-30");
  await page.getByRole("button", { name: labels.apply, exact: true }).click();
  await page.getByText(done).waitFor();
}

interface LaggingRow {
  /** The accessible name: the whole entry in one line. */
  name: string;
  label: string;
  period: string;
  status: string;
  figures: string;
}

/** The lagging list as the pane shows it: per entry its button's name, the first line's parts and the second line. */
function laggingRows(page: Page, heading: RegExp): Promise<LaggingRow[]> {
  return page
    .getByRole("region", { name: heading })
    .getByRole("button")
    .evaluateAll((buttons) =>
      buttons.map((button) => {
        const [first, second] = [...button.children];
        const [label, period, status] = [...first.children].map((part) => part.textContent ?? "");
        return {
          name: button.getAttribute("aria-label") ?? "",
          label,
          period,
          status,
          figures: second.textContent ?? "",
        };
      })
    );
}

/** The listed problems: list items that are not entries of the lagging list (those are buttons). */
const problemItems = (page: Page) =>
  page.getByRole("listitem").filter({ hasNot: page.getByRole("button") });

const oneDecimal = new Intl.NumberFormat("zh-CN", {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

describe("behind-plan highlighting in Chromium, 江北区 high-tech enterprises by street (zh-CN)", () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await openHighlightTab("zh-CN", "进度着色"));
    await apply(
      page,
      { district: "区县", indicator: "指标", date: "截至日期", apply: "着色" },
      INDICATOR.zh,
      // The message names the range it coloured.
      new RegExp(`已为 \\S+!\\w+:\\w+（${ACTUAL.rows * ACTUAL.columns} 个单元格）设置条件格式；`)
    );
    await page.screenshot({ path: join(OUTPUT, "highlight-zh.png"), fullPage: true });
  });

  afterAll(() => context?.close());

  test("the seeded figures are what they are meant to be against the catalog", () => {
    expect(EXPECTED.map((cells) => cells.map((cell) => cell?.level ?? null))).toEqual(
      ROWS.map((row) => row.levels)
    );
    const levels = new Set(ROWS.flatMap((row) => row.levels));
    expect([...levels].sort()).toEqual(["behind", "far-behind", "met", "on-pace", null].sort());
  });

  test("four rules on exactly the actual cells, against a helper block of the official targets and pace", async () => {
    const book = await snapshot(page);
    const rules = ours(book.formats);
    expect(rules).toHaveLength(4);
    for (const rule of rules) {
      expect(rule).toMatchObject({ sheet: SHEET, rect: ACTUAL, type: "Custom" });
      expect(rule.formula).not.toMatch(/PLAN\./i);
      expect(rule.fill).toMatch(/^#[0-9A-F]{6}$/i);
    }
    const target = find(book.cells, "目标 2023年");
    const pace = find(book.cells, "序时 2023年");
    expect(target.row).toBe(ACTUAL.row - 1);
    expect(pace.row).toBe(ACTUAL.row - 1);
    expect(target.column).toBeGreaterThan(ACTUAL.column + ACTUAL.columns);
    expect(book.cells[0].slice(target.column, target.column + 3).map((cell) => cell.value)).toEqual(
      HEADERS.map((header) => `目标 ${header}`)
    );
    const cited = new Set(
      rules.flatMap((rule) => references(rule.formula).map((box) => cellA1(box.row, box.column)))
    );
    expect([...cited].sort()).toEqual(
      [
        cellA1(ACTUAL.row, ACTUAL.column),
        cellA1(ACTUAL.row, target.column),
        cellA1(ACTUAL.row, pace.column),
      ].sort()
    );
    EXPECTED.forEach((cells, row) =>
      cells.forEach((cell, column) => {
        const helperTarget = book.cells[ACTUAL.row + row][target.column + column].value;
        const helperPace = book.cells[ACTUAL.row + row][pace.column + column].value;
        if (cell === null) {
          expect([ROWS[row].label, helperTarget, helperPace]).toEqual([ROWS[row].label, "", ""]);
          return;
        }
        expect([ROWS[row].label, YEARS[column], helperTarget]).toEqual([
          ROWS[row].label,
          YEARS[column],
          cell.target,
        ]);
        expect(helperPace).toBeCloseTo(cell.pace, 9);
      })
    );
  });

  test("every actual cell is coloured by exactly the rule of its level, in the legend's colour for it", async () => {
    const book = await snapshot(page);
    const title = find(book.cells, "着色图例（科创目标台账）");
    const legend = new Map(
      (["met", "on-pace", "behind", "far-behind"] as const).map((status) => {
        const at = find(book.cells, STATUS_LABELS[status].zh);
        expect(at.column).toBe(title.column);
        return [status, book.cells[at.row][at.column].fill] as const;
      })
    );
    expect(new Set(legend.values()).size).toBe(4);
    const shown = EXPECTED.map((cells, row) =>
      cells.map((_, column) => {
        const fills = ours(book.formats)
          .filter((rule) =>
            ruleHolds(rule.formula, ACTUAL.row + row, ACTUAL.column + column, book.cells)
          )
          .map((rule) => rule.fill);
        return fills.length === 0 ? null : fills.join(" + ");
      })
    );
    expect(shown).toEqual(
      EXPECTED.map((cells) => cells.map((cell) => (cell?.level ? legend.get(cell.level) : null)))
    );
  });

  test("the lagging list shows the cells behind plan by gap; a click selects the first one's cell", async () => {
    const rows = await laggingRows(page, /^落后于计划的单元格/);
    expect(rows.map((row) => [row.label, row.period, row.status])).toEqual(
      LAGGING.map((cell) => [
        ROWS[cell.row].label,
        HEADERS[cell.column],
        STATUS_LABELS[cell.status].zh,
      ])
    );
    rows.forEach((row, index) => {
      const cell = LAGGING[index];
      const expected = EXPECTED[cell.row][cell.column] as Expected;
      expect(row.figures).toBe(
        [
          `目标 ${expected.target}`,
          `序时 ${oneDecimal.format(expected.pace)}`,
          `实际 ${expected.actual}`,
          `差 ${oneDecimal.format(cell.gap)} 个百分点`,
          `完成率 ${oneDecimal.format(((expected.actual as number) / expected.target) * 100)}%`,
        ].join(" · ")
      );
      expect(row.name).toBe(`${row.label} ${row.period} ${row.status}：${row.figures}`);
    });
    await page.getByText(`落后于计划的单元格：${LAGGING.length} 个`).waitFor();
    await page.getByRole("button", { name: rows[0].name }).focus();
    await page.keyboard.press("Enter");
    const first = LAGGING[0];
    await page.waitForFunction(
      (expected) =>
        JSON.stringify((window as unknown as { __fakeBook: FakeBook }).__fakeBook.selection) ===
        expected,
      JSON.stringify({
        sheet: SHEET,
        rect: {
          row: ACTUAL.row + first.row,
          column: ACTUAL.column + first.column,
          rows: 1,
          columns: 1,
        },
      })
    );
  });

  test("reports the unknown name 江北新城 and leaves every typed cell as it was", async () => {
    const problems = problemItems(page);
    expect(await problems.allTextContents()).toEqual([
      expect.stringMatching(new RegExp(`^第 ${ACTUAL.row + 13} 行：.*江北新城`)),
    ]);
    const book = await snapshot(page);
    expect(
      book.cells.slice(0, SEED.rows.length).map((row) => row.slice(0, 5).map((cell) => cell.value))
    ).toEqual(SEED.rows.map((row) => row.map((entry) => entry ?? "")));
  });

  test("the chart control inserts a line chart of 观音桥街道's targets and the sheet's actuals", async () => {
    await choose(page, "单位（按年份画目标与实际）", "观音桥街道");
    await page.getByRole("button", { name: "插入图表" }).click();
    await page.getByText(/^已插入目标与实际折线图；/).waitFor();
    const { charts } = await snapshot(page);
    const query = { region: REGION, indicator: INDICATOR.id, unit: "观音桥街道" };
    const baseline = lookup.baseline(query);
    const years = [
      baseline.year as number,
      ...lookup.targets(query).map((fact) => fact.year as number),
    ];
    // The base year's published actual, then the sheet's year columns (2025年1-6月 is part of a year, not a year).
    const typed = ROWS.find((row) => row.unit === query.unit) as SeedRow;
    const actuals = new Map([
      [baseline.year as number, baseline.figure.value],
      [2023, typed.figures[0]],
      [2024, typed.figures[1]],
    ]);
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({
      sheet: SHEET,
      name: expect.stringMatching(/^PLAN_CHART_/),
      type: "LineMarkers",
      series: [
        {
          name: "目标",
          values: years.map((year) =>
            year === baseline.year ? null : lookup.target({ ...query, year }).figure.value
          ),
        },
        { name: "实际", values: years.map((year) => actuals.get(year) ?? null) },
      ],
    });
    expect(charts[0].source.column).toBeGreaterThan(
      find((await snapshot(page)).cells, "着色图例（科创目标台账）").column
    );
  });

  test("applying again replaces our rules; removing leaves the user's rule and the typed cells", async () => {
    await page.getByRole("button", { name: "着色", exact: true }).click();
    await page.getByText(/（已替换之前的着色）/).waitFor();
    const again = await snapshot(page);
    expect(ours(again.formats)).toHaveLength(4);
    expect(again.formats.filter((format) => format.formula === USER_RULE.formula)).toEqual([
      { ...USER_RULE, sheet: SHEET },
    ]);
    expect(again.names).toEqual(["PLAN_HL_2", "PLAN_HL_2_REF"]);
    // The new helper block and legend stay clear of the chart: its source block and the cells under its picture.
    const helper = again.named.find((name) => name.name === "PLAN_HL_2_REF")?.rect as Box;
    const [chart] = again.charts;
    const picture = parseAddress(`${chart.position?.start}:${chart.position?.end}`).box;
    expect([intersects(helper, chart.source), intersects(helper, picture)]).toEqual([false, false]);
    const legend = find(again.cells, "着色图例（科创目标台账）");
    expect(legend.column).toBeGreaterThanOrEqual(helper.column);
    expect(legend.column).toBeLessThan(helper.column + helper.columns);

    await page.getByRole("button", { name: "清除本表着色" }).click();
    await page.getByText("已清除 1 处着色。").waitFor();
    const removed = await snapshot(page);
    expect(removed.formats).toEqual([{ ...USER_RULE, sheet: SHEET }]);
    expect(removed.names).toEqual([]);
    expect(() => find(removed.cells, "目标 2023年")).toThrow();
    expect(() => find(removed.cells, "着色图例（科创目标台账）")).toThrow();
    expect(
      removed.cells
        .slice(0, SEED.rows.length)
        .map((row) => row.slice(0, 5).map((cell) => cell.value))
    ).toEqual(SEED.rows.map((row) => row.map((entry) => entry ?? "")));
  });
});

describe("behind-plan highlighting in Chromium (en-US)", () => {
  test("the same highlighting, in English", async () => {
    const { context, page } = await openHighlightTab("en-US", "Behind plan");
    try {
      await apply(
        page,
        {
          district: "District",
          indicator: "Indicator",
          date: "Reporting date",
          apply: "Highlight",
        },
        INDICATOR.en,
        new RegExp(
          `^Conditional formats set on \\S+!\\w+:\\w+ \\(${ACTUAL.rows * ACTUAL.columns} cells\\);`
        )
      );
      await page.getByText(`${LAGGING.length} cell(s) behind plan, largest gap first`).waitFor();
      await page.screenshot({ path: join(OUTPUT, "highlight-en.png"), fullPage: true });
      const book = await snapshot(page);
      expect(ours(book.formats).map((rule) => rule.rect)).toEqual(Array(4).fill(ACTUAL));
      expect(find(book.cells, "Colour legend (Plan Targets)").row).toBe(ACTUAL.row - 1);
      expect(find(book.cells, "Target 2023年").row).toBe(ACTUAL.row - 1);
      const rows = await laggingRows(page, /behind plan, largest gap first/);
      expect(rows.map((row) => [row.label, row.status])).toEqual(
        LAGGING.map((cell) => [ROWS[cell.row].label, STATUS_LABELS[cell.status].en])
      );
      const first = EXPECTED[LAGGING[0].row][LAGGING[0].column] as Expected;
      expect(rows[0].figures).toBe(
        `Target ${first.target} · Pace ${oneDecimal.format(first.pace)} · Actual ${first.actual} · ` +
          `${oneDecimal.format(LAGGING[0].gap)} pts behind · ` +
          `${oneDecimal.format(((first.actual as number) / first.target) * 100)}% done`
      );
      expect(await problemItems(page).allTextContents()).toEqual([
        expect.stringMatching(new RegExp(`^Row ${ACTUAL.row + 13}: .*江北新城`)),
      ]);
    } finally {
      await context.close();
    }
  });
});
