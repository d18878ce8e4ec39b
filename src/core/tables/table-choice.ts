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

/** "江北区正文目标", "江北区 headline targets": the title of the sheet, which must say whose targets they are. */
export function headlinesTitle(plan: PlanDocument, locale: Locale): string {
  return locale === "zh"
    ? `${plan.region}${HEADLINES_LABEL.zh}`
    : `${plan.region} ${HEADLINES_LABEL.en.toLowerCase()}`;
}

/** "附件1 研发投入任务分解" — how a published table is named in pickers, titles and sheet names. */
export function tableLabel(table: TableDef): string {
  return `${table.attachment} ${table.title}`;
}

/** The published breakdown tables first, so that the default choice is one where the document has one. */
export function tableChoices(plan: PlanDocument, locale: Locale): TableChoice[] {
  const headlines =
    plan.headlines.length > 0 ? [{ id: HEADLINES_ID, label: headlinesLabel(locale) }] : [];
  return [
    ...plan.tables.map((table) => ({ id: table.id, label: tableLabel(table) })),
    ...headlines,
  ];
}

function headlineRow(headline: HeadlineDef): string[] {
  return [
    headline.label,
    headline.year === null ? "" : String(headline.year),
    headline.value,
    headline.measure,
    headline.qualifier,
  ];
}

const HEADERS: Record<Locale, string[]> = {
  zh: ["指标", "年份", "目标", "单位", "表述"],
  en: ["Indicator", "Year", "Target", "Unit", "Wording"],
};

/**
 * The sentences the targets are quoted from, each once: a document states several targets in one sentence, and
 * the data file quotes each target with the sentence up to it, so a quote inside a longer one adds nothing.
 */
function distinctQuotes(plan: PlanDocument, locale: Locale): string[] {
  const quotes = [...new Set(plan.headlines.map((headline) => headline.quote))];
  const kept = quotes.filter(
    (quote) => !quotes.some((other) => other !== quote && other.includes(quote))
  );
  return kept.map((quote) => (locale === "zh" ? `原文：${quote}` : `Text: ${quote}`));
}

/**
 * The headline targets in the shape of a published table, so that one layout serves both. Its figures are
 * "text" columns: a headline is not tied to a year column the way a breakdown table's figures are. The sentences
 * they are quoted from follow as notes, each once, rather than as a column of ever-longer quotes.
 */
export function headlinesTable(plan: PlanDocument, locale: Locale): TableDef {
  return {
    id: HEADLINES_ID,
    attachment: "",
    title: headlinesTitle(plan, locale),
    layout: "text",
    columns: [
      { label: HEADERS[locale][0], role: "name" },
      { label: HEADERS[locale][1], role: "text" },
      { label: HEADERS[locale][2], role: "text" },
      { label: HEADERS[locale][3], role: "measure" },
      { label: HEADERS[locale][4], role: "text" },
    ],
    rows: plan.headlines.map((headline) => ({ kind: "item", cells: headlineRow(headline) })),
    notes: distinctQuotes(plan, locale),
  };
}
