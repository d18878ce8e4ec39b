import { normalizeName } from "../lookup/text";

/** What a row of the user's sheet is, judged by its name cell alone. */
export type SheetRowKind = "blank" | "total" | "subtotal" | "name";

const TOTAL = /^(合计|总计|共计|全[区县](合计|总计)?|总数)$/;
const SUBTOTAL = /小计/;

export function sheetRowKind(cell: unknown): SheetRowKind {
  if (cell === null || cell === undefined) return "blank";
  const text = normalizeName(String(cell));
  if (text === "") return "blank";
  if (TOTAL.test(text)) return "total";
  if (SUBTOTAL.test(text)) return "subtotal";
  return "name";
}

const HEADER_WORDS =
  /^(序号|单位|名称|单位名称|街道|街镇|镇街|镇街园区|园区|街道镇|区域|地区|责任单位|填报单位)/;

/** Whether a selection's first cell is its column header rather than a unit: 单位, 街镇, 镇街/园区 … */
export function looksLikeHeader(cell: unknown): boolean {
  if (typeof cell !== "string") return false;
  return HEADER_WORDS.test(normalizeName(cell).replace(/[/、／]/g, ""));
}
