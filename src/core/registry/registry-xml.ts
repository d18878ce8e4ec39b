import type { WorkbookRegistry } from "./registry";

/*
 * The registry as a custom XML part of the workbook, so that it travels with the file (Microsoft: "Excel.
 * CustomXmlPartCollection", ExcelApi 1.5). The data is JSON inside one element; the root carries the format's version
 * so that a later add-in can read older parts and an older add-in refuses a newer part instead of overwriting it.
 */

export const REGISTRY_NAMESPACE = "urn:plan-targets:workbook-registry";
export const REGISTRY_VERSION = 1;

/** The stored part is of a newer format, or damaged: the add-in must neither use nor overwrite it. */
export class RegistryFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RegistryFormatError";
  }
}

export function registryToXml(registry: WorkbookRegistry): string {
  // "<", ">" and "&" escaped as JSON \u escapes keep the text valid inside an XML element, whatever users typed.
  const json = JSON.stringify(registry).replace(
    /[<>&]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
  return `<registry xmlns="${REGISTRY_NAMESPACE}" version="${REGISTRY_VERSION}"><data>${json}</data></registry>`;
}

export function registryFromXml(xml: string): WorkbookRegistry {
  const version = /<registry\b[^>]*\bversion="(\d+)"/.exec(xml);
  if (!version) throw new RegistryFormatError("the stored registry has no version");
  if (Number(version[1]) > REGISTRY_VERSION)
    throw new RegistryFormatError(
      `the stored registry is of version ${version[1]}; this add-in reads up to ${REGISTRY_VERSION}`
    );
  const data = /<data>([\s\S]*)<\/data>/.exec(xml);
  if (!data) throw new RegistryFormatError("the stored registry has no data");
  const parsed = JSON.parse(data[1]) as Partial<WorkbookRegistry>;
  return {
    aliases: parsed.aliases ?? [],
    plans: parsed.plans ?? [],
    history: parsed.history ?? [],
  };
}
