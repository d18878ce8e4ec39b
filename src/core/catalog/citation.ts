import type { PlanDocument, TableDef } from "./plan-types";
import type { Fact } from "./catalog";
import type { Locale } from "../i18n/locale";
import type { Figure } from "./figure";
import { documentLabel, rowName } from "./naming";

/**
 * What a printed bound or range means for the number the functions return: "≥15" is a floor, so PLAN.TARGET's 15
 * is the least the document asks, not the target itself. Empty for a plain figure (a range's quote says itself).
 */
export function boundNote(figure: Figure, locale: Locale): string {
  const zh = locale === "zh";
  if (figure.bound === "at-least")
    return zh ? `（下限：不低于 ${figure.value}）` : ` (a floor: at least ${figure.value})`;
  if (figure.bound === "at-most")
    return zh ? `（上限：不高于 ${figure.value}）` : ` (a ceiling: at most ${figure.value})`;
  return "";
}

/**
 * What stands before every citation of a plan a user registered or imported, so that it is never passed off as
 * official; `detail` says who registered it, when, which revision.
 */
export function registeredMark(locale: Locale, detail?: string): string {
  return locale === "zh"
    ? `本工作簿登记的数据，非官方目录${detail ? `（${detail}）` : ""}：`
    : `Registered in this workbook, not the official catalog${detail ? ` (${detail})` : ""}: `;
}

/**
 * "永川府办发〔2023〕26号（2023-04-12）" — the document as a reader would look it up; a plan registered in the
 * workbook (`registered`, from Catalog.isRegistered) is marked so before its name.
 */
export function citeDocument(plan: PlanDocument, locale: Locale, registered = false): string {
  const name = `${registered ? registeredMark(locale) : ""}${documentLabel(plan)}`;
  if (!plan.date) return locale === "zh" ? `${name}（未载日期）` : `${name} (undated)`;
  return locale === "zh" ? `${name}（${plan.date}）` : `${name} (${plan.date})`;
}

/** "附件1《研发投入任务分解》" */
export function citeTable(table: TableDef): string {
  return `${table.attachment}《${table.title}》`;
}

/** Where a figure is printed: document, table, row and column, or the sentence that states it. */
export function citeFact(fact: Fact, locale: Locale): string {
  const zh = locale === "zh";
  const document = citeDocument(fact.plan, locale);
  const value = `${fact.figure.text}${fact.measure}${boundNote(fact.figure, locale)}`;
  if (fact.table === null || fact.row === null || fact.column === null) {
    const quote = fact.headline?.quote ?? "";
    const bound = boundNote(fact.figure, locale);
    return zh ? `${document}正文：“${quote}”${bound}` : `${document}, text: “${quote}”${bound}`;
  }
  const row = rowName(fact.table, fact.table.rows[fact.row]);
  const column = fact.table.columns[fact.column].label.replace(/\n/g, "");
  return zh
    ? `${document}${citeTable(fact.table)}，“${row}”行“${column}”列：${value}`
    : `${document}, ${citeTable(fact.table)}, row “${row}”, column “${column}”: ${value}`;
}
