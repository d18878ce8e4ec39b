import type { Locale } from "../../core/i18n/locale";

/** The words a user reads when a write failed: whether the sheet is as it was. */
const WORDS = {
  zh: {
    undone: (reason: string) => `写入 Excel 失败，已撤销本次写入，工作表保持原样。原因：${reason}`,
    left: (reason: string) =>
      `写入 Excel 失败，且未能完全撤销：请检查工作表，必要时按 Ctrl+Z。原因：${reason}`,
  },
  en: {
    undone: (reason: string) =>
      `Writing to Excel failed; what was written has been removed and the sheet is as it was. Reason: ${reason}`,
    left: (reason: string) =>
      `Writing to Excel failed and could not be fully undone: please check the sheet (Ctrl+Z may help). Reason: ${reason}`,
  },
} satisfies Record<Locale, unknown>;

/** A write that failed; `undone` says whether the sheet was put back as it was. */
export class WriteFailedError extends Error {
  constructor(
    readonly undone: boolean,
    readonly reason: string,
    locale: Locale
  ) {
    super(undone ? WORDS[locale].undone(reason) : WORDS[locale].left(reason));
    this.name = "WriteFailedError";
  }
}
