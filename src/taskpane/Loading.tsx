import { Spinner } from "@fluentui/react-components";
import type { Locale } from "../core/i18n/locale";
import { hostStringsFor } from "./host-strings";

/** Shown at once, while office.js loads and Office answers; the entry point replaces it within a few seconds. */
export function Loading({ locale }: { locale: Locale }) {
  return (
    <Spinner
      style={{ padding: "24px" }}
      label={hostStringsFor(locale).loading}
      data-testid="pane-loading"
    />
  );
}
