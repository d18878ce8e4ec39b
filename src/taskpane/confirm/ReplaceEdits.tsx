import { Button, MessageBarActions } from "@fluentui/react-components";
import type { Locale } from "../../core/i18n/locale";

/** The question the pane asks before the add-in replaces cells the user changed inside a block it wrote. */
const WORDS = {
  zh: {
    question: (address: string) =>
      `${address} 是插件之前写入的区域，其中有您修改或新增的内容，尚未写入任何东西。替换将覆盖您的修改，是否替换？`,
    replace: "替换我的修改",
    keep: "保留，不写入",
  },
  en: {
    question: (address: string) =>
      `${address} was written by the add-in and has cells you changed or added since; nothing has been written. Replacing overwrites your edits. Replace them?`,
    replace: "Replace my edits",
    keep: "Keep them",
  },
} satisfies Record<Locale, unknown>;

export function replaceEditsQuestion(locale: Locale, address: string): string {
  return WORDS[locale].question(address);
}

export interface ReplaceEditsActionsProps {
  locale: Locale;
  onReplace(): void;
  onKeep(): void;
}

/** The two answers, for a MessageBar that shows the question. */
export function ReplaceEditsActions({ locale, onReplace, onKeep }: ReplaceEditsActionsProps) {
  return (
    <MessageBarActions>
      <Button size="small" onClick={onReplace}>
        {WORDS[locale].replace}
      </Button>
      <Button size="small" onClick={onKeep}>
        {WORDS[locale].keep}
      </Button>
    </MessageBarActions>
  );
}
