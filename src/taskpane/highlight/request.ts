import type { Catalog } from "../../core/catalog/catalog";
import { parseDate } from "../../core/progress/dates";
import { LookupError } from "../../core/lookup/lookup-error";
import type { Locale } from "../../core/i18n/locale";
import type { ColourMeaning } from "../../core/highlight/palette";
import { DEFAULT_FAR_BEHIND_POINTS } from "../../core/progress/status";
import type { HighlightRequest, HighlightResult } from "../../excel/contract";
import { unitIndicators } from "../../core/catalog/unit-indicators";

/** The panel's fields as typed. */
export interface FormState {
  region: string;
  /** An indicator id, or "" until one is chosen. */
  indicator: string;
  /** yyyy-mm-dd, as an <input type="date"> gives it. */
  reportingDate: string;
  farBehindPoints: string;
  meaning: ColourMeaning;
}

export function initialForm(catalog: Catalog, today: Date): FormState {
  const region = catalog.regions[0] ?? "";
  const pad = (value: number) => String(value).padStart(2, "0");
  return {
    region,
    indicator: unitIndicators(catalog, region)[0]?.id ?? "",
    reportingDate: `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`,
    farBehindPoints: String(DEFAULT_FAR_BEHIND_POINTS),
    meaning: "red-behind",
  };
}

/** The request, or the key of the message for the field that is wrong. */
export function toRequest(
  form: FormState,
  locale: Locale
): HighlightRequest | "badDate" | "badPoints" {
  let reporting;
  try {
    reporting = parseDate(form.reportingDate);
  } catch (error) {
    if (error instanceof LookupError) return "badDate";
    throw error;
  }
  const points = Number(form.farBehindPoints);
  if (form.farBehindPoints.trim() === "" || !(points > 0)) return "badPoints";
  return {
    region: form.region,
    indicator: form.indicator,
    reporting,
    method: "increment",
    farBehindPoints: points,
    meaning: form.meaning,
    locale,
  };
}

/** The last check or highlighting, if it compared the region and indicator the form now names; else null. */
export function currentResult(
  result: HighlightResult | null,
  form: FormState
): HighlightResult | null {
  if (!result) return null;
  const { analysis } = result;
  return analysis.region === form.region && analysis.indicator.id === form.indicator
    ? result
    : null;
}

/** The units a result matched, for the chart's unit list: catalog names, each once, in sheet order. */
export function matchedUnits(result: HighlightResult | null): string[] {
  const names = result?.analysis.units.flatMap((unit) => (unit ? [unit.name] : [])) ?? [];
  return [...new Set(names)];
}
