import type { UnitAlias } from "./aliases";
import type { RegisteredPlan, WorkbookRegistry } from "./registry";
import { formatProblem, isObject, Json } from "../validation/data-checker";
import { asPlan, validatePlan } from "../validation/validate";
import { readBoundedJson } from "../validation/bounded-json";

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

/** The largest part read: a registry of a hundred plans is well under 1 MB. */
export const MAX_PART_CHARS = 5 * 1024 * 1024;
/** The deepest nesting a registry has is 7 (plans › plan › tables › rows › cells); more is not ours. */
export const MAX_DEPTH = 32;

const refuse = (message: string): never => {
  throw new RegistryFormatError(`the stored registry ${message}`);
};

/** Checks the root element's version: found with indexOf, the start tag read only up to its bounded length. */
function checkVersion(xml: string): void {
  const start = xml.indexOf("<registry");
  if (start === -1) refuse("has no <registry> element");
  const end = xml.indexOf(">", start);
  if (end === -1 || end - start > 512) refuse("has an unreadable <registry> tag");
  const version = /\bversion="(\d{1,9})"/.exec(xml.slice(start, end));
  if (!version) return refuse("has no version");
  const number = Number(version[1]);
  if (number > REGISTRY_VERSION)
    refuse(`is of version ${version[1]}; this add-in reads up to ${REGISTRY_VERSION}`);
  if (number < 1) refuse(`has version ${version[1]}, which no add-in wrote`);
}

/** The text of the one <data> element, found with indexOf: linear whatever the part holds. */
function dataOf(xml: string): string {
  const open = xml.indexOf("<data>");
  if (open === -1) return refuse("has no data");
  const close = xml.indexOf("</data>", open);
  if (close === -1) return refuse("has a <data> element that is never closed");
  if (xml.indexOf("<data>", open + 1) !== -1 || xml.indexOf("</data>", close + 1) !== -1)
    refuse("has more than one <data> element");
  return xml.slice(open + "<data>".length, close);
}

function listOf(data: Json, key: string): unknown[] {
  const value = data[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) return refuse(`has ${key} that is not a list`);
  return value;
}

const isText = (value: unknown): value is string => typeof value === "string" && value !== "";

function aliasOf(value: unknown, where: string): UnitAlias {
  if (!isObject(value)) return refuse(`has ${where} that is not an object`);
  const { subject, region, typed, means } = value;
  if (subject !== "unit") refuse(`has ${where}.subject that is not "unit"`);
  for (const [key, field] of Object.entries({ region, typed, means }))
    if (!isText(field)) refuse(`has ${where}.${key} that is not a text`);
  return {
    subject: "unit",
    region: region as string,
    typed: typed as string,
    means: means as string,
  };
}

function entryOf(value: unknown, where: string, indicators: ReadonlySet<string>): RegisteredPlan {
  if (!isObject(value)) return refuse(`has ${where} that is not an object`);
  const { plan, registeredBy, registeredAt, revision } = value;
  if (typeof registeredBy !== "string") refuse(`has ${where}.registeredBy that is not a text`);
  if (!isText(registeredAt) || Number.isNaN(Date.parse(registeredAt)))
    refuse(`has ${where}.registeredAt that is not a date`);
  if (typeof revision !== "number" || !Number.isInteger(revision) || revision < 1)
    refuse(`has ${where}.revision that is not a whole number from 1`);
  const problems = validatePlan(`${where}.plan`, plan, indicators);
  if (problems.length > 0)
    refuse(
      `has a damaged plan: ${problems.slice(0, 3).map(formatProblem).join("; ")}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ""}`
    );
  return {
    plan: asPlan(plan),
    registeredBy: registeredBy as string,
    registeredAt: registeredAt as string,
    revision: revision as number,
  };
}

/**
 * Reads a stored part, which may come from any workbook: bounded in time (indexOf scans and one counting pass, no
 * pattern that backtracks) and size (MAX_PART_CHARS, MAX_DEPTH, readBoundedJson), and every field checked and copied before it is
 * used, each plan against the schema the shipped data files meet (validatePlan). Anything else is a
 * RegistryFormatError that names where, and nothing of the part is used or overwritten.
 */
export function registryFromXml(xml: string, indicators: ReadonlySet<string>): WorkbookRegistry {
  if (xml.length > MAX_PART_CHARS)
    refuse(
      `is ${(xml.length / 1024 / 1024).toFixed(1)} MB, over the ${MAX_PART_CHARS / 1024 / 1024} MB a registry can be`
    );
  checkVersion(xml);
  const read = readBoundedJson(dataOf(xml), { maxChars: MAX_PART_CHARS, maxDepth: MAX_DEPTH });
  if (read.problem !== null) return refuse(read.problem);
  const data = read.value;
  if (!isObject(data)) return refuse("holds no object");
  return {
    aliases: listOf(data, "aliases").map((alias, index) => aliasOf(alias, `aliases[${index}]`)),
    plans: listOf(data, "plans").map((entry, index) =>
      entryOf(entry, `plans[${index}]`, indicators)
    ),
    history: listOf(data, "history").map((entry, index) =>
      entryOf(entry, `history[${index}]`, indicators)
    ),
  };
}
