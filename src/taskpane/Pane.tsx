import { planLookup } from "../core/catalog/embedded";
import type { Locale } from "../core/i18n/locale";
import type { OfficeConnection } from "../excel/contract";
import { Shell } from "./Shell";
import { browserActions } from "./tables/viewer-actions";

/**
 * The pane for a connection: its own chunk, which the entry point starts fetching at once, alongside office.js, so
 * the page's first script holds only what draws the loading state and connects to Office.
 */
export function Pane({
  connection,
  browserLocale,
}: {
  connection: OfficeConnection;
  /** The language outside Office; inside it, Office's display language wins. */
  browserLocale: Locale;
}) {
  return (
    <Shell
      highlight={connection.highlight}
      fill={connection.fill}
      register={connection.register}
      submission={connection.submission}
      registryError={connection.registryError}
      lookup={planLookup()}
      locale={connection.locale ?? browserLocale}
      host={connection.host}
      viewer={browserActions}
      features={connection.features}
      officeJs={connection.officeJs}
    />
  );
}
