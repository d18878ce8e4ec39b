import { readdirSync } from "fs";
import { createRequire } from "module";
import { dirname, join } from "path";

/* Microsoft's JSON schema for custom functions, as the unified manifest for Microsoft 365 declares them
   (`extensions[].runtimes[].customFunctions`, definition extensionCustomFunctions), from the newest numbered schema
   that @microsoft/app-manifest ships in node_modules. Microsoft publishes no schema file for functions.json on npm;
   this one describes the same functions, with two differences of shape that `asUnified` undoes: the unified manifest
   puts a function's options (stream, volatile …) on the function itself, and it has no top-level metadata file. */

const appManifest = dirname(require.resolve("@microsoft/app-manifest/package.json"));
const schemas = join(appManifest, "build", "json-schemas", "teams");

/** The newest numbered version, e.g. "v1.30" (vDevPreview is a preview, not a release). */
export const SCHEMA_VERSION = readdirSync(schemas)
  .filter((name) => /^v\d+\.\d+$/.test(name))
  .sort((a, b) => {
    const [am, an] = a.slice(1).split(".").map(Number);
    const [bm, bn] = b.slice(1).split(".").map(Number);
    return am - bm || an - bn;
  })
  .at(-1) as string;

interface Validator {
  (data: unknown): boolean;
  errors?: { instancePath: string; message?: string }[] | null;
}

interface AjvLike {
  addSchema(schema: unknown, key: string): void;
  getSchema(ref: string): Validator | undefined;
}

/** The schema is draft-04: validate it with the draft-04 Ajv that @microsoft/app-manifest itself depends on. */
function compile(): Validator {
  const load = createRequire(join(appManifest, "package.json"));
  const Ajv = (load("ajv-draft-04") as { default: new (options: object) => AjvLike }).default;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema(load(join(schemas, SCHEMA_VERSION, "MicrosoftTeams.schema.json")), "manifest");
  return ajv.getSchema("manifest#/definitions/extensionCustomFunctions") as Validator;
}

interface MetadataFile {
  functions: { options?: Record<string, unknown> }[];
}

/** functions.json in the unified manifest's shape: each function's options lifted onto the function. */
export function asUnified(metadata: MetadataFile): unknown {
  return {
    ...metadata,
    functions: metadata.functions.map(({ options, ...fn }) => ({ ...fn, ...options })),
  };
}

const validate = compile();

/** Every schema violation of a functions.json, as "path: message"; empty when it passes. */
export function schemaProblems(metadata: MetadataFile): string[] {
  if (validate(asUnified(metadata))) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath}: ${error.message}`);
}
