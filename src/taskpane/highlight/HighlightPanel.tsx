import { useMemo, useState } from "react";
import { Button, makeStyles, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { chartData } from "../../core/chart/chart-data";
import type { LaggingCell } from "../../core/highlight/analysis-types";
import { planLookup } from "../../core/catalog/embedded";
import type { Locale } from "../../core/i18n/locale";
import type { ColourMeaning } from "../../core/highlight/palette";
import { isEdited } from "../../excel/contract";
import type { HighlightActions, HighlightResult } from "../../excel/contract";
import { ReplaceEditsActions, replaceEditsQuestion } from "../confirm/ReplaceEdits";
import { ChartControl, DISTRICT_CHOICE } from "./ChartControl";
import { AnalysisNotes } from "./AnalysisNotes";
import { HighlightForm } from "./HighlightForm";
import { unitIndicators } from "../../core/catalog/unit-indicators";
import { LaggingList } from "./LaggingList";
import { failureText } from "./messages";
import { currentResult, FormState, initialForm, matchedUnits, toRequest } from "./request";
import { highlightStrings } from "./strings";
import { boxA1 } from "../../core/sheet/a1";
import { useBusyTask } from "../use-busy-task";

export interface HighlightPanelProps {
  actions: HighlightActions;
  locale: Locale;
}

/** A warning with `retry` asks whether to replace the user's edits in a block of ours (see ReplaceEdits). */
type Notice = { intent: "success" | "error" | "warning"; text: string; retry?: () => void };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "10px", padding: "12px" },
  buttons: { display: "flex", flexWrap: "wrap", gap: "8px" },
});

/** Colours the selected actual figures against plan, lists the cells behind plan, and removes the colouring. */
export function HighlightPanel({ actions, locale }: HighlightPanelProps) {
  const strings = highlightStrings(locale);
  const styles = useStyles();
  const catalog = planLookup().catalog;
  const [form, setForm] = useState<FormState>(() => initialForm(catalog, new Date()));
  const { busy, notice, setNotice, run: runTask } = useBusyTask<Notice>();
  const [result, setResult] = useState<HighlightResult | null>(null);
  // The colours of the last run, not the switch's: the list's badges match what the sheet shows.
  const [meaning, setMeaning] = useState<ColourMeaning>(form.meaning);
  const [chartUnit, setChartUnit] = useState(DISTRICT_CHOICE);
  const supported = useMemo(() => actions.supported(), [actions]);
  const indicators = useMemo(() => unitIndicators(catalog, form.region), [catalog, form.region]);
  const current = currentResult(result, form);
  const units = matchedUnits(current);
  const unit = units.includes(chartUnit) ? chartUnit : DISTRICT_CHOICE;
  const update = (change: Partial<FormState>) =>
    setForm((previous) => ({ ...previous, ...change }));

  const run = (task: () => Promise<Notice | null>) =>
    runTask(task, (error) => ({ intent: "error", text: failureText(error, strings, locale) }));

  function compare(kind: "apply" | "check", replaceEdits = false) {
    return run(async () => {
      const request = toRequest(form, locale);
      if (typeof request === "string") return { intent: "error", text: strings[request] };
      const found =
        kind === "apply"
          ? await actions.apply({ ...request, replaceEdits })
          : await actions.check(request);
      if (isEdited(found)) {
        const text = replaceEditsQuestion(locale, found.address);
        return { intent: "warning", text, retry: () => compare("apply", true) };
      }
      setResult(found);
      setMeaning(request.meaning);
      if (kind === "check") return null;
      return {
        intent: "success",
        text: strings.applied(
          found.actual.rows * found.actual.columns,
          found.replaced,
          `${found.sheet}!${boxA1(found.actual)}`
        ),
      };
    });
  }

  function removeAll(replaceEdits = false) {
    return run(async () => {
      const removed = await actions.remove({ locale, replaceEdits });
      if (isEdited(removed)) {
        const text = replaceEditsQuestion(locale, removed.address);
        return { intent: "warning", text, retry: () => removeAll(true) };
      }
      return { intent: "success", text: strings.removed(removed) };
    });
  }

  /** The chart takes the sheet's figures from the last check or highlighting, when it compared this indicator. */
  const insertChart = (replaceEdits = false): Promise<void> =>
    run(async () => {
      const data = chartData(
        planLookup(),
        {
          region: form.region,
          indicator: form.indicator,
          unit: unit === DISTRICT_CHOICE ? null : unit,
        },
        current?.analysis
      );
      const done = await actions.chart({
        data,
        sheet: current?.sheet ?? null,
        anchor: current?.actual ?? null,
        locale,
        replaceEdits,
      });
      if (isEdited(done)) {
        const text = replaceEditsQuestion(locale, done.address);
        return { intent: "warning", text, retry: () => insertChart(true) };
      }
      return { intent: "success", text: strings.charted(done.replaced) };
    });

  const select = (cell: LaggingCell) =>
    result &&
    run(async () => {
      await actions.select(
        result.sheet,
        result.actual.row + cell.row,
        result.actual.column + cell.column
      );
      return null;
    });

  return (
    <div className={styles.root}>
      <Text as="h2" weight="semibold" size={400}>
        {strings.title}
      </Text>
      <Text>{strings.intro}</Text>
      {!supported && (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.unsupported}</MessageBarBody>
        </MessageBar>
      )}
      <HighlightForm
        form={form}
        regions={catalog.regions}
        indicators={indicators}
        strings={strings}
        locale={locale}
        onChange={update}
      />
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={busy || !supported || form.indicator === ""}
          onClick={() => compare("apply")}
        >
          {strings.apply}
        </Button>
        <Button disabled={busy || form.indicator === ""} onClick={() => compare("check")}>
          {strings.check}
        </Button>
        <Button disabled={busy || !supported} onClick={() => removeAll()}>
          {strings.remove}
        </Button>
      </div>
      <Text size={200}>{strings.buttonsHint}</Text>
      <ChartControl
        units={units}
        unit={unit}
        wholeLabel={form.region.endsWith("县") ? strings.wholeCounty : strings.wholeRegion}
        disabled={busy || !supported || form.indicator === ""}
        strings={strings}
        onUnitChange={setChartUnit}
        onInsert={() => insertChart()}
      />
      {busy && <Text>{strings.working}</Text>}
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
          {notice.retry && (
            <ReplaceEditsActions
              locale={locale}
              onReplace={notice.retry}
              onKeep={() => setNotice(null)}
            />
          )}
        </MessageBar>
      )}
      {result && <AnalysisNotes result={result} strings={strings} locale={locale} />}
      {result && (
        <LaggingList
          cells={result.analysis.lagging}
          strings={strings}
          locale={locale}
          meaning={meaning}
          onSelect={select}
        />
      )}
    </div>
  );
}
