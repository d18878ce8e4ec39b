import type { PlanLookup } from "../lookup/plan-lookup";
import type { PlanCell, SheetSpec } from "../presentation/sheet-spec";
import { displayText } from "../presentation/display-text";
import { Box, LineKind, presentBlock } from "../presentation/sheet-presentation";
import { ROW_STYLES, RowStyle } from "../tables/row-styles";
import { numberFormatFor } from "../tables/layout-cells";
import { statusRules } from "./status-colours";
import {
  BLOCK,
  BLOCK_COLUMNS,
  BlockContext,
  derivedFormulas,
  rankFormula,
  sumFormula,
} from "./submission-formulas";
import type { SubmissionRequest } from "./submission-request";
import { COLUMN_LABELS, FOOTER, notesOf, sheetNameOf, titleOf } from "./submission-text";
import { indicatorSources, submissionUnits } from "./submission-units";
import { bodyRows, Scope } from "./body-rows";
import { differenceInWords, totalsDifference } from "./stated-totals";
import { documentArgument } from "../catalog/naming";
import { formulaText } from "../tables/formula-text";
import type { IndicatorSource, SubmissionUnit } from "./submission-units";
import { headerLine } from "./header-line";

const FORMATS = [
  "#,##0",
  "#,##0",
  "#,##0",
  "#,##0",
  "0.0%",
  "0.0%",
  "0.0%",
  "+0.0;-0.0;0.0",
  null,
  "0",
];
const INPUT_FILL = "#FFF9DB";
const NO_TARGET = "/";
const HEADER_STYLE: RowStyle = { bold: true, fill: "#DDEBF7" };

/** A unit's target: the published figure, or the PLAN.TARGET formula that returns it from the same document. */
function targetCell(
  request: SubmissionRequest,
  source: IndicatorSource,
  unit: string,
  target: number
): PlanCell {
  if (request.targets === "values") return target;
  const year = request.date.year;
  const args = [request.region, source.name, year, unit, documentArgument(source.plan)];
  return formulaText({ fn: "TARGET", args, value: target });
}

/**
 * The submission sheet (月调度表 / 季度通报) for a district, its indicators side by side: title, header line, two
 * header rows, the units by group with 小计 and 合计, the 注 lines and the signature footer. Targets and bases are
 * the published figures as values (or, if asked, PLAN.TARGET formulas); everything derived is a formula of the
 * sheet's own cells.
 */
export function buildSubmission(lookup: PlanLookup, request: SubmissionRequest): SheetSpec {
  const sources = indicatorSources(lookup, request);
  const units = submissionUnits(sources, request.units);
  const width = 2 + BLOCK_COLUMNS * sources.length;
  const cells: PlanCell[][] = [];
  const formats: (string | null)[][] = [];
  const styles: (RowStyle | null)[] = [];
  const add = (
    row: PlanCell[],
    rowFormats: (string | null)[] = [],
    style: RowStyle | null = null
  ) => {
    cells.push([...row, ...Array<PlanCell>(width - row.length).fill(null)]);
    formats.push([...rowFormats, ...Array<string | null>(width - rowFormats.length).fill(null)]);
    styles.push(style);
  };

  add([titleOf(request.region, sources, request.date)], [], ROW_STYLES.title ?? null);
  const line = headerLine(cells.length, width, request);
  add(line.cells, line.formats);
  const { share } = line;

  const headerFirst = cells.length;
  add(
    [
      "序号",
      "单位",
      ...sources.flatMap((source) => [source.name, ...Array(BLOCK_COLUMNS - 1).fill(null)]),
    ],
    [],
    HEADER_STYLE
  );
  add([null, null, ...sources.flatMap(() => COLUMN_LABELS)], [], HEADER_STYLE);

  const bodyFirst = cells.length;
  const difference = (index: number, scope: Scope, members: SubmissionUnit[]) =>
    totalsDifference(sources[index], index, scope, members);
  const body = bodyRows(units, request.units === "all", bodyFirst, (scope, members) =>
    sources.some((_, index) => difference(index, scope, members) !== null)
  );
  const published = request.totals === "published";
  const inputs: Box[] = [];
  const referenceRows = new Set<number>();
  const merges: Box[] = [];
  for (const row of body) {
    if (row.kind === "reference") {
      referenceRows.add(row.row);
      const rowCells: PlanCell[] = [null, published ? "各单位之和" : "原文所列"];
      const rowFormats: (string | null)[] = [null, null];
      sources.forEach((_, index) => {
        const column = 2 + index * BLOCK_COLUMNS;
        const found = difference(index, row.of.scope, row.of.members);
        const sum = (offset: number) => sumFormula(column + offset, row.of.covers);
        rowCells.push(
          ...(found === null
            ? []
            : published
              ? [sum(BLOCK.target), sum(BLOCK.base), differenceInWords(found)]
              : [found.stated.target, found.stated.base, differenceInWords(found)]),
          ...Array<PlanCell>(found === null ? BLOCK_COLUMNS : BLOCK_COLUMNS - 3).fill(null)
        );
        rowFormats.push(
          FORMATS[0],
          FORMATS[1],
          ...Array<string | null>(BLOCK_COLUMNS - 2).fill(null)
        );
        if (found !== null)
          merges.push({
            row: row.row,
            column: column + BLOCK.actual,
            rows: 1,
            columns: BLOCK_COLUMNS - BLOCK.actual,
          });
      });
      add(rowCells, rowFormats, ROW_STYLES.reference ?? null);
      continue;
    }
    const rowCells: PlanCell[] = [
      row.kind === "unit" ? Number(row.serial) || row.serial : null,
      row.label,
    ];
    const rowFormats: (string | null)[] = [null, null];
    sources.forEach((source, index) => {
      const column = 2 + index * BLOCK_COLUMNS;
      const context: BlockContext = {
        row: row.row,
        column,
        share,
        pace: request.pace,
        thresholds: request.thresholds,
      };
      const measure = source.table.measure ?? "";
      if (row.kind === "unit") {
        const figures = row.unit.figures[index];
        if (figures.target === null) {
          // No task for this unit in this indicator's table: "/" as the documents print it, nothing to fill in.
          rowCells.push(NO_TARGET, ...Array<PlanCell>(BLOCK_COLUMNS - 1).fill(null));
          rowFormats.push(...Array<string | null>(BLOCK_COLUMNS).fill(null));
          return;
        }
        rowCells.push(
          targetCell(request, source, row.unit.name, figures.target),
          figures.base,
          null
        );
        const format = numberFormatFor(String(figures.target), measure);
        rowFormats.push(format, numberFormatFor(String(figures.base ?? ""), measure), format);
        inputs.push({ row: row.row, column: column + BLOCK.actual, rows: 1, columns: 1 });
      } else {
        const sum = (offset: number) => sumFormula(column + offset, row.covers);
        const found = published ? difference(index, row.scope, row.members) : null;
        // The document's figure where it differs from the rows (and the user chose it), else the rows' sum.
        const total = (key: "target" | "base", offset: number): PlanCell => {
          const stated = found?.stated[key] ?? null;
          return stated !== null && stated !== found?.summed[key] ? stated : sum(offset);
        };
        // Blank until some unit reports, so that an empty sheet shows no 0% 严重落后 subtotal.
        const actuals = sum(BLOCK.actual).slice(1);
        rowCells.push(
          total("target", BLOCK.target),
          total("base", BLOCK.base),
          `=IF(COUNT(${actuals.slice(4, -1)})=0,"",${actuals})`
        );
        rowFormats.push(...FORMATS.slice(0, 3));
      }
      rowCells.push(...derivedFormulas(context));
      rowCells.push(
        row.kind === "unit" ? rankFormula(context, row.group.first, row.group.last) : null
      );
      rowFormats.push(...FORMATS.slice(3));
    });
    add(rowCells, rowFormats, row.kind === "unit" ? null : (ROW_STYLES[row.kind] ?? null));
  }
  const bodyLast = cells.length - 1;

  const lines = new Map<number, LineKind>([[0, "title"]]);
  for (const note of notesOf(request, sources)) {
    lines.set(cells.length, "text");
    add([note]);
  }
  lines.set(cells.length, "text");
  add([FOOTER]);

  merges.push(
    ...line.merges,
    { row: headerFirst, column: 0, rows: 2, columns: 1 },
    { row: headerFirst, column: 1, rows: 2, columns: 1 },
    ...sources.map((_, index) => ({
      row: headerFirst,
      column: 2 + index * BLOCK_COLUMNS,
      rows: 1,
      columns: BLOCK_COLUMNS,
    }))
  );
  const shown = cells.map((row, rowIndex) =>
    row.map((cell, column) =>
      typeof cell === "string" && cell.startsWith("=")
        ? sample(formats[rowIndex][column])
        : displayText(cell ?? "", formats[rowIndex][column] ?? "General")
    )
  );
  return {
    name: sheetNameOf(request.region, request.date),
    cells,
    numberFormats: formats,
    rowStyles: styles,
    inputs: {
      boxes: inputs,
      fill: INPUT_FILL,
      title: "请填写数字",
      message:
        "“累计完成”应为不小于 0 的数字（家、万元等，按年度目标的单位），不要填写文字或百分比。",
      prompt: "填写截至截止日期的累计完成数",
    },
    rules: sources.flatMap((_, index) => {
      const column = 2 + index * BLOCK_COLUMNS;
      const box = {
        row: bodyFirst,
        column: column + BLOCK.gap,
        rows: bodyLast - bodyFirst + 1,
        columns: 2,
      };
      return statusRules(box, column + BLOCK.status, request.scheme);
    }),
    protect: request.protect,
    presentation: presentBlock({
      shown,
      lines,
      table: { first: headerFirst, last: bodyLast },
      header: { first: headerFirst, last: headerFirst + 1 },
      unmeasured: new Set([1, ...referenceRows]),
      merges,
    }),
  };
}

/** The widest text a formula cell will show under its format, for the column widths. */
function sample(format: string | null): string {
  switch (format) {
    case "0.0%":
      return "100.0%";
    case "+0.0;-0.0;0.0":
      return "-100.0";
    case "#,##0":
      return "10,000";
    case null:
      return "严重落后";
    default:
      return "100";
  }
}
