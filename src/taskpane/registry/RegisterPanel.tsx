import { useMemo, useState } from "react";
import {
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
  Textarea,
} from "@fluentui/react-components";
import { formatProblem } from "../../core/validation/data-checker";
import { officialPlanLookup } from "./official";
import type { Locale } from "../../core/i18n/locale";
import { checkRegistration, RegistrationCheck } from "../../core/registry/check-registration";
import { CheckReport } from "./CheckReport";
import { indicatorGuesser } from "../../core/registry/indicator-guess";
import { planFromJson, planToJson } from "../../core/registry/plan-json";
import { readGrid, GridReading } from "../../core/registry/read-grid";
import type { WorkbookRegistry } from "../../core/registry/registry";
import { Corrections, planFromReading, workbookPlanId } from "../../core/registry/to-plan";
import type { PlanDocument } from "../../core/catalog/plan-types";
import type { RegisterActions } from "../../excel/contract";
import { ReadingEditor } from "./ReadingEditor";
import { documentYear, EMPTY_META, MetaForm, metaOf } from "./register-form";
import { registerStrings, RegisterStrings } from "./strings";
import { GridError } from "../../core/registry/grid-error";
import { SelectionError } from "../../core/sheet/selection-error";
import { useBusyTask } from "../use-busy-task";

export interface RegisterPanelProps {
  actions: RegisterActions;
  locale: Locale;
}

type Notice = { intent: "success" | "error"; text: string };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px", padding: "12px" },
  buttons: { display: "flex", flexWrap: "wrap", gap: "8px" },
});

const FIELDS = [
  "region",
  "measure",
  "docNumber",
  "date",
  "title",
  "attachment",
  "tableTitle",
  "registeredBy",
] as const;

function failureText(error: unknown, strings: RegisterStrings): string {
  if (error instanceof SelectionError) return strings.emptySelection;
  if (error instanceof GridError) {
    const problem = error.problem;
    switch (problem.reason) {
      case "too-large":
        return strings.grid["too-large"](problem.cells);
      case "cell-too-long":
        return strings.grid["cell-too-long"](problem.row, problem.column, problem.length);
      case "no-header":
        return strings.grid["no-header"];
      case "no-rows":
        return strings.grid["no-rows"](problem.headerRow);
    }
  }
  return strings.failed(error instanceof Error ? error.message : String(error));
}

/** Registers a breakdown table pasted into the sheet: what was understood, corrections, checks, storage, export. */
export function RegisterPanel({ actions, locale }: RegisterPanelProps) {
  const strings = registerStrings(locale);
  const styles = useStyles();
  const official = officialPlanLookup();
  const [grid, setGrid] = useState<string[][] | null>(null);
  const [corrections, setCorrections] = useState<Corrections>({});
  const [form, setForm] = useState<MetaForm>(EMPTY_META);
  const [check, setCheck] = useState<RegistrationCheck | null>(null);
  const [registry, setRegistry] = useState<WorkbookRegistry | null>(null);
  const [exported, setExported] = useState("");
  const [imported, setImported] = useState("");
  const { busy, notice, setNotice, run: runTask } = useBusyTask<Notice>();
  const reading: GridReading | null = useMemo(
    () =>
      grid &&
      readGrid(grid, {
        documentYear: documentYear(form.date),
        indicatorOf: indicatorGuesser(official),
      }),
    [grid, form.date, official]
  );
  const meta = reading ? metaOf(form, reading.layout) : null;
  // Another table of a document already registered is added to it, as a new revision.
  const existing = meta
    ? registry?.plans.find((entry) => entry.plan.id === workbookPlanId(meta))
    : undefined;
  const full =
    reading && meta ? planFromReading(reading, meta, corrections, existing?.plan ?? null) : null;

  const run = (task: () => Promise<Notice | null>) =>
    runTask(task, (error) => ({ intent: "error", text: failureText(error, strings) }));

  const read = () =>
    run(async () => {
      const [table, stored] = await Promise.all([actions.readTable(), actions.registry()]);
      // Read once before anything is shown: a selection that is no table is told, and the last reading stays.
      const title = readGrid(table.grid, { documentYear: null }).title;
      setGrid(table.grid);
      setRegistry(stored);
      setCorrections({});
      setCheck(null);
      if (title) setForm((previous) => ({ ...previous, tableTitle: previous.tableTitle || title }));
      return null;
    });

  const store = (document: PlanDocument) =>
    run(async () => {
      const found = checkRegistration(document, official);
      setCheck(found);
      if (found.problems.length > 0) return null;
      const next = await actions.register(document, form.registeredBy.trim(), locale);
      setRegistry(next);
      const entry = next.plans.find((candidate) => candidate.plan.id === document.id);
      return { intent: "success", text: strings.registered(document.title, entry?.revision ?? 1) };
    });

  const importPlan = () => {
    const indicators = new Set(official.catalog.indicators.map((indicator) => indicator.id));
    const parsed = planFromJson(imported, indicators);
    if (!parsed.plan) {
      setNotice({ intent: "error", text: parsed.problems.map(formatProblem).join("\n") });
      return;
    }
    if (form.registeredBy.trim() === "") setNotice({ intent: "error", text: strings.missing });
    else void store(parsed.plan);
  };

  return (
    <div className={styles.root}>
      <Text>{strings.intro}</Text>
      <Button disabled={busy} onClick={read}>
        {strings.read}
      </Button>
      {reading && (
        <ReadingEditor
          reading={reading}
          corrections={corrections}
          onChange={setCorrections}
          strings={strings}
        />
      )}
      {reading?.layout === "units" && (
        <Field label={strings.indicator}>
          <Dropdown
            value={
              official.catalog.indicators.find((indicator) => indicator.id === form.indicator)
                ?.zh ?? ""
            }
            selectedOptions={[form.indicator]}
            onOptionSelect={(_, data) => setForm({ ...form, indicator: data.optionValue ?? "" })}
          >
            {official.catalog.indicators.map((indicator) => (
              <Option key={indicator.id} value={indicator.id}>
                {indicator.zh}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {FIELDS.map((field) => (
        <Field key={field} label={strings[field]}>
          <Input
            value={form[field]}
            onChange={(_, data) => setForm({ ...form, [field]: data.value })}
          />
        </Field>
      ))}
      <div className={styles.buttons}>
        <Button
          disabled={busy || !full}
          onClick={() => full && setCheck(checkRegistration(full, official))}
        >
          {strings.check}
        </Button>
        <Button appearance="primary" disabled={busy || !full} onClick={() => full && store(full)}>
          {strings.register}
        </Button>
      </div>
      {reading && !meta && <Text size={200}>{strings.missing}</Text>}
      {check && <CheckReport check={check} strings={strings} />}
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {registry && registry.plans.length > 0 && (
        <section aria-label={strings.list}>
          <Text weight="semibold">{strings.list}</Text>
          {registry.plans.map((entry) => (
            <div key={entry.plan.id} className={styles.buttons}>
              <Text>
                {strings.entry(
                  entry.plan.title,
                  entry.registeredBy,
                  entry.registeredAt,
                  entry.revision
                )}
              </Text>
              <Button size="small" onClick={() => setExported(planToJson(entry.plan))}>
                {strings.exportJson}
              </Button>
            </div>
          ))}
        </section>
      )}
      {exported && <Textarea aria-label={strings.exportJson} readOnly value={exported} rows={8} />}
      <Field label={strings.importJson} hint={strings.importHint}>
        <Textarea value={imported} onChange={(_, data) => setImported(data.value)} rows={3} />
      </Field>
      <Button disabled={busy || imported.trim() === ""} onClick={importPlan}>
        {strings.importJson}
      </Button>
    </div>
  );
}
