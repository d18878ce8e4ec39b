import { Spinner } from "@fluentui/react-components";
import type { Locale } from "../core/i18n/locale";

const WORDS = {
  zh: {
    loading: "正在连接 Excel…",
    failed:
      "任务窗格未能加载完整（网络中断或服务器无响应）。请检查网络，然后关闭并重新打开本窗格；工作簿未作任何更改。",
  },
  en: {
    loading: "Connecting to Excel…",
    failed:
      "The pane could not be loaded in full (the network dropped or the server did not answer). Check the network, then close and reopen the pane; the workbook has not been changed.",
  },
} satisfies Record<Locale, unknown>;

/**
 * Shown at once, while office.js and the pane's own code load and Office answers; the entry point replaces it within
 * a few seconds. `failed`: the pane's code could not be fetched, and the user is told what to do.
 */
export function Loading({ locale, failed = false }: { locale: Locale; failed?: boolean }) {
  if (failed)
    return (
      <p role="alert" style={{ padding: "24px", margin: 0 }}>
        {WORDS[locale].failed}
      </p>
    );
  return (
    <Spinner style={{ padding: "24px" }} label={WORDS[locale].loading} data-testid="pane-loading" />
  );
}
