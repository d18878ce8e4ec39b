import type { FunctionsMetadata } from "./localize-metadata";

/**
 * functions.json with its top-level settings chosen here rather than left to the generator, which writes
 * `allowCustomDataForDataTypeAny: true` into every file it makes. That setting lets `any` parameters receive
 * Excel data types (entities, formatted numbers) and return them (CustomFunctionsRuntime 1.4, "Custom functions
 * and data types"); our functions read plain numbers, text and dates and return numbers and text, so it is off.
 */
export function settleMetadata(metadata: FunctionsMetadata): FunctionsMetadata {
  return { ...metadata, allowCustomDataForDataTypeAny: false };
}
