import type { Requirement } from "../core/capabilities/requirements";
import type { Locale } from "../core/i18n/locale";

const needs = (missing: Requirement[], separator: string) =>
  missing.map((need) => `${need.set} ${need.version}`).join(separator);

/** A feature this Excel lacks, and the requirement sets it misses. */
export interface Unavailable {
  id: "fill" | "register" | "submission";
  missing: Requirement[];
}

const ZH_NAMES = { fill: "填入目标", register: "登记分解表", submission: "报送表" };
const EN_NAMES = {
  fill: "filling targets",
  register: "registering a table",
  submission: "submission sheets",
};

/** What the pane says about what this Excel cannot do, and why. */
const HOST_STRINGS = {
  zh: {
    officeJsMissing:
      "未能加载 Office 脚本（office.js），现以浏览模式打开：可浏览、复制或下载表格。若是在 Excel 中打开本窗格，请检查能否访问微软 CDN，或请管理员按 README“Which Excel”一节部署。",
    valuesOnly: (missing: Requirement[]) =>
      `此版本 Excel 较旧（缺少 ${needs(missing, "、")}；Excel 2019 及以上或 Microsoft 365 才有）：表格按数值插入，不建 Excel 表格、不冻结表头，再次插入不会原位更新。`,
    noFormulas: (missing: Requirement[]) =>
      `按公式插入需要自定义函数（缺少 ${needs(missing, "、")}；Excel 2021 及以上或 Microsoft 365 才有），此处只提供数值插入。`,
    noCheck: (missing: Requirement[]) =>
      `进度着色需要 ${needs(missing, "、")}（Excel 2019 及以上或 Microsoft 365），此版本 Excel 不提供。`,
    unavailable: (features: Unavailable[]) =>
      `此版本 Excel 不提供：${features
        .map((feature) => `${ZH_NAMES[feature.id]}（需要 ${needs(feature.missing, "、")}）`)
        .join("、")}。报送表可在浏览器中打开本窗格，下载为 .xlsx。`,
    registryFailed: (reason: string) =>
      `未能读取本工作簿登记的别名和分解表（${reason}），函数和填入暂按官方目录匹配名称。可在“填入与登记”中重新读取。`,
  },
  en: {
    officeJsMissing:
      "Office's script (office.js) could not be loaded, so the pane opened as a viewer: browse, copy or download a table. If this pane is open in Excel, check that Microsoft's CDN can be reached, or ask your administrator to deploy as the README's “Which Excel” section says.",
    valuesOnly: (missing: Requirement[]) =>
      `This Excel is older (it lacks ${needs(missing, ", ")}, which Excel 2019 or later and Microsoft 365 have): tables go in as values, without an Excel table or a frozen header, and inserting again does not update in place.`,
    noFormulas: (missing: Requirement[]) =>
      `Inserting formulas needs the custom functions (this Excel lacks ${needs(missing, ", ")}; Excel 2021 or later and Microsoft 365 have them), so only values are offered.`,
    noCheck: (missing: Requirement[]) =>
      `Behind-plan highlighting needs ${needs(missing, ", ")} (Excel 2019 or later, or Microsoft 365); this Excel does not offer it.`,
    unavailable: (features: Unavailable[]) =>
      `This Excel does not offer ${features
        .map((feature) => `${EN_NAMES[feature.id]} (needs ${needs(feature.missing, ", ")})`)
        .join(
          ", "
        )}. The submission sheet can be downloaded as .xlsx from this pane opened in a browser.`,
    registryFailed: (reason: string) =>
      `The workbook's own names and registered tables could not be read (${reason}); the functions and the fill match names against the official catalog only. The Fill & register tab reads them again.`,
  },
};

export type HostStrings = (typeof HOST_STRINGS)["zh"];

export function hostStringsFor(locale: Locale): HostStrings {
  return HOST_STRINGS[locale];
}
