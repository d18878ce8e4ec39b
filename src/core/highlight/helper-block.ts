import type { HighlightAnalysis } from "./analysis-types";
import type { Locale } from "../i18n/locale";
import { registeredMark } from "../catalog/citation";
import type { PaceMethod } from "../progress/pace";
import { Box, columnLetters } from "../sheet/a1";
import { recipeFormula } from "./pace-recipes";
import type { TargetSource } from "./sheet-targets";
import { ColourMeaning, paletteFor, STATUS_ORDER, Swatch } from "./palette";
import { Status, STATUS_LABELS } from "../progress/status";
import {
  HelperLayout,
  helperLayout,
  LEGEND_COLUMNS,
  LEGEND_ROWS,
  ruleFormulas,
  ruleGroups,
} from "./rules";

/** What the add-in writes into cells: numbers, text, or "" for an empty cell. */
export type CellWrite = string | number;

/** Sheet text, in the workbook's language: it stays in the file, read by people without the add-in. */
const WORDS = {
  zh: {
    target: "目标",
    pace: "序时",
    title: "着色图例（科创目标台账）",
    asOf: "截至",
    source: "依据",
    note: "说明",
    noteText: "目标、序时两块为插件写入的参照值，重新着色时覆盖；请勿在此处填写",
    method: { increment: "增量法（上年目标→本年目标）", days: "按天", months: "按月" },
    fallback: (rows: number) => `（${rows} 行本表目标无同一来源的上年末数，按天）`,
    floors: (cells: number) => `；${cells} 格的目标文件印为下限（如“≥15”），按下限比较`,
    sheet: "本表",
    table: "插入的官方表",
    column: (letters: string, header: string) => `${letters} 列「${header}」`,
    separator: "；",
    document: (document: string) => `（${document}）`,
    describe: (status: Status, points: number): string =>
      ({
        met: "≥ 年度目标",
        "on-pace": "≥ 序时进度，未达年度目标",
        behind: `低于序时进度，差距 < ${points} 个百分点（占目标）`,
        "far-behind": `低于序时进度 ≥ ${points} 个百分点（占目标）`,
      })[status],
  },
  en: {
    target: "Target",
    pace: "Pace",
    title: "Colour legend (Plan Targets)",
    asOf: "As of",
    source: "Source",
    note: "Note",
    noteText:
      "The target and pace blocks are written by the add-in and replaced when highlighting is applied again",
    method: {
      increment: "increment (last year's target → this year's)",
      days: "by days",
      months: "by months",
    },
    fallback: (rows: number) =>
      ` (${rows} row(s) of sheet targets have no year-end from the same source: by days)`,
    floors: (cells: number) =>
      `; ${cells} cell(s) have a target the document prints as a floor (e.g. "≥15"), compared with that floor`,
    sheet: "this sheet",
    table: "inserted official table",
    column: (letters: string, header: string) => `column ${letters} "${header}"`,
    separator: "; ",
    document: (document: string) => `(${document})`,
    describe: (status: Status, points: number): string =>
      ({
        met: "≥ the year's target",
        "on-pace": "≥ pace, below the year's target",
        behind: `below pace by < ${points} points of the target`,
        "far-behind": `below pace by ≥ ${points} points of the target`,
      })[status],
  },
} satisfies Record<Locale, unknown>;

function isoDate(analysis: HighlightAnalysis): string {
  const { year, month, day } = analysis.reporting;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Headers of the helper columns: "目标 2024", "序时 2024", one per actual column. */
export function helperHeaders(
  analysis: HighlightAnalysis,
  locale: Locale
): { targets: string[]; paces: string[] } {
  const words = WORDS[locale];
  const labels = analysis.periods.map((period) => period?.label ?? "");
  return {
    targets: labels.map((label) => `${words.target} ${label}`),
    paces: labels.map((label) => `${words.pace} ${label}`),
  };
}

function values(rows: (number | null)[][]): CellWrite[][] {
  return rows.map((row) => row.map((value) => value ?? ""));
}

/**
 * The helper targets and paces. Where the targets are cells of the sheet, both are formulas of those cells (the
 * target mirrored, the pace by its recipe), so the block and the colours follow the user's edits; elsewhere numbers.
 */
export function helperValues(
  analysis: HighlightAnalysis,
  actual: Box
): { targets: CellWrite[][]; paces: CellWrite[][] } {
  const targets = values(analysis.targets);
  const paces = values(analysis.paces);
  analysis.sources.forEach((source, column) => {
    if (source.kind === "catalog") return;
    analysis.recipes.forEach((recipes, row) => {
      const recipe = recipes[column];
      const cell = `$${columnLetters(source.column)}${actual.row + row + 1}`;
      targets[row][column] = recipe ? `=IF(ISNUMBER(${cell}),${cell},"")` : "";
      paces[row][column] = recipe ? recipeFormula(recipe, cell) : "";
    });
  });
  return { targets, paces };
}

/** Where the targets come from, for the legend: the catalog documents, and each column of sheet targets. */
function sourceText(analysis: HighlightAnalysis, locale: Locale): string {
  const words = WORDS[locale];
  const cells = (source: TargetSource): string | null => {
    if (source.kind === "catalog") return null;
    const where = words.column(columnLetters(source.column), source.header);
    return source.kind === "sheet"
      ? `${words.sheet} ${where}`
      : `${words.table} ${where} ${words.document(source.document)}`;
  };
  const documents = analysis.documents
    .map((document) =>
      analysis.registeredDocuments.includes(document)
        ? `${registeredMark(locale)}${document}`
        : document
    )
    .join(locale === "zh" ? "、" : ", ");
  const parts = [
    ...(documents ? [documents] : []),
    ...new Set(analysis.sources.flatMap((source) => cells(source) ?? [])),
  ];
  return parts.join(words.separator);
}

/**
 * The legend: a title, one row per level (its swatch cell carries the level's colours), then the reporting date and
 * pace method, the source documents, and a note. `swatchRows[status]` is the row offset whose first cell gets the fill.
 */
export function legendCells(
  analysis: HighlightAnalysis,
  locale: Locale
): { cells: CellWrite[][]; swatchRows: Record<Status, number> } {
  const words = WORDS[locale];
  const method: PaceMethod = analysis.method;
  const cells: CellWrite[][] = [
    [words.title, ""],
    ...STATUS_ORDER.map((status) => [
      STATUS_LABELS[status][locale],
      words.describe(status, analysis.farBehindPoints),
    ]),
    [
      words.asOf,
      `${isoDate(analysis)}；${words.method[method]}${analysis.fallbackRows > 0 ? words.fallback(analysis.fallbackRows) : ""}`,
    ],
    [words.source, sourceText(analysis, locale)],
    [
      words.note,
      `${words.noteText}${analysis.floorTargets > 0 ? words.floors(analysis.floorTargets) : ""}`,
    ],
  ];
  const swatchRows = Object.fromEntries(
    STATUS_ORDER.map((status, index) => [status, index + 1])
  ) as Record<Status, number>;
  if (cells.length !== LEGEND_ROWS || cells.some((row) => row.length !== LEGEND_COLUMNS))
    throw new Error("legend does not fit its reserved box");
  return { cells, swatchRows };
}

/** One write into a box of the sheet: values, and optionally colours and a number format for the whole box. */
export interface BoxWrite {
  box: Box;
  values: CellWrite[][];
  swatch?: Swatch;
  bold?: boolean;
  numberFormat?: string;
  /** The values include formulas ("=…", English function names): written through `range.formulas`. */
  formulas?: boolean;
}

export interface RuleSpec {
  /** The actual cells the rule applies to: a run of columns sharing target references. */
  box: Box;
  status: Status;
  formula: string;
  swatch: Swatch;
}

/** Everything one "highlight" writes, independent of Office: the Excel layer and the engine test both apply it. */
export interface HelperBlockWrites {
  actual: Box;
  layout: HelperLayout;
  writes: BoxWrite[];
  rules: RuleSpec[];
}

function row(box: Box, offset: number, columns = box.columns): Box {
  return { row: box.row + offset, column: box.column, rows: 1, columns };
}

export function helperBlockWrites(
  analysis: HighlightAnalysis,
  actual: Box,
  firstFreeColumn: number,
  locale: Locale,
  meaning: ColourMeaning
): HelperBlockWrites {
  const layout = helperLayout(actual, firstFreeColumn);
  const palette = paletteFor(meaning);
  const headers = helperHeaders(analysis, locale);
  const helper = helperValues(analysis, actual);
  const formulas = analysis.sources.some((source) => source.kind !== "catalog");
  const legend = legendCells(analysis, locale);
  const writes: BoxWrite[] = [
    { box: layout.targets, values: helper.targets, numberFormat: "0.##", formulas },
    { box: layout.paces, values: helper.paces, numberFormat: "0.00", formulas },
    { box: layout.legend, values: legend.cells },
    { box: row(layout.legend, 0), values: [legend.cells[0]], bold: true },
    ...STATUS_ORDER.map((status) => ({
      box: row(layout.legend, legend.swatchRows[status], 1),
      values: [[legend.cells[legend.swatchRows[status]][0]]],
      swatch: palette[status],
    })),
  ];
  if (layout.headerRow !== null) {
    writes.push(
      {
        box: { ...layout.targets, row: layout.headerRow, rows: 1 },
        values: [headers.targets],
        bold: true,
      },
      {
        box: { ...layout.paces, row: layout.headerRow, rows: 1 },
        values: [headers.paces],
        bold: true,
      }
    );
  }
  const rules = ruleGroups(actual, layout, analysis.sources).flatMap((group) => {
    const texts = ruleFormulas(group, analysis.farBehindPoints);
    return STATUS_ORDER.map((status) => ({
      box: group.box,
      status,
      formula: texts[status],
      swatch: palette[status],
    }));
  });
  return { actual, layout, writes, rules };
}
