import { parseFigure } from "../../../src/core/catalog/figure";
import { editDistance, normalizeName } from "../../../src/core/lookup/text";

describe("parseFigure keeps the published text and reads its number", () => {
  it.each([
    ["709", { text: "709", value: 709 }],
    ["2.6", { text: "2.6", value: 2.6 }],
    ["30%", { text: "30%", value: 30 }],
    ["≥12", { text: "≥12", value: 12, bound: "at-least" }],
    ["2-3", { text: "2-3", value: 2, upper: 3 }],
    ["20到40", { text: "20到40", value: 20, upper: 40 }],
    ["/", { text: "/", value: null, missing: "not-applicable" }],
    ["-", { text: "-", value: null, missing: "no-data" }],
  ])("%s", (text, expected) => {
    expect(parseFigure(text)).toEqual(expected);
  });

  it.each(["7O9", "", "12家", "1,200", "约50"])("refuses %p", (text) => {
    expect(parseFigure(text)).toBeNull();
  });
});

describe("normalizeName", () => {
  it("folds full-width forms, spaces and case", () => {
    expect(normalizeName("合  计")).toBe("合计");
    expect(normalizeName("街 镇")).toBe("街镇");
    expect(normalizeName("Ｒ＆Ｄ投入")).toBe("r&d投入");
    expect(normalizeName(" 江北区\u3000")).toBe("江北区");
  });

  it("measures edit distance", () => {
    expect(editDistance("江碑区", "江北区")).toBe(1);
    expect(editDistance("", "江北")).toBe(2);
  });
});
