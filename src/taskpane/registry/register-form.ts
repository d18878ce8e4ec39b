import type { RowKind, TableLayout } from "../../core/catalog/plan-types";
import type { PlanMeta } from "../../core/registry/to-plan";

/** The row kinds a table of each layout may hold, as validation accepts them. */
export function rowKindsFor(layout: TableLayout): RowKind[] {
  if (layout === "indicators") return ["indicator"];
  if (layout === "text") return ["item"];
  return ["unit", "subtotal", "total", "reference"];
}

/** The form's text fields, as typed. */
export interface MetaForm {
  region: string;
  indicator: string;
  measure: string;
  docNumber: string;
  date: string;
  title: string;
  attachment: string;
  tableTitle: string;
  registeredBy: string;
}

export const EMPTY_META: MetaForm = {
  region: "",
  indicator: "",
  measure: "",
  docNumber: "",
  date: "",
  title: "",
  attachment: "",
  tableTitle: "",
  registeredBy: "",
};

/** The plan's details from the form; null while something required is missing. */
export function metaOf(form: MetaForm, layout: TableLayout): PlanMeta | null {
  const text = (value: string) => (value.trim() === "" ? null : value.trim());
  const required = [form.region, form.title, form.attachment, form.tableTitle, form.registeredBy];
  if (required.some((value) => value.trim() === "")) return null;
  if (layout === "units" && form.indicator === "") return null;
  return {
    region: form.region.trim(),
    indicator: layout === "units" ? form.indicator : null,
    measure: text(form.measure),
    docNumber: text(form.docNumber),
    date: text(form.date),
    title: form.title.trim(),
    issuer: null,
    attachment: form.attachment.trim(),
    tableTitle: form.tableTitle.trim(),
  };
}

/** The document's year, which tells a bare year header's role (an earlier year is an actual figure). */
export function documentYear(date: string): number | null {
  const match = /^(\d{4})-\d{2}-\d{2}$/.exec(date.trim());
  return match ? Number(match[1]) : null;
}
