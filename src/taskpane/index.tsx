import { createRoot, Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { connectOffice, OfficeConnection, viewerConnection } from "../excel/contract";
import { localeOf } from "../core/i18n/locale";
import { Loading } from "./Loading";

/** office.js's address, set by the build: Microsoft's CDN in production, node_modules in development and tests. */
declare const OFFICE_JS_URL: string;

declare global {
  interface Window {
    /** Set by compat.js (which runs first) where this webview cannot run the pane; its message is then on the page. */
    PLAN_TARGETS_UNSUPPORTED?: string;
  }
}

/** How long the pane waits for office.js and Office before it shows the viewer (a held CDN request never ends). */
const OFFICE_TIMEOUT_MS = 4000;

const browserLocale = localeOf(navigator.language);

/* The pane itself is fetched from the first moment, while office.js loads and Office answers (Pane.tsx). */
const loadingPane = import(/* webpackChunkName: "pane" */ "./Pane").then(
  (module) => module.Pane,
  () => null
);

async function show(root: Root, connection: OfficeConnection): Promise<void> {
  const Pane = await loadingPane;
  root.render(
    <FluentProvider theme={webLightTheme}>
      {Pane ? (
        <Pane connection={connection} browserLocale={browserLocale} />
      ) : (
        <Loading locale={connection.locale ?? browserLocale} failed />
      )}
    </FluentProvider>
  );
}

/**
 * The loading state at once; then the pane for wherever Office says it runs, or the viewer when office.js has not
 * answered within the timeout. Should Excel answer later still, the pane becomes Excel's. Inside Excel the language
 * is Office's display language; in a plain browser, the browser's.
 */
async function start(root: Root): Promise<void> {
  root.render(
    <FluentProvider theme={webLightTheme}>
      <Loading locale={browserLocale} />
    </FluentProvider>
  );
  const connecting = connectOffice({ officeJs: OFFICE_JS_URL, functionsJs: "functions.js" });
  const timeout = new Promise<null>((resolve) =>
    setTimeout(() => resolve(null), OFFICE_TIMEOUT_MS)
  );
  const first = await Promise.race([connecting, timeout]);
  await show(root, first ?? viewerConnection(false));
  if (first === null) {
    const late = await connecting;
    if (late.host || late.highlight) await show(root, late);
  }
}

const element = document.getElementById("root");
if (element && !window.PLAN_TARGETS_UNSUPPORTED) void start(createRoot(element));
