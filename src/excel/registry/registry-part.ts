import { EMPTY_REGISTRY, WorkbookRegistry } from "../../core/registry/registry";
import { installRegistry } from "../../core/registry/workbook-state";
import { planLookup } from "../../core/catalog/embedded";
import type { Locale } from "../../core/i18n/locale";
import { captureBefore } from "../safe-write/before-state";
import { commitWrites } from "../safe-write/commit";
import {
  REGISTRY_NAMESPACE,
  registryFromXml,
  registryToXml,
} from "../../core/registry/registry-xml";

/*
 * The workbook's registry (aliases and registered plans) in one custom XML part of our namespace, ExcelApi 1.5
 * (Microsoft: "Excel.CustomXmlPartScopedCollection.getOnlyItemOrNullObject", "Excel.CustomXmlPart.getXml/setXml").
 * A custom XML part rather than Office.context.document.settings: it is saved inside the .xlsx whatever the host,
 * holds a whole table's data, and can be read by any Excel.run, the custom functions' included.
 */

interface StoredRegistry {
  part: Excel.CustomXmlPart | null;
  registry: WorkbookRegistry;
}

async function loadStored(context: Excel.RequestContext): Promise<StoredRegistry> {
  const part = context.workbook.customXmlParts
    .getByNamespace(REGISTRY_NAMESPACE)
    .getOnlyItemOrNullObject();
  await context.sync();
  if (part.isNullObject) return { part: null, registry: EMPTY_REGISTRY };
  const xml = part.getXml();
  await context.sync();
  const indicators = new Set(planLookup().catalog.indicators.map((indicator) => indicator.id));
  return { part, registry: registryFromXml(resultOf(xml), indicators) };
}

/* A ClientResult is filled by the sync above; it has no load() of its own, which the load-before-read rule expects. */
function resultOf(result: OfficeExtension.ClientResult<string>): string {
  return result.value;
}

/** The stored registry, or an empty one; a part of a newer format, or damaged, throws RegistryFormatError. Two syncs at most. */
export async function readRegistry(context: Excel.RequestContext): Promise<WorkbookRegistry> {
  return (await loadStored(context)).registry;
}

/** Reads the workbook's registry into the shared runtime, so functions and pane answer with its aliases and plans. */
export async function loadWorkbookRegistry(context: Excel.RequestContext): Promise<void> {
  installRegistry(await readRegistry(context));
}

/**
 * Changes the stored registry: reads it, applies `change`, writes it back in one command, sent through the safe-write
 * session (a failure is a WriteFailedError in words; one command, so nothing of it stays). A newer or damaged part
 * throws before anything is queued, so it is never overwritten. Three syncs; the caller installs what is returned,
 * only once it is stored.
 */
export async function updateRegistry(
  context: Excel.RequestContext,
  change: (registry: WorkbookRegistry) => WorkbookRegistry,
  locale: Locale
): Promise<WorkbookRegistry> {
  const before = captureBefore(context, null);
  const { part, registry } = await loadStored(context);
  const next = change(registry);
  const xml = registryToXml(next);
  if (part) part.setXml(xml);
  else context.workbook.customXmlParts.add(xml);
  await commitWrites(context, before, locale);
  return next;
}
