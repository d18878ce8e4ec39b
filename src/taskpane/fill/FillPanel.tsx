import { useMemo, useState } from "react";
import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
} from "@fluentui/react-components";
import type { FillProblem } from "../../core/fill/fill-plan";
import type { Locale } from "../../core/i18n/locale";
import { describeProblem } from "../../core/lookup/describe-problem";
import { LookupError } from "../../core/lookup/lookup-error";
import { planLookup } from "../../core/catalog/embedded";
import { columnLetters } from "../../core/sheet/a1";
import { SelectionError } from "../../core/sheet/selection-error";
import type { FillActions, FillInspection, RegisterActions } from "../../excel/contract";
import { FillForm, formFrom, indicatorChoices, regionChoices, requestOf } from "./fill-form";
import { ProblemList } from "./ProblemList";
import { RadioField } from "../RadioField";
import { fillStrings, FillStrings } from "./strings";
import { useBusyTask } from "../use-busy-task";

export interface FillPanelProps {
  actions: FillActions;
  /** Keeps "this name means …" in the workbook's registry; null where it cannot keep one (below ExcelApi 1.5). */
  remember: RegisterActions["remember"] | null;
  locale: Locale;
}

type Notice = { intent: "success" | "error" | "warning"; text: string };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "10px", padding: "12px" },
  buttons: { display: "flex", flexWrap: "wrap", gap: "8px" },
});

/** Columns offered as destinations: the next fifteen right of the names. */
const COLUMN_CHOICES = 15;

function failureText(error: unknown, strings: FillStrings, locale: Locale): string {
  if (error instanceof LookupError) return describeProblem(error.problem, locale);
  if (error instanceof SelectionError)
    return error.reason === "empty" ? strings.emptySelection : strings.tooLarge;
  return strings.failed(error instanceof Error ? error.message : String(error));
}

/** Fills official targets beside the unit names the user selected, and remembers what their own names mean. */
export function FillPanel({ actions, remember, locale }: FillPanelProps) {
  const strings = fillStrings(locale);
  const styles = useStyles();
  const [inspection, setInspection] = useState<FillInspection | null>(null);
  const [form, setForm] = useState<FillForm | null>(null);
  const { busy, notice, run: runTask } = useBusyTask<Notice>();
  const [problems, setProblems] = useState<FillProblem[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const lookup = planLookup();
  const regions = useMemo(() => regionChoices(lookup), [lookup]);
  const indicators = useMemo(
    () => (form ? indicatorChoices(lookup, form.region) : []),
    [lookup, form]
  );
  const update = (change: Partial<FillForm>) =>
    setForm((previous) => (previous ? { ...previous, ...change } : previous));

  const run = (task: () => Promise<Notice | null>) =>
    runTask(task, (error) => ({ intent: "error", text: failureText(error, strings, locale) }));

  const read = () =>
    run(async () => {
      const found = await actions.inspect();
      setInspection(found);
      setForm((previous) => formFrom(found, previous, new Date()));
      setProblems([]);
      setNext(null);
      return found.recognised.length === 0
        ? { intent: "warning", text: strings.unrecognised }
        : null;
    });

  const fill = (column: number | null) =>
    inspection &&
    form &&
    run(async () => {
      const outcome = await actions.fill(requestOf(inspection, { ...form, column }, locale));
      setProblems(outcome.problems);
      setNext(outcome.status === "occupied" ? outcome.next : null);
      if (outcome.status === "nothing") return { intent: "warning", text: strings.nothing };
      if (outcome.status === "occupied") {
        const cells = outcome.occupied
          .slice(0, 5)
          .map((cell) => `${columnLetters(cell.column)}${cell.row + 1}`)
          .join(locale === "zh" ? "、" : ", ");
        return { intent: "error", text: strings.occupied(cells) };
      }
      return { intent: "success", text: strings.filled(outcome.filled, outcome.address) };
    });

  const explain = (name: string, means: string) =>
    form &&
    run(async () => {
      await remember?.({ subject: "unit", region: form.region, typed: name, means }, locale);
      setProblems((previous) => previous.filter((problem) => problem.name !== name));
      return { intent: "success", text: strings.remembered(name, means) };
    });

  const firstColumn = inspection ? inspection.names.column + 1 : 0;
  const columnLabel = (column: number | null) =>
    column === null && inspection
      ? strings.firstFree(columnLetters(inspection.freeColumn))
      : columnLetters(column ?? 0);

  return (
    <div className={styles.root}>
      <Text>{strings.intro}</Text>
      <div className={styles.buttons}>
        <Button disabled={busy} onClick={read}>
          {strings.read}
        </Button>
      </div>
      {inspection && form && (
        <>
          <Text size={200}>
            {strings.names(
              inspection.names.rows,
              inspection.sample.join(locale === "zh" ? "、" : ", ")
            )}
          </Text>
          <Checkbox
            label={strings.header}
            checked={form.hasHeader}
            onChange={(_, data) => update({ hasHeader: data.checked === true })}
          />
          <Field label={strings.district}>
            <Dropdown
              value={form.region}
              selectedOptions={[form.region]}
              onOptionSelect={(_, data) => update({ region: data.optionValue ?? form.region })}
            >
              {regions.map((region) => (
                <Option key={region}>{region}</Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={strings.indicator}>
            <Dropdown
              value={form.indicator}
              selectedOptions={[form.indicator]}
              onOptionSelect={(_, data) =>
                update({ indicator: data.optionValue ?? form.indicator })
              }
            >
              {indicators.map((indicator) => (
                <Option key={indicator}>{indicator}</Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={strings.year}>
            <Input
              type="number"
              value={String(form.year)}
              onChange={(_, data) => update({ year: Number(data.value) })}
            />
          </Field>
          <Checkbox
            label={strings.previousYear}
            checked={form.previousYear}
            onChange={(_, data) => update({ previousYear: data.checked === true })}
          />
          <Checkbox
            label={strings.baseline}
            checked={form.baseline}
            onChange={(_, data) => update({ baseline: data.checked === true })}
          />
          <RadioField
            label={strings.output}
            value={form.output}
            options={[
              ["values", strings.values],
              ["formulas", strings.formulas],
            ]}
            onChange={(output) => update({ output })}
          />
          <RadioField
            label={strings.totals}
            value={form.totals}
            options={[
              ["leave", strings.leaveTotals],
              ["fill", strings.fillTotals],
            ]}
            onChange={(totals) => update({ totals })}
          />
          <Field label={strings.column}>
            <Dropdown
              value={columnLabel(form.column)}
              selectedOptions={[String(form.column ?? "")]}
              onOptionSelect={(_, data) =>
                update({ column: data.optionValue ? Number(data.optionValue) : null })
              }
            >
              <Option value="">{columnLabel(null)}</Option>
              {Array.from({ length: COLUMN_CHOICES }, (_, offset) => firstColumn + offset).map(
                (column) => (
                  <Option key={column} value={String(column)}>
                    {columnLetters(column)}
                  </Option>
                )
              )}
            </Dropdown>
          </Field>
          <div className={styles.buttons}>
            <Button appearance="primary" disabled={busy} onClick={() => fill(form.column)}>
              {strings.fill}
            </Button>
            {next !== null && (
              <Button disabled={busy} onClick={() => fill(next)}>
                {strings.useNext(columnLetters(next))}
              </Button>
            )}
          </div>
        </>
      )}
      {busy && <Text>{strings.working}</Text>}
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      <ProblemList
        problems={problems}
        strings={strings}
        onExplain={remember ? explain : null}
        busy={busy}
      />
    </div>
  );
}
