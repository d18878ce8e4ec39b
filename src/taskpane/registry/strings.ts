import type { Locale } from "../../core/i18n/locale";
import type { ColumnRole, RowKind } from "../../core/catalog/plan-types";
import { MAX_GRID_CELLS } from "../../core/registry/grid-error";

/** Every text the registration panel shows, Chinese first and English. */
const STRINGS = {
  zh: {
    intro:
      "选中从文件粘贴到表中的目标分解表（可含标题行和一到两行表头），读取后核对识别结果，填写文件信息后登记到本工作簿。登记的数据不是官方目录：官方已有的数字始终优先，差异会列出。",
    read: "读取选中的表",
    understood: (rows: number, columns: number) => `识别出 ${columns} 列、${rows} 行：`,
    column: "列",
    role: "含义",
    year: "年份",
    row: "行",
    kind: "类型",
    roles: {
      serial: "序号",
      name: "名称",
      measure: "计量单位",
      target: "目标",
      actual: "实际",
      text: "文字",
    } as Record<ColumnRole, string>,
    kinds: {
      unit: "单位",
      subtotal: "小计",
      total: "合计",
      reference: "参考行",
      indicator: "指标",
      item: "项目",
    } as Record<RowKind, string>,
    region: "区县（如 渝北区）",
    indicator: "指标",
    measure: "计量单位（如 家、万元）",
    docNumber: "文号",
    date: "印发日期（yyyy-mm-dd）",
    title: "文件标题",
    attachment: "附件序号（如 附件1）",
    tableTitle: "表格标题",
    registeredBy: "登记人",
    check: "检查",
    register: "登记到本工作簿",
    problems: "无法登记，请更正：",
    discrepancies: "小计/合计与各行之和不一致（按原样保存，不作修改）：",
    discrepancy: (row: string, year: number, stated: number, computed: number) =>
      `${row} ${year}年：表中 ${stated}，各行合计 ${computed}`,
    differences: "与官方目录不一致（使用官方数字）：",
    difference: (unit: string, year: number, registered: string, official: string) =>
      `${unit} ${year}年：登记 ${registered}，官方 ${official}`,
    sound: "检查通过，可以登记。",
    registered: (title: string, revision: number) =>
      `已登记《${title}》第 ${revision} 版，函数、填入和着色即可使用。`,
    list: "本工作簿登记的文件",
    entry: (title: string, by: string, at: string, revision: number) =>
      `《${title}》：${by}登记于 ${at.slice(0, 10)}，第 ${revision} 版`,
    exportJson: "导出 JSON",
    importJson: "导入 JSON",
    importHint: "粘贴 seeds/plans 格式的 JSON",
    missing: "请填写区县、标题、附件序号、表格标题和登记人；按单位分解的表还须选择指标。",
    failed: (message: string) => `操作未完成，工作簿未改动：${message}`,
    emptySelection: "选中的区域是空的：请先把表格粘贴到工作表中，再选中整张表。",
    grid: {
      "too-large": (cells: number) =>
        `选中的区域有 ${cells} 个单元格，超过可读取的 ${MAX_GRID_CELLS} 个：请只选中要登记的那张表。`,
      "cell-too-long": (row: number, column: number, length: number) =>
        `选中区域第 ${row} 行第 ${column} 列有 ${length} 个字，不像表格中的一格：请只选中表格本身（标题、表头和各行）。`,
      "no-header":
        "选中的区域里没有表头（至少两格有文字的一行）：请选中整张表，包括表头和各行，而不是一个单元格或一列。",
      "no-rows": (headerRow: number) =>
        `选中区域第 ${headerRow} 行像是表头，下面却没有数据行：请连同表头下的各行一起选中。`,
    },
  },
  en: {
    intro:
      "Select a breakdown table pasted from a document (with a title line and one or two header rows, if any), read it, check what was understood, give the document's details and register it in this workbook. A registered table is not the official catalog: official figures always come first, and differences are listed.",
    read: "Read the selected table",
    understood: (rows: number, columns: number) =>
      `${columns} columns and ${rows} rows understood:`,
    column: "Column",
    role: "Role",
    year: "Year",
    row: "Row",
    kind: "Kind",
    roles: {
      serial: "Serial",
      name: "Name",
      measure: "Unit of measure",
      target: "Target",
      actual: "Actual",
      text: "Text",
    } as Record<ColumnRole, string>,
    kinds: {
      unit: "Unit",
      subtotal: "Subtotal",
      total: "Total",
      reference: "Reference",
      indicator: "Indicator",
      item: "Item",
    } as Record<RowKind, string>,
    region: "District (e.g. 渝北区)",
    indicator: "Indicator",
    measure: "Unit of measure (e.g. 家, 万元)",
    docNumber: "Document number (文号)",
    date: "Date of issue (yyyy-mm-dd)",
    title: "Document title",
    attachment: "Attachment (e.g. 附件1)",
    tableTitle: "Table title",
    registeredBy: "Registered by",
    check: "Check",
    register: "Register in this workbook",
    problems: "Cannot register; please correct:",
    discrepancies: "Stated 小计/合计 that differ from the sum of their rows (kept as printed):",
    discrepancy: (row: string, year: number, stated: number, computed: number) =>
      `${row} ${year}: stated ${stated}, rows add up to ${computed}`,
    differences: "Different from the official catalog (the official figure is used):",
    difference: (unit: string, year: number, registered: string, official: string) =>
      `${unit} ${year}: registered ${registered}, official ${official}`,
    sound: "No problems: ready to register.",
    registered: (title: string, revision: number) =>
      `Registered 《${title}》, revision ${revision}; functions, fill and highlighting use it now.`,
    list: "Documents registered in this workbook",
    entry: (title: string, by: string, at: string, revision: number) =>
      `《${title}》: registered by ${by} on ${at.slice(0, 10)}, revision ${revision}`,
    exportJson: "Export JSON",
    importJson: "Import JSON",
    importHint: "Paste JSON in the seeds/plans schema",
    missing:
      "Give the district, title, attachment, table title and your name; a table by unit also needs its indicator.",
    failed: (message: string) => `Not done, the workbook is unchanged: ${message}`,
    emptySelection:
      "The selection is empty: paste the table into the sheet first, then select the whole table.",
    grid: {
      "too-large": (cells: number) =>
        `The selection has ${cells} cells, more than the ${MAX_GRID_CELLS} that can be read: select only the table to register.`,
      "cell-too-long": (row: number, column: number, length: number) =>
        `Row ${row}, column ${column} of the selection holds ${length} characters, which is not a table's cell: select only the table (title, header and rows).`,
      "no-header":
        "The selection has no header (a row with two or more cells filled): select the whole table, header and rows, not one cell or one column.",
      "no-rows": (headerRow: number) =>
        `Row ${headerRow} of the selection looks like a header, but no rows follow it: select the rows under the header too.`,
    },
  },
};

export type RegisterStrings = (typeof STRINGS)["zh"];

export function registerStrings(locale: Locale): RegisterStrings {
  return STRINGS[locale];
}
