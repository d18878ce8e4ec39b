import { existsSync, readFileSync } from "fs";
import { join } from "path";

/**
 * Structural checks of manifest.xml, standing in for the online validator this machine cannot reach; the rules of
 * Microsoft's docs (locales, requirements, shared runtime, element order) are in office-rules.ts.
 * Returns every problem found; an empty list means the manifest holds together and every URL it names
 * is a file the build produced.
 */
export interface ManifestExpectations {
  distDir: string;
  origin: string;
  version: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function all(doc: Document, name: string): Element[] {
  return Array.from(doc.getElementsByTagName(name));
}

function text(doc: Document, name: string): string | null {
  return doc.getElementsByTagName(name)[0]?.textContent?.trim() ?? null;
}

function pngWidth(path: string): number {
  const bytes = readFileSync(path);
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(16);
}

export function checkManifest(xml: string, expect: ManifestExpectations): string[] {
  const problems: string[] = [];
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  if (doc.getElementsByTagName("parsererror").length > 0)
    return ["manifest.xml is not well-formed XML"];

  const id = text(doc, "Id");
  if (!id || !GUID.test(id)) problems.push(`<Id> must be a GUID, not ${JSON.stringify(id)}`);
  const version = text(doc, "Version");
  if (version !== expect.version) {
    problems.push(
      `<Version> is ${version}; it must be ${expect.version}, package.json's version with a fourth part`
    );
  }
  if (text(doc, "DefaultLocale") !== "zh-CN") problems.push("<DefaultLocale> must be zh-CN");
  if (text(doc, "Permissions") !== "ReadWriteDocument")
    problems.push("<Permissions> must be ReadWriteDocument");
  for (const name of ["DisplayName", "Description"]) {
    const element = doc.getElementsByTagName(name)[0];
    const english = element ? Array.from(element.getElementsByTagName("Override")) : [];
    if (!english.some((override) => override.getAttribute("Locale") === "en-US")) {
      problems.push(`<${name}> needs an en-US override`);
    }
  }

  const runtime = all(doc, "Runtime")[0];
  if (runtime?.getAttribute("lifetime") !== "long")
    problems.push('<Runtime lifetime="long"> is missing');

  const resources = new Map<string, Element>();
  for (const element of [
    ...all(doc, "bt:Image"),
    ...all(doc, "bt:Url"),
    ...all(doc, "bt:String"),
  ]) {
    const resid = element.getAttribute("id");
    if (!resid) continue;
    if (resources.has(resid)) problems.push(`resource id ${resid} is defined twice`);
    resources.set(resid, element);
  }
  const used = new Set<string>();
  for (const element of Array.from(doc.getElementsByTagName("*"))) {
    const resid = element.getAttribute("resid");
    if (!resid) continue;
    used.add(resid);
    if (!resources.has(resid))
      problems.push(`<${element.tagName} resid="${resid}"> names no resource`);
  }
  for (const resid of resources.keys()) {
    if (!used.has(resid)) problems.push(`resource ${resid} is never used`);
  }
  if (runtime && runtime.getAttribute("resid") !== "Taskpane.Url")
    problems.push("the runtime must be the task pane page");

  const namespace = resources.get("Functions.Namespace")?.getAttribute("DefaultValue");
  if (namespace !== "PLAN")
    problems.push(`the custom functions namespace is ${namespace}, not PLAN`);
  for (const element of [...all(doc, "bt:String")]) {
    const resid = element.getAttribute("id");
    const overrides = Array.from(element.getElementsByTagName("bt:Override")).map((o) =>
      o.getAttribute("Locale")
    );
    if (resid !== "Functions.Namespace" && !overrides.includes("en-US"))
      problems.push(`string ${resid} needs an en-US override`);
  }

  const urls = Array.from(doc.getElementsByTagName("*")).flatMap((element) =>
    ["DefaultValue", "Value"]
      .map((attribute) => element.getAttribute(attribute) ?? "")
      .filter((value) => value.startsWith("https://"))
  );
  for (const url of new Set(urls)) {
    if (!url.startsWith(`${expect.origin}/`)) {
      problems.push(`${url} is not served by the add-in (${expect.origin})`);
      continue;
    }
    const file = join(expect.distDir, url.slice(expect.origin.length + 1).split(/[?#]/)[0]);
    if (!existsSync(file))
      problems.push(`${url} points at ${file}, which the build does not produce`);
  }
  for (const image of all(doc, "bt:Image").filter((element) =>
    element.hasAttribute("DefaultValue")
  )) {
    const size = Number(image.getAttribute("id")?.split(".")[1]);
    const url = image.getAttribute("DefaultValue") as string;
    const file = join(expect.distDir, url.slice(expect.origin.length + 1));
    if (existsSync(file) && pngWidth(file) !== size)
      problems.push(`${url} is not ${size} pixels wide`);
  }
  return problems;
}
