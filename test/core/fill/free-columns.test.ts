import { firstFreeColumns, occupiedIn } from "../../../src/core/fill/free-columns";

/* Formulas as Excel reports them (range.formulas): "" only for a truly empty cell. */
const BAND = {
  top: 0,
  left: 0,
  cells: [
    ["观音桥", "", "", '=IF(A1="","","")', ""],
    ["寸滩", "", "x", "", ""],
    ["合计", "", "", "", ""],
  ],
};

describe("free columns", () => {
  it("counts a formula that returns an empty string as occupied", () => {
    expect(occupiedIn(BAND, 3, [0, 1, 2])).toEqual([
      { row: 0, column: 3, content: '=IF(A1="","","")' },
    ]);
  });

  it("finds the first run of adjacent free columns", () => {
    expect(firstFreeColumns(BAND, 1, 1, [0, 1, 2])).toEqual([1]);
    expect(firstFreeColumns(BAND, 1, 2, [0, 1, 2])).toEqual([4, 5]);
    expect(firstFreeColumns(BAND, 2, 1, [0, 2])).toEqual([2]);
  });
});
