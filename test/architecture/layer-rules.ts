import type { ImportEdge } from "./import-graph";

/**
 * The layers of GUIDE.md §2, as rules on imports. Each rule names the files it governs and what they may import;
 * a package is named by its specifier, a source file by its path.
 */
interface LayerRule {
  layer: string;
  governs: (path: string) => boolean;
  mayImport: (edge: ImportEdge) => boolean;
}

const under = (folder: string) => (path: string | null) => path !== null && path.startsWith(folder);
const isCore = under("src/core/");

export const LAYER_RULES: readonly LayerRule[] = [
  {
    // Pure logic: no Office, no DOM, no packages; its own tsconfig leaves out the DOM and Office types too.
    layer: "src/core imports only src/core",
    governs: isCore,
    mayImport: (edge) => isCore(edge.to),
  },
  {
    layer: "src/functions imports only src/core and itself",
    governs: under("src/functions/"),
    mayImport: (edge) => isCore(edge.to) || under("src/functions/")(edge.to),
  },
  {
    layer: "src/excel imports only src/core and itself",
    governs: under("src/excel/"),
    mayImport: (edge) => isCore(edge.to) || under("src/excel/")(edge.to),
  },
  {
    layer: "src/taskpane reaches Excel through src/excel/contract.ts only",
    governs: under("src/taskpane/"),
    mayImport: (edge) =>
      edge.to === null ||
      isCore(edge.to) ||
      under("src/taskpane/")(edge.to) ||
      under("src/export/")(edge.to) ||
      edge.to === "src/excel/contract.ts",
  },
  {
    layer: "src/export imports only src/core, itself and packages",
    governs: under("src/export/"),
    mayImport: (edge) => edge.to === null || isCore(edge.to) || under("src/export/")(edge.to),
  },
];

export interface LayerViolation {
  layer: string;
  from: string;
  specifier: string;
}

/** Every import that breaks a rule of the file's layer. */
export function layerViolations(edges: readonly ImportEdge[]): LayerViolation[] {
  return edges.flatMap((edge) =>
    LAYER_RULES.filter((rule) => rule.governs(edge.from) && !rule.mayImport(edge)).map((rule) => ({
      layer: rule.layer,
      from: edge.from,
      specifier: edge.specifier,
    }))
  );
}
