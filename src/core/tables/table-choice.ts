import type { HeadlineDef, PlanDocument, TableDef } from "../catalog/plan-types";
import type { Locale } from "../i18n/locale";

/** The headline targets stated in the text are offered as one more table, under this id. */
export const HEADLINES_ID = "headlines";

/** A table the user can pick: a published table, or the document's headline targets. */
export interface TableChoice {
  id: string;
  label: string;
}

const HEADLINES_LABEL: Record<Locale, string> = { zh: "正文目标", en: "Headline targets" };

export function headlinesLabel(locale: Locale): string {
  return HEADLINES_LABEL[locale];
}

/** "附件1 研发投入任务分解" — how a published table is named in pickers, titles and sheet names. */
export function tableLabel(table: TableDef): string {
  return `${table.attachment} ${table.title}`;
}

export function tableChoices(plan: PlanDocument, locale: Locale): TableChoice[] {
  const headlines =
    plan.headlines.length > 0 ? [{ id: HEADLINES_ID, label: headlinesLabel(locale) }] : [];
  return [
    ...headlines,
    ...plan.tables.map((table) => ({ id: table.id, label: tableLabel(table) })),
  ];
}

function headlineRow(headline: HeadlineDef): string[] {
  return [
    headline.label,
    headline.year === null ? "" : String(headline.year),
    headline.value,
    headline.measure,
    headline.qualifier,
    headline.quote,
  ];
}

/**
 * The headline targets in the shape of a published table, so that one layout serves both. Its figures are
 * "text" columns: a headline is not tied to a year column the way a breakdown table's figures are.
 */
export function headlinesTable(plan: PlanDocument, locale: Locale): TableDef {
  return {
    id: HEADLINES_ID,
    attachment: "",
    title: headlinesLabel(locale),
    layout: "text",
    columns: [
      { label: "指标", role: "name" },
      { label: "年份", role: "text" },
      { label: "目标", role: "text" },
      { label: "单位", role: "measure" },
      { label: "表述", role: "text" },
      { label: "原文", role: "text" },
    ],
    rows: plan.headlines.map((headline) => ({ kind: "item", cells: headlineRow(headline) })),
  };
}
