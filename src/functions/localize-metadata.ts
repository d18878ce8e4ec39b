/** The parts of custom-functions-metadata's functions.json that a translation touches. */
export interface FunctionsMetadata {
  functions: FunctionMetadata[];
}

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: { name: string; description?: string }[];
}

interface Translation {
  name: string;
  description: string;
  parameters: Record<string, { name: string; description: string }>;
}

export type TranslationTable = Record<string, Translation>;

/**
 * A localized copy of functions.json: names and descriptions from the table, everything else (ids, types,
 * optional flags, dimensionality, options, result) unchanged; Excel's metadata gives a result no words. Throws on
 * any function or parameter the table lacks or has in excess, so a new function cannot ship without its translation.
 */
export function localizeMetadata(
  metadata: FunctionsMetadata,
  table: TranslationTable
): FunctionsMetadata {
  const missing: string[] = [];
  const ids = new Set(metadata.functions.map((fn) => fn.id));
  const extra = Object.keys(table).filter((id) => !ids.has(id));
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
      name: translation.name,
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
  if (missing.length > 0 || extra.length > 0) {
    const parts = [
      missing.length > 0 ? `no translation for ${missing.join(", ")}` : "",
      extra.length > 0 ? `translations for nothing: ${extra.join(", ")}` : "",
    ];
    throw new Error(parts.filter(Boolean).join("; "));
  }
  return { ...metadata, functions };
}
