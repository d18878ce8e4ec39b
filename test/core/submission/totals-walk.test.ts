import { planLookup } from "../../../src/core/catalog/embedded";
import { parseFigure } from "../../../src/core/catalog/figure";
import { rowName } from "../../../src/core/catalog/naming";
import { unitIndicators } from "../../../src/core/catalog/unit-indicators";
import type { PlanCell } from "../../../src/core/presentation/sheet-spec";
import { buildSubmission } from "../../../src/core/submission/build-submission";
import { BLOCK, BLOCK_COLUMNS } from "../../../src/core/submission/submission-formulas";
import { indicatorSources } from "../../../src/core/submission/submission-units";
import { shippedCatalog } from "../../data/seeds";
import { submissionWalks } from "./submission-walks";

/*
 * Every submission sheet the pane can make from the shipped documents (each district with tables by unit, every
 * non-empty set of its indicators, all units and each group, both choices of totals), checked against the
 * documents: no unit of any indicator's table is left out, every unit's target is the published one, and every
 * 小计 and 合计 carries the document's figure or the rows' sum as chosen, with the other on the row below.
 */

const catalog = shippedCatalog();
const lookup = planLookup();
const columnIndex = (letters: string) =>
  [...letters].reduce((index, letter) => index * 26 + letter.charCodeAt(0) - 64, 0) - 1;

/** The value of a cell, with =SUM(…) of single-column ranges computed over the sheet's numbers. */
function valueOf(cells: PlanCell[][], cell: PlanCell): number | null {
  if (typeof cell === "number") return cell;
  const sum = /^=SUM\((.*)\)$/.exec(String(cell));
  if (!sum) return null;
  let total = 0;
  for (const part of sum[1].split(",")) {
    const [from, to = from] = part.split(":").map((a1) => /^([A-Z]+)(\d+)$/.exec(a1) ?? []);
    for (let row = Number(from[2]) - 1; row <= Number(to[2]) - 1; row++) {
      const value = cells[row][columnIndex(from[1])];
      if (typeof value === "number") total += value;
    }
  }
  return Math.round(total * 1e6) / 1e6;
}

const figure = (text: string | undefined) =>
  text === undefined ? null : (parseFigure(text)?.value ?? null);

const walks = submissionWalks(catalog);

describe("every submission sheet the pane offers, against the documents", () => {
  test("the walk covers every district with tables by unit and every set of its indicators", () => {
    const districts = new Set(walks.map((walk) => walk.request.region));
    expect([...districts].sort()).toEqual(
      catalog.regions.filter((region) => unitIndicators(catalog, region).length > 0).sort()
    );
    expect(walks.length).toBeGreaterThanOrEqual(20);
  });

  test.each(walks.map((walk) => [walk.label, walk.request] as const))("%s", (_, request) => {
    const sheet = buildSubmission(lookup, request);
    const sources = indicatorSources(lookup, request);
    const labelRow = (label: string) => sheet.cells.findIndex((cells) => cells[1] === label);
    sources.forEach((source, block) => {
      const column = 2 + block * BLOCK_COLUMNS;
      const units = source.table.rows.filter(
        (row) =>
          row.kind === "unit" && (request.units === "all" || row.group === request.units.group)
      );
      // Every unit of the indicator's table is on the sheet with its published target (none dropped).
      for (const row of units) {
        const at = labelRow(rowName(source.table, row));
        expect(at).toBeGreaterThan(0);
        const published = figure(row.cells[source.targetColumn]);
        expect(sheet.cells[at][column + BLOCK.target]).toBe(published ?? "/");
      }
      // Every 小计 and 合计 the document states: the chosen figure on its row, the other below where they differ.
      for (const stated of source.table.rows.filter(
        (row) => row.kind === "subtotal" || row.kind === "total"
      )) {
        if (
          stated.kind === "subtotal" &&
          request.units !== "all" &&
          stated.group !== request.units.group
        )
          continue;
        if (stated.kind === "total" && request.units !== "all") continue;
        const covered = units.filter(
          (row) => stated.kind === "total" || row.group === stated.group
        );
        const last = labelRow(rowName(source.table, covered[covered.length - 1]));
        const at = sheet.cells.findIndex(
          (cells, index) =>
            index > last &&
            (stated.kind === "total" ? cells[1] === "合计" : /^小计/.test(String(cells[1])))
        );
        expect(at).toBeGreaterThan(0);
        for (const [key, offset] of [
          ["target", BLOCK.target],
          ["base", BLOCK.base],
        ] as const) {
          const columnIndex = key === "target" ? source.targetColumn : source.baseColumn;
          if (columnIndex < 0) continue;
          const published = figure(stated.cells[columnIndex]);
          const rows =
            Math.round(
              covered.reduce((sum, row) => sum + (figure(row.cells[columnIndex]) ?? 0), 0) * 1e6
            ) / 1e6;
          const shown = valueOf(sheet.cells, sheet.cells[at][column + offset]);
          const differs = published !== null && published !== rows;
          expect(shown).toBe(differs && request.totals === "published" ? published : rows);
          if (differs) {
            expect(sheet.cells[at + 1][1]).toBe(
              request.totals === "published" ? "各单位之和" : "原文所列"
            );
            const other = valueOf(sheet.cells, sheet.cells[at + 1][column + offset]);
            expect(other).toBe(request.totals === "published" ? rows : published);
            expect(String(sheet.cells[at + 1][column + BLOCK.actual])).toMatch(
              /^原文−各单位之和：/
            );
          }
        }
      }
    });
  });
});
