import { join } from "path";
import { importCycles, importEdges, readTree, SourceTree } from "./import-graph";
import { layerViolations } from "./layer-rules";

const ROOT = join(__dirname, "..", "..");

function tree(files: Record<string, string>): SourceTree {
  return new Map(Object.entries(files));
}

describe("the shipped sources", () => {
  const edges = importEdges(readTree(ROOT, "src"));

  it("are read whole (the checker sees the imports it judges)", () => {
    expect(edges.length).toBeGreaterThan(100);
    expect(edges).toContainEqual(
      expect.objectContaining({ from: "src/taskpane/index.tsx", to: "src/excel/contract.ts" })
    );
  });

  it("keep every layer rule", () => {
    expect(layerViolations(edges)).toEqual([]);
  });

  it("have no import cycle between files", () => {
    expect(importCycles(edges)).toEqual([]);
  });
});

describe("the checker", () => {
  it.each([
    ["src/core/a.ts", 'import { x } from "../excel/b";', "src/core imports only src/core"],
    ["src/core/a.ts", 'import React from "react";', "src/core imports only src/core"],
    [
      "src/functions/a.ts",
      'import { officeLocale } from "../excel/host/locale";',
      "src/functions imports only src/core and itself",
    ],
    [
      "src/excel/a.ts",
      'export { App } from "../taskpane/App";',
      "src/excel imports only src/core and itself",
    ],
    [
      "src/taskpane/a.tsx",
      'import { insertPlanTable } from "../excel/tables/insert-table";',
      "src/taskpane reaches Excel through src/excel/contract.ts only",
    ],
    [
      "src/taskpane/a.tsx",
      'const panel = import("../excel/highlight/highlight");',
      "src/taskpane reaches Excel through src/excel/contract.ts only",
    ],
  ])("fails %s importing %s", (from, text, layer) => {
    const edges = importEdges(tree({ [from]: text }));
    expect(layerViolations(edges)).toEqual([expect.objectContaining({ layer, from })]);
  });

  it("lets the pane use the contract and core", () => {
    const edges = importEdges(
      tree({
        "src/taskpane/a.tsx":
          'import type { ExcelHost } from "../excel/contract";\nimport { x } from "../core/b";',
        "src/excel/contract.ts": "",
        "src/core/b.ts": "",
      })
    );
    expect(layerViolations(edges)).toEqual([]);
  });

  it("finds a cycle through type-only imports too", () => {
    const edges = importEdges(
      tree({
        "src/core/a.ts": 'import type { B } from "./b";',
        "src/core/b.ts": 'import { c } from "./c";',
        "src/core/c.ts": 'import { a } from "./a";',
        "src/core/d.ts": 'import { a } from "./a";',
      })
    );
    expect(importCycles(edges)).toEqual([["src/core/a.ts", "src/core/b.ts", "src/core/c.ts"]]);
  });
});
