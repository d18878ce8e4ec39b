import { useMemo, useState } from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { Locale } from "../../core/i18n/locale";
import type { PlanLookup } from "../../core/lookup/plan-lookup";
import { buildSubmission } from "../../core/submission/build-submission";
import type { SubmissionActions } from "../../excel/contract";
import { SubmissionOptions } from "./SubmissionOptions";
import {
  initialSubmissionForm,
  SubmissionForm,
  toSubmissionRequest,
  unitGroups,
} from "./submission-form";
import { unitIndicators } from "../../core/catalog/unit-indicators";
import { submissionStrings, SubmissionStrings } from "./strings";
import { FreezeRefusal } from "../../core/submission/plan-cells";
import { useBusyTask } from "../use-busy-task";
import { usePaneStyles } from "../pane-styles";

export interface SubmissionPanelProps {
  lookup: PlanLookup;
  locale: Locale;
  /** Excel, or null outside Office: the sheet is then downloaded as .xlsx. */
  actions: SubmissionActions | null;
  /** Whether this Excel runs the PLAN.* functions, so that targets may go in as formulas. */
  formulasOffered: boolean;
  download(fileName: string, data: ArrayBuffer): void;
}

type Notice = { intent: "success" | "error"; text: string };

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground3 },
});

function failureText(error: unknown, strings: SubmissionStrings): string {
  if (error instanceof FreezeRefusal)
    return error.reason === "nothing"
      ? strings.freezeNothing
      : error.reason === "too-large"
        ? strings.freezeTooLarge
        : strings.freezeNotFigures(error.cells);
  return strings.failed(error instanceof Error ? error.message : String(error));
}

/** Builds the submission sheet: into a new sheet in Excel, or as an .xlsx download in the viewer. */
export function SubmissionPanel({
  lookup,
  locale,
  actions,
  formulasOffered,
  download,
}: SubmissionPanelProps) {
  const strings = submissionStrings(locale);
  const styles = useStyles();
  const pane = usePaneStyles();
  const catalog = lookup.catalog;
  const [form, setForm] = useState<SubmissionForm>(() =>
    initialSubmissionForm(catalog, new Date())
  );
  const { busy, notice, setNotice, run: runTask } = useBusyTask<Notice>();
  const supported = useMemo(
    () => actions?.supported() ?? { insert: false, freeze: false },
    [actions]
  );
  const indicators = unitIndicators(catalog, form.region);
  const groups = unitGroups(catalog, form.region, form.indicators[0]);
  const update = (change: Partial<SubmissionForm>) =>
    setForm((previous) => ({ ...previous, ...change }));

  const run = (task: () => Promise<string>) =>
    runTask(
      async () => ({ intent: "success", text: await task() }),
      (error) => ({ intent: "error", text: failureText(error, strings) })
    );

  const create = () => {
    const request = toSubmissionRequest(form);
    if (typeof request === "string") return setNotice({ intent: "error", text: strings[request] });
    return run(async () => {
      if (actions) {
        const sheet = buildSubmission(lookup, request);
        return strings.created((await actions.insert(sheet, locale)).address);
      }
      // A download is opened where the add-in may not be: its targets are always values.
      const plan = buildSubmission(lookup, { ...request, targets: "values" });
      const { buildSheetSpecXlsx } = await import(
        /* webpackChunkName: "xlsx-export" */ "../../export/sheet-spec-xlsx"
      );
      const fileName = `${plan.name}.xlsx`;
      download(fileName, await buildSheetSpecXlsx(plan));
      return strings.downloaded(fileName);
    });
  };

  const freeze = (excel: SubmissionActions) =>
    run(async () => {
      const copy = await excel.freeze(locale);
      return strings.frozen(copy.sheet, copy.replaced);
    });

  const repair = (excel: SubmissionActions) =>
    run(async () => strings.repaired(await excel.repair(locale)));

  const toggle = (id: string, on: boolean) =>
    update({
      indicators: on ? [...form.indicators, id] : form.indicators.filter((other) => other !== id),
    });

  return (
    <div className={pane.root}>
      <Text as="h2" weight="semibold" size={400}>
        {strings.title}
      </Text>
      <Text size={200} className={styles.hint}>
        {strings.intro}
      </Text>
      <Field label={strings.district}>
        <Select
          value={form.region}
          onChange={(_, data) =>
            update({
              region: data.value,
              units: "all",
              indicators: unitIndicators(catalog, data.value)
                .slice(0, 2)
                .map((indicator) => indicator.id),
            })
          }
        >
          {catalog.regions.map((region) => (
            <option key={region} value={region}>
              {region}
            </option>
          ))}
        </Select>
      </Field>
      {indicators.length === 0 ? (
        <MessageBar intent="info" layout="multiline" data-testid="no-unit-tables">
          <MessageBarBody>{strings.noUnitTables(form.region)}</MessageBarBody>
        </MessageBar>
      ) : (
        <Field label={strings.indicators}>
          {indicators.map((indicator) => (
            <Checkbox
              key={indicator.id}
              label={indicator[locale]}
              checked={form.indicators.includes(indicator.id)}
              onChange={(_, data) => toggle(indicator.id, data.checked === true)}
            />
          ))}
        </Field>
      )}
      <Field label={strings.date}>
        <Input type="date" value={form.date} onChange={(_, data) => update({ date: data.value })} />
      </Field>
      <SubmissionOptions
        strings={strings}
        form={form}
        groups={groups}
        formulasOffered={formulasOffered && actions !== null}
        update={update}
      />
      {actions && (
        <>
          <Text weight="semibold">{strings.freezeTitle}</Text>
          <Text size={200} className={styles.hint}>
            {supported.freeze ? strings.freezeHint : strings.unsupportedFreeze}
          </Text>
          <Button disabled={busy || !supported.freeze} onClick={() => freeze(actions)}>
            {strings.freeze}
          </Button>
          <Text weight="semibold">{strings.repairTitle}</Text>
          <Text size={200} className={styles.hint}>
            {strings.repairHint}
          </Text>
          <Button disabled={busy} onClick={() => repair(actions)}>
            {strings.repair}
          </Button>
        </>
      )}
      <div className={pane.actions}>
        {actions && !supported.insert && <Text size={200}>{strings.unsupportedInsert}</Text>}
        <Button
          appearance="primary"
          disabled={busy || indicators.length === 0 || (actions !== null && !supported.insert)}
          onClick={create}
        >
          {actions ? strings.create : strings.download}
        </Button>
        {busy && <Spinner size="tiny" label={strings.working} />}
        {notice && (
          <MessageBar intent={notice.intent} layout="multiline" data-testid="submission-notice">
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
