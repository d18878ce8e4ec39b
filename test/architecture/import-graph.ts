import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, normalize, relative, sep } from "path";
import * as ts from "typescript";

/** Source files by repository path ("src/core/lookup/text.ts"), with their text. */
export type SourceTree = ReadonlyMap<string, string>;

/** One import of one file: what it names, and the source file it resolves to (null for a package). */
export interface ImportEdge {
  from: string;
  specifier: string;
  to: string | null;
}

const EXTENSIONS = ["", ".ts", ".tsx", ".json", "/index.ts", "/index.tsx"];

/** Every .ts/.tsx/.json file below `dir`, keyed by its path relative to `root` with forward slashes. */
export function readTree(root: string, dir: string): SourceTree {
  const tree = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(tsx?|json)$/.test(entry))
        tree.set(relative(root, path).split(sep).join("/"), readFileSync(path, "utf8"));
    }
  };
  if (existsSync(join(root, dir))) walk(join(root, dir));
  return tree;
}

function resolve(tree: SourceTree, from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = normalize(join(dirname(from), specifier))
    .split(sep)
    .join("/");
  const found = EXTENSIONS.map((extension) => base + extension).find((path) => tree.has(path));
  // An unresolvable relative import is reported as itself, so a rule still sees where it points.
  return found ?? base;
}

/** Static imports, re-exports and dynamic import() calls of every TypeScript file of the tree. */
export function importEdges(tree: SourceTree): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const [from, text] of tree) {
    if (!/\.tsx?$/.test(from)) continue;
    const { importedFiles } = ts.preProcessFile(text, true, true);
    for (const { fileName } of importedFiles)
      edges.push({ from, specifier: fileName, to: resolve(tree, from, fileName) });
  }
  return edges;
}

/** The file cycles of the graph, each as the list of files around it (strongly connected components of 2+). */
export function importCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) {
    if (to === null) continue;
    next.set(from, [...(next.get(from) ?? []), to]);
  }
  // Tarjan's algorithm, iterative enough for a tree of a few hundred files.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) as number);
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node) as number, low.get(target) as number));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node) as number, index.get(target) as number));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const node of next.keys()) if (!index.has(node)) visit(node);
  return cycles;
}
