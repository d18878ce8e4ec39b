import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { planLookup } from "../core/catalog/embedded";
import { connectOffice } from "../excel/contract";
import { localeOf } from "../core/i18n/locale";
import { Shell } from "./Shell";
import { browserActions } from "./tables/viewer-actions";

/** Inside Excel the language is Office's display language; in a plain browser, the browser's. */
async function start(root: HTMLElement): Promise<void> {
  const { host, highlight, locale } = await connectOffice();
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <Shell
        highlight={highlight}
        lookup={planLookup()}
        locale={locale ?? localeOf(navigator.language)}
        host={host}
        viewer={browserActions}
      />
    </FluentProvider>
  );
}

const root = document.getElementById("root");
if (root) void start(root);
