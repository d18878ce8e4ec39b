import type { Locale } from "../core/i18n/locale";

/** Every text the pane shows, in Chinese first and English. */
const STRINGS = {
  zh: {
    appTitle: "科创目标台账",
    tablesTab: "分解表",
    highlightTab: "进度着色",
    submissionTab: "报送表",
    district: "区县",
    document: "文件",
    registeredPlan: "【本工作簿登记，非官方】",
    table: "表格",
    preview: "预览",
    rows: (count: number) => `共 ${count} 行`,
    mode: "写入方式",
    values: "数值（与原文一致）",
    formulas: "公式（随目录更新：PLAN.TARGET / PLAN.BASELINE）",
    footnotes: "把核对说明写在表格下方",
    insertHere: "插入到所选位置",
    insertNewSheet: "插入到新工作表",
    copy: "复制（可粘贴到 Excel / WPS）",
    download: "下载 .xlsx",
    working: "正在处理…",
    copied: "已复制，可在 Excel 或 WPS 中粘贴。",
    downloaded: (name: string) => `已下载 ${name}。`,
    inserted: (address: string) => `已插入到 ${address}。`,
    updated: (address: string) => `此表之前已插入过，已在原位置 ${address} 更新。`,
    occupied: (address: string) =>
      `${address} 已有内容，为避免覆盖，未写入任何数据。请选择一个空白单元格后再点“插入到所选位置”，或插入到新工作表。`,
    cancel: "取消",
    insertFailed: (reason: string) =>
      `插入失败，工作表未被修改（${reason}）。请退出单元格编辑状态、确认工作簿未受保护后重试，或改为插入到新工作表。`,
    copyFailed: "无法写入剪贴板。请改用“下载 .xlsx”，或在预览中选中表格后按 Ctrl+C。",
    downloadFailed: (reason: string) =>
      `生成 .xlsx 失败（${reason}）。请刷新后重试，或改用“复制”。`,
    viewerNote: "当前不在 Excel 中：可浏览、复制或下载表格；在 Excel 中打开本加载项即可直接插入。",
    checks: "核对说明（原文合计与分项之和不一致，数据按原文保留）",
  },
  en: {
    appTitle: "Plan Targets",
    tablesTab: "Tables",
    highlightTab: "Behind plan",
    submissionTab: "Submission sheet",
    district: "District",
    document: "Document",
    registeredPlan: "[Registered in this workbook, not official] ",
    table: "Table",
    preview: "Preview",
    rows: (count: number) => `${count} rows`,
    mode: "Insert as",
    values: "Values (as published)",
    formulas: "Formulas tied to the catalog (PLAN.TARGET / PLAN.BASELINE)",
    footnotes: "Add the reconciliation notes under the table",
    insertHere: "Insert at selection",
    insertNewSheet: "Insert into a new sheet",
    copy: "Copy (pastes into Excel / WPS)",
    download: "Download .xlsx",
    working: "Working…",
    copied: "Copied. Paste it into Excel or WPS.",
    downloaded: (name: string) => `Downloaded ${name}.`,
    inserted: (address: string) => `Inserted at ${address}.`,
    updated: (address: string) =>
      `This table was inserted before; it was updated in place at ${address}.`,
    occupied: (address: string) =>
      `${address} is not empty, so nothing was written. Select an empty cell and choose “Insert at selection” again, or insert into a new sheet.`,
    cancel: "Cancel",
    insertFailed: (reason: string) =>
      `The insert failed and the sheet was not changed (${reason}). Leave cell editing, make sure the workbook is not protected and try again, or insert into a new sheet.`,
    copyFailed:
      "The clipboard is not available. Download the .xlsx instead, or select the preview and press Ctrl+C.",
    downloadFailed: (reason: string) =>
      `The .xlsx could not be built (${reason}). Reload and try again, or copy instead.`,
    viewerNote:
      "Not running in Excel: browse, copy or download a table; open the add-in in Excel to insert directly.",
    checks:
      "Reconciliation notes (stated totals that differ from the sum of their rows; figures kept as published)",
  },
};

export type Strings = (typeof STRINGS)["zh"];

export function stringsFor(locale: Locale): Strings {
  return STRINGS[locale];
}
