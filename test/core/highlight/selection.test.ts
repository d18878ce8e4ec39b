import { parseAddress, SHEET_COLUMNS, SHEET_ROWS } from "../../../src/core/sheet/a1";
import { headerRowCount, SheetCells } from "../../../src/core/sheet/sheet-cells";

const REPORTING = { year: 2024, month: 6, day: 30 };

describe("parseAddress with whole columns and rows", () => {
  it("reads C:D as every row of columns C and D", () => {
    expect(parseAddress("'月报 2024'!C:D")).toEqual({
      sheet: "月报 2024",
      box: { row: 0, column: 2, rows: SHEET_ROWS, columns: 2 },
    });
    expect(parseAddress("Sheet1!$C:$C").box).toEqual({
      row: 0,
      column: 2,
      rows: SHEET_ROWS,
      columns: 1,
    });
  });

  it("reads 3:5 as every column of rows 3 to 5", () => {
    expect(parseAddress("Sheet1!3:5").box).toEqual({
      row: 2,
      column: 0,
      rows: 3,
      columns: SHEET_COLUMNS,
    });
  });
});

function sheet(values: (string | number)[][]): SheetCells {
  return { box: { row: 0, column: 0, rows: values.length, columns: values[0].length }, values };
}

describe("headerRowCount", () => {
  it("counts a row of year headers, as text or as numbers", () => {
    const text = sheet([
      ["2023年", "2024年"],
      [34, 35],
    ]);
    expect(headerRowCount(text, text.box, REPORTING)).toBe(1);
    const numeric = sheet([
      [2023, 2024],
      [34, 35],
    ]);
    expect(headerRowCount(numeric, numeric.box, REPORTING)).toBe(1);
  });

  it("takes blank and title rows above the period headers with them, and stops there", () => {
    const cells = sheet([
      ["高企月报", ""],
      ["", ""],
      ["1-6月", "2024年"],
      [2100, 2050],
    ]);
    expect(headerRowCount(cells, cells.box, REPORTING)).toBe(3);
  });

  it("counts nothing when figures come first or no row names a period", () => {
    const figures = sheet([
      [34, 35],
      [11, 11],
    ]);
    expect(headerRowCount(figures, figures.box, REPORTING)).toBe(0);
    const noPeriod = sheet([["实际数"], [34]]);
    expect(headerRowCount(noPeriod, noPeriod.box, REPORTING)).toBe(0);
  });
});
