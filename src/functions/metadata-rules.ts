import type { FunctionsMetadata } from "./localize-metadata";

/* Microsoft's rules for custom function ids and names ("Custom functions naming and localization",
   learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming): both start with a letter and have at least
   three characters; an id has only A–Z, 0–9, "_" and "."; a name has letters, "_" and "." (the unified manifest's
   JSON schema, extensionFunction.name, also admits digits); neither may read as a cell reference. */
const ID = /^[A-Za-z][A-Za-z0-9._]{2,}$/;
const NAME = /^\p{L}[\p{L}0-9._]{2,}$/u;
const A1_CELL = /^[A-Za-z]{1,3}[0-9]+$/;
const R1C1_CELL = /^R[0-9]+C[0-9]+$/i;

/**
 * Every way the metadata breaks the naming rules, or our own: a name equal to its id, so that the formulas the pane
 * writes through `range.formulas` resolve in every language. Empty when the metadata is fine.
 */
export function namingProblems(metadata: FunctionsMetadata): string[] {
  return metadata.functions.flatMap((fn) => {
    const problems: string[] = [];
    if (!ID.test(fn.id))
      problems.push(`id "${fn.id}": a letter, then at least two of A–Z, 0–9, "_" or "."`);
    if (!NAME.test(fn.name))
      problems.push(`name "${fn.name}": a letter, then at least two letters, digits, "_" or "."`);
    if (A1_CELL.test(fn.name) || R1C1_CELL.test(fn.name))
      problems.push(`name "${fn.name}" reads as a cell reference`);
    if (fn.name !== fn.id) problems.push(`name "${fn.name}" differs from its id ${fn.id}`);
    return problems;
  });
}
