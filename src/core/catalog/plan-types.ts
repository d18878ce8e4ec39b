/**
 * The shape of the data files in `seeds/plans/*.json` and `seeds/indicators.json`.
 * Every figure is kept as the text the document prints ("709", "≥12", "30%", "/", "-"): the loader parses it,
 * the provenance test finds it in the source text, and nothing is ever rounded or "fixed".
 * Notes come in two fields: `note` is for the people reading the tables (plain Chinese, no field names: validation
 * refuses the schema's words there), `maintainerNote` is for whoever edits the data file and never reaches users.
 */

/** One indicator the catalog knows, with the words staff type for it. */
export interface IndicatorDef {
  /** Stable id used by data files and formulas' results; never renamed. */
  id: string;
  /** Chinese display name. */
  zh: string;
  /** English display name. */
  en: string;
  /** Other names and short forms (高企, R&D, …). Each alias must belong to one indicator only. */
  aliases: string[];
}

/** What a column of a table holds. */
export type ColumnRole =
  | "serial" // 序号
  | "name" // the unit (town, street, park) or indicator name
  | "measure" // a per-row unit of measure column (单位)
  | "target" // targets for `year`
  | "actual" // actual figures for `year` (base year, 2022年实际数, 2020年完成值)
  | "text"; // any other text column (完成情况, 建设内容, 牵头单位 …)

export interface ColumnDef {
  /** Header as published (line breaks inside a header cell kept as "\n"). */
  label: string;
  role: ColumnRole;
  /** Required for target and actual columns. */
  year?: number;
  /** For readers (shown with the table): why the column is read this way when the header alone does not say it. */
  note?: string;
  /** For maintainers only, never shown: how the data file encodes the column (field names, choices made). */
  maintainerNote?: string;
}

/** What a row of a table is. */
export type RowKind =
  | "unit" // a town, street, park or office
  | "indicator" // a row of an indicator table (rows are indicators, the unit is the whole region)
  | "subtotal" // 小计 of its group
  | "total" // 合计
  | "reference" // a reference row such as 市级下达目标, never summed
  | "item"; // a row of a text table (key projects)

export interface RowDef {
  kind: RowKind;
  /** Cells in column order, as published, trimmed. "" where the document prints nothing (合计 has no 序号). */
  cells: string[];
  /** Group id for unit and subtotal rows of tables that are split into groups (江北区: two groups, each with 小计). */
  group?: string;
  /** For indicator rows: the indicator id. */
  indicator?: string;
  /** Unit of measure for this row when the table has no measure column and it differs from the table's. */
  measure?: string;
}

export type TableLayout =
  | "units" // rows are units, columns are years; one indicator for the whole table
  | "indicators" // rows are indicators of the whole region
  | "text"; // a table of text (key projects)

export interface TableDef {
  /** Id unique within the document, e.g. "a1" for 附件1 or "t2" for 表2. */
  id: string;
  /** 附件1 / 表2 …, as the document names it. */
  attachment: string;
  /** Title as published. */
  title: string;
  layout: TableLayout;
  /** For units tables: the indicator id of every figure. */
  indicator?: string;
  /** Unit of measure printed with the table (万元, 家), if any. */
  measure?: string;
  columns: ColumnDef[];
  rows: RowDef[];
  /** Notes printed under the table (备注：…), verbatim. */
  notes?: string[];
}

/** A target stated in the running text (主要目标, or inside a task). */
export interface HeadlineDef {
  indicator: string;
  /** The words the text uses for the indicator. */
  label: string;
  /** The target year, or null when the text gives none (每年…不低于10家, 力争…10家左右). */
  year: number | null;
  /** The figure as printed ("46", "2.5", "2-3"). */
  value: string;
  /** Unit of measure as printed (亿元, 家, %). */
  measure: string;
  /** The word used: 突破 / 超过 / 达到 / 以上 / 不低于 / 提高到 / 达到…以上 …; "" when the text uses none. */
  qualifier: string;
  /** The exact sentence fragment of the source that states it; contains label, year, value, measure and qualifier. */
  quote: string;
}

export interface PlanDocument {
  /** Stable id, e.g. "yongchuan-2023-26". */
  id: string;
  /** File name of the source text in seeds/sources/. */
  source: string;
  /** Issuing office as printed, or null when the document does not name it. */
  issuer: string | null;
  /** District or county, with its 区/县 suffix. */
  region: string;
  /** 文号 as printed, or null when the document has none. */
  docNumber: string | null;
  /** Date of issue, ISO yyyy-mm-dd, or null when the document bears none. */
  date: string | null;
  title: string;
  /** For readers (shown with every table and citation of the document): what the document leaves unsaid. */
  note?: string;
  /** For maintainers only, never shown: how the data file fills what the document leaves unsaid, and why. */
  maintainerNote?: string;
  headlines: HeadlineDef[];
  tables: TableDef[];
}
