import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Features } from "../core/capabilities/features";
import type { Locale } from "../core/i18n/locale";
import { hostStringsFor, Unavailable } from "./host-strings";

export interface HostNotesProps {
  features: Features;
  locale: Locale;
  /** False when office.js could not be loaded: the pane fell back to the viewer. */
  officeJs: boolean;
  /** Why the workbook's registry could not be read at start-up, or null. */
  registryError: string | null;
}

/**
 * Why a feature is missing in this Excel, once, above the tabs: an older Excel inserts values only, has no
 * formulas, no highlighting, no fill, registry or submission sheet; and whether the workbook's registry could not
 * be read. The colouring that needs ExcelApi 1.6 is explained in its own tab.
 */
export function HostNotes({ features, locale, officeJs, registryError }: HostNotesProps) {
  const strings = hostStringsFor(locale);
  const unavailable: Unavailable[] = (["fill", "register", "submission"] as const)
    .filter((id) => features[id].missing.length > 0)
    .map((id) => ({ id, missing: features[id].missing }));
  const notes = [
    officeJs ? null : strings.officeJsMissing,
    features.insertValues.state === "offered"
      ? strings.valuesOnly(features.insertTable.missing)
      : null,
    features.insertValues.state !== "offered" && features.formulas.missing.length > 0
      ? strings.noFormulas(features.formulas.missing)
      : null,
    features.check.missing.length > 0 ? strings.noCheck(features.check.missing) : null,
    unavailable.length > 0 ? strings.unavailable(unavailable) : null,
    registryError === null ? null : strings.registryFailed(registryError),
  ].filter((note): note is string => note !== null);
  if (notes.length === 0) return null;
  return (
    <MessageBar intent={officeJs ? "info" : "warning"} layout="multiline" data-testid="host-notes">
      <MessageBarBody>
        {notes.map((note) => (
          <div key={note}>{note}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
