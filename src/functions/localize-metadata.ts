/** The parts of custom-functions-metadata's functions.json that a translation or a setting touches. */
export interface FunctionsMetadata {
  allowCustomDataForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: { name: string; description?: string }[];
}

/** A function's words in one language. No `name`: a function is called by its id in every language (below). */
interface Translation {
  description: string;
  parameters: Record<string, { name: string; description: string }>;
}

export type TranslationTable = Record<string, Translation>;

/**
 * A localized copy of functions.json: the description and parameter words from the table, everything else (ids,
 * names, types, optional flags, dimensionality, options, result) unchanged; Excel's metadata gives a result no words.
 * Function names are never translated: the pane writes `=PLAN.TARGET(…)` through `range.formulas` in every Excel,
 * and a localized Excel may answer #NAME? to an id whose display name differs (office-js #891), as Chinese Excel
 * keeps its own SUM and VLOOKUP. Throws on any function or parameter the table lacks or has in excess, and on a
 * translated function name, so a new function cannot ship without its words nor with a name that breaks formulas.
 */
export function localizeMetadata(
  metadata: FunctionsMetadata,
  table: TranslationTable
): FunctionsMetadata {
  const missing: string[] = [];
  const ids = new Set(metadata.functions.map((fn) => fn.id));
  const extra = Object.keys(table).filter((id) => !ids.has(id));
  const renamed = Object.keys(table).filter((id) => "name" in table[id]);
  const functions = metadata.functions.map((fn) => {
    const translation = table[fn.id];
    if (!translation) {
      missing.push(fn.id);
      return fn;
    }
    const names = new Set(fn.parameters.map((parameter) => parameter.name));
    extra.push(
      ...Object.keys(translation.parameters)
        .filter((name) => !names.has(name))
        .map((name) => `${fn.id}.${name}`)
    );
    return {
      ...fn,
      description: translation.description,
      parameters: fn.parameters.map((parameter) => {
        const words = translation.parameters[parameter.name];
        if (!words) {
          missing.push(`${fn.id}.${parameter.name}`);
          return parameter;
        }
        return { ...parameter, name: words.name, description: words.description };
      }),
    };
  });
  const parts = [
    missing.length > 0 ? `no translation for ${missing.join(", ")}` : "",
    extra.length > 0 ? `translations for nothing: ${extra.join(", ")}` : "",
    renamed.length > 0
      ? `function names stay their ids in every language: ${renamed.join(", ")}`
      : "",
  ].filter(Boolean);
  if (parts.length > 0) throw new Error(parts.join("; "));
  return { ...metadata, functions };
}
