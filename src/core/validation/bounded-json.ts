import { isObject } from "./data-checker";

/*
 * JSON that came from outside (a workbook's custom XML part, a file a user pasted) read within bounds: its size and
 * nesting counted in one pass before JSON.parse sees it, and no key that would reach Object.prototype when the data is
 * copied. Linear in the text's length whatever it holds.
 */

export interface JsonLimits {
  maxChars: number;
  maxDepth: number;
}

/** The value, or what is wrong with the text in words that follow its subject ("is not readable JSON: …"). */
export type BoundedJson = { value: unknown; problem: null } | { value: null; problem: string };

/** Keys that would reach Object.prototype when the data is copied. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Whether the text nests deeper than `maxDepth`, counting only brackets outside strings. */
function tooDeep(json: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const char = json[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "[" || char === "{") {
      if (++depth > maxDepth) return true;
    } else if (char === "]" || char === "}") depth--;
  }
  return false;
}

/** Where the first forbidden key is, as a path ("plans[0].plan"), or null; the depth is already bounded. */
function forbiddenKey(value: unknown, where: string): string | null {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = forbiddenKey(value[index], `${where}[${index}]`);
      if (found) return found;
    }
  } else if (isObject(value))
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return `has a key "${key}" at ${where || "its top"}`;
      const found = forbiddenKey(value[key], where ? `${where}.${key}` : key);
      if (found) return found;
    }
  return null;
}

export function readBoundedJson(text: string, limits: JsonLimits): BoundedJson {
  const fail = (problem: string): BoundedJson => ({ value: null, problem });
  if (text.length > limits.maxChars)
    return fail(
      `is ${(text.length / 1024 / 1024).toFixed(1)} MB, over the ${limits.maxChars / 1024 / 1024} MB it can be`
    );
  if (tooDeep(text, limits.maxDepth)) return fail(`nests deeper than ${limits.maxDepth} levels`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(`is not readable JSON: ${(error as Error).message}`);
  }
  const key = forbiddenKey(value, "");
  return key ? fail(key) : { value, problem: null };
}
