/* The rules of Microsoft's add-in docs that manifest.xml must keep, as checks that return every problem found.
   manifest-rules.test.ts cites the document behind each. */

const BASE = "http://schemas.microsoft.com/office/appforoffice/1.1";
const OVERRIDES = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

function children(parent: Element): Element[] {
  return Array.from(parent.children);
}

function inNamespace(parent: Document | Element, namespace: string, name: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(namespace, name));
}

function sets(requirements: Element | undefined, namespace: string): string[] {
  if (!requirements) return [];
  return inNamespace(requirements, namespace, "Set").map((set) => {
    const version =
      set.getAttribute("MinVersion") ?? set.parentElement?.getAttribute("DefaultMinVersion");
    return `${set.getAttribute("Name")} ${version}`;
  });
}

/** The requirement sets of the base manifest (install or not) and of VersionOverrides (overrides or not). */
export function requirementSets(doc: Document): { base: string[]; overrides: string[] } {
  const root = doc.documentElement;
  const base = children(root).find((child) => child.localName === "Requirements");
  const versionOverrides = inNamespace(doc, OVERRIDES, "VersionOverrides")[0];
  const inOverrides = versionOverrides
    ? children(versionOverrides).find((child) => child.localName === "Requirements")
    : undefined;
  return { base: sets(base, BASE), overrides: sets(inOverrides, BT) };
}

/** Overrides for the default locale, and a locale overridden twice on one element. */
export function localeProblems(doc: Document): string[] {
  const problems: string[] = [];
  const defaultLocale = doc.getElementsByTagNameNS(BASE, "DefaultLocale")[0]?.textContent?.trim();
  const owners = new Map<Element, string[]>();
  for (const override of [
    ...inNamespace(doc, BASE, "Override"),
    ...inNamespace(doc, BT, "Override"),
  ]) {
    const owner = override.parentElement as Element;
    const locale = (override.getAttribute("Locale") ?? "").toLowerCase();
    const label = owner.getAttribute("id") ?? owner.localName;
    if (locale === defaultLocale?.toLowerCase())
      problems.push(`${label} overrides the default locale ${defaultLocale}`);
    const seen = owners.get(owner) ?? [];
    if (seen.includes(locale)) problems.push(`${label} overrides ${locale} twice`);
    owners.set(owner, [...seen, locale]);
  }
  return problems;
}

/** The value Office picks for a resource in a locale: its override for that locale, else its default. */
export function resourceFor(doc: Document, resid: string, locale: string): string | null {
  const resource = Array.from(doc.getElementsByTagNameNS(BT, "*")).find(
    (element) => element.getAttribute("id") === resid && element.hasAttribute("DefaultValue")
  );
  if (!resource) return null;
  const override = inNamespace(resource, BT, "Override").find(
    (element) => element.getAttribute("Locale")?.toLowerCase() === locale.toLowerCase()
  );
  return override?.getAttribute("Value") ?? resource.getAttribute("DefaultValue");
}

/** A TaskpaneId under a host whose runtime lives long, or parts of the shared runtime on different pages. */
export function sharedRuntimeProblems(doc: Document): string[] {
  const problems: string[] = [];
  for (const host of inNamespace(doc, OVERRIDES, "Host")) {
    const runtimes = inNamespace(host, OVERRIDES, "Runtime");
    const long = runtimes.find((runtime) => runtime.getAttribute("lifetime") === "long");
    if (!long) continue;
    if (inNamespace(host, OVERRIDES, "TaskpaneId").length > 0)
      problems.push("a <TaskpaneId> sits under the host of the long-lived shared runtime");
    const page = long.getAttribute("resid");
    const parts = [
      ...inNamespace(host, OVERRIDES, "Page").flatMap((element) =>
        inNamespace(element, OVERRIDES, "SourceLocation")
      ),
      ...inNamespace(host, OVERRIDES, "FunctionFile"),
    ];
    for (const part of parts) {
      if (part.getAttribute("resid") !== page)
        problems.push(
          `<${part.localName} resid="${part.getAttribute("resid")}"> is not the runtime's page ${page}`
        );
    }
  }
  return problems;
}

const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
  "ExtendedOverrides",
];
const VERSION_OVERRIDES_ORDER = ["Description", "Requirements", "Hosts", "Resources"];

function orderOf(parent: Element, order: string[]): string[] {
  const names = children(parent).map((child) => child.localName);
  const positions = names.map((name) => order.indexOf(name));
  return names.flatMap((name, index) => {
    if (positions[index] < 0) return [`<${name}> is not a child of <${parent.localName}>`];
    if (index > 0 && positions[index] < positions[index - 1])
      return [`<${name}> comes after <${names[index - 1]}> in <${parent.localName}>`];
    return [];
  });
}

/** Children out of the order the schema demands, in OfficeApp and in VersionOverrides. */
export function orderProblems(doc: Document): string[] {
  const versionOverrides = inNamespace(doc, OVERRIDES, "VersionOverrides")[0];
  return [
    ...orderOf(doc.documentElement, OFFICE_APP_ORDER),
    ...(versionOverrides ? orderOf(versionOverrides, VERSION_OVERRIDES_ORDER) : []),
  ];
}
