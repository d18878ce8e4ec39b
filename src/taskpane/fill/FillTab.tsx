import { lazy, Suspense } from "react";
import { Spinner } from "@fluentui/react-components";
import type { Locale } from "../../core/i18n/locale";
import { excelFillActions, FillActions } from "../../excel/contract";
import { fillStrings } from "./strings";

/* A chunk of its own, like the highlighting: the plain-browser viewer never loads it. */
const FillPanel = lazy(() =>
  import(/* webpackChunkName: "fill" */ "./FillPanel").then((module) => ({
    default: module.FillPanel,
  }))
);

/** The fill tab's body, against the running Excel unless a test hands other actions. */
export function FillTab({
  locale,
  actions = excelFillActions,
}: {
  locale: Locale;
  actions?: FillActions;
}) {
  return (
    <Suspense fallback={<Spinner size="tiny" />}>
      <FillPanel actions={actions} locale={locale} />
    </Suspense>
  );
}

export function fillTabLabel(locale: Locale): string {
  return fillStrings(locale).tab;
}
