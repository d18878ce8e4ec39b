import { useEffect, useMemo, useState } from "react";
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { Locale } from "../../core/i18n/locale";
import type { PlanLookup } from "../../core/lookup/plan-lookup";
import { layoutTable } from "../../core/tables/sheet-layout";
import { downloadFileName } from "../../core/tables/file-name";
import { toClipboardHtml, toTsv } from "../../core/tables/table-text";
import type { Destination, ExcelHost } from "../../excel/contract";
import { WriteFailedError } from "../../excel/contract";
import { Discrepancies } from "./Discrepancies";
import { InsertOptions } from "./InsertOptions";
import { ReplaceEditsActions, replaceEditsQuestion } from "../confirm/ReplaceEdits";
import { stringsFor } from "../strings";
import { TablePicker } from "./TablePicker";
import { TablePreview } from "./TablePreview";
import { useTableSelection } from "./use-table-selection";
import type { ViewerActions } from "./viewer-actions";
import { useBusyTask } from "../use-busy-task";
import { usePaneStyles } from "../pane-styles";

export interface TablesTabProps {
  lookup: PlanLookup;
  locale: Locale;
  /** Excel, or null outside Office (the pane is then a viewer). */
  host: ExcelHost | null;
  viewer: ViewerActions;
  /** Whether this Excel runs our custom functions, so that a table may go in as formulas. */
  formulasOffered: boolean;
}

type Notice =
  | { intent: "success" | "error" | "info"; text: string }
  | { intent: "warning"; text: string; occupied: true }
  | { intent: "warning"; text: string; edited: Destination };

const useStyles = makeStyles({
  lines: { display: "flex", flexDirection: "column", color: tokens.colorNeutralForeground3 },
  buttons: { display: "flex", flexWrap: "wrap", gap: "8px" },
});

/** Marks the first paint of the district list, for the first-render measurement (see the end-to-end test). */
function useFirstPaintMark(): void {
  useEffect(() => {
    requestAnimationFrame(() => setTimeout(() => performance.mark("plan:districts-painted"), 0));
  }, []);
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function TablesTab({ lookup, locale, host, viewer, formulasOffered }: TablesTabProps) {
  const strings = stringsFor(locale);
  const styles = useStyles();
  const pane = usePaneStyles();
  const selection = useTableSelection(lookup.catalog, locale);
  const [formulas, setFormulas] = useState(false);
  const [footnotes, setFootnotes] = useState(false);
  const { busy, notice, setNotice, run: runTask } = useBusyTask<Notice>();
  useFirstPaintMark();

  const layout = useMemo(
    () =>
      layoutTable(lookup, selection.plan, selection.table.id, {
        locale,
        mode: formulas ? "formulas" : "values",
        footnotes,
      }),
    [lookup, selection.plan, selection.table.id, locale, formulas, footnotes]
  );
  const lines = layout.cells.slice(0, layout.headerRow).map((row) => String(row[0]));
  const notes = layout.cells
    .slice(layout.bodyEnd)
    .map((row) => String(row[0]))
    .filter((note) => note !== "" && !layout.discrepancies.includes(note));

  const run = (task: () => Promise<Notice>, failure: (reason: string) => string) =>
    runTask(task, (error) => ({
      intent: "error",
      // A failed write says itself whether the sheet was put back as it was.
      text: error instanceof WriteFailedError ? error.message : failure(reasonOf(error)),
    }));

  const insert = (destination: Destination, excel: ExcelHost, replaceEdits = false) =>
    run(async () => {
      const request = { layout, destination, formulas, locale, replaceEdits };
      const outcome = await excel.insertTable(request);
      if (outcome.status === "occupied") {
        return { intent: "warning", text: strings.occupied(outcome.address), occupied: true };
      }
      if (outcome.status === "edited") {
        const text = replaceEditsQuestion(locale, outcome.address);
        return { intent: "warning", text, edited: destination };
      }
      const text = outcome.updated
        ? strings.updated(outcome.address)
        : strings.inserted(outcome.address);
      return { intent: "success", text };
    }, strings.insertFailed);

  const copy = () =>
    run(
      async () => {
        await viewer.copy(toTsv(layout), toClipboardHtml(layout));
        return { intent: "success", text: strings.copied };
      },
      () => strings.copyFailed
    );

  const download = () =>
    run(async () => {
      const { buildXlsx } = await import(/* webpackChunkName: "xlsx-export" */ "../../export/xlsx");
      const fileName = downloadFileName(selection.plan, selection.table);
      viewer.download(fileName, await buildXlsx(layout));
      return { intent: "success", text: strings.downloaded(fileName) };
    }, strings.downloadFailed);

  return (
    <main className={pane.root} lang={locale === "zh" ? "zh-CN" : "en"}>
      <Text as="h1" size={500} weight="semibold">
        {strings.appTitle}
      </Text>
      {!host && (
        <Text size={200} className={styles.lines}>
          {strings.viewerNote}
        </Text>
      )}
      <TablePicker
        strings={strings}
        regions={lookup.catalog.regions}
        region={selection.region}
        plans={selection.plans}
        isRegistered={(plan) => lookup.catalog.isRegistered(plan)}
        planId={selection.plan.id}
        tables={selection.tables}
        tableId={selection.table.id}
        onRegion={selection.setRegion}
        onPlan={selection.setPlan}
        onTable={selection.setTableId}
      />
      <Text weight="semibold">
        {strings.preview} · {strings.rows(layout.bodyEnd - layout.headerRow - 1)}
      </Text>
      <div className={styles.lines} data-testid="block-lines">
        {lines.map((line) => (
          <Text key={line} size={200}>
            {line}
          </Text>
        ))}
      </div>
      <TablePreview layout={layout} />
      {notes.map((note) => (
        <Text key={note} size={200}>
          {note}
        </Text>
      ))}
      <Discrepancies title={strings.checks} lines={layout.discrepancies} />
      <InsertOptions
        strings={strings}
        showMode={host !== null && formulasOffered}
        showFootnotes={layout.discrepancies.length > 0}
        formulas={formulas}
        footnotes={footnotes}
        onFormulas={setFormulas}
        onFootnotes={setFootnotes}
      />
      <div className={pane.actions} data-testid="actions">
        <div className={styles.buttons}>
          {host && (
            <>
              <Button
                appearance="primary"
                disabled={busy}
                onClick={() => insert("selection", host)}
              >
                {strings.insertHere}
              </Button>
              <Button disabled={busy} onClick={() => insert("new-sheet", host)}>
                {strings.insertNewSheet}
              </Button>
            </>
          )}
          <Button disabled={busy} onClick={copy}>
            {strings.copy}
          </Button>
          <Button appearance={host ? "secondary" : "primary"} disabled={busy} onClick={download}>
            {strings.download}
          </Button>
        </div>
        {busy && <Spinner size="tiny" label={strings.working} />}
        {notice && (
          <MessageBar intent={notice.intent} layout="multiline" data-testid="notice">
            <MessageBarBody>{notice.text}</MessageBarBody>
            {"occupied" in notice && host && (
              <MessageBarActions>
                <Button size="small" onClick={() => insert("new-sheet", host)}>
                  {strings.insertNewSheet}
                </Button>
                <Button size="small" onClick={() => setNotice(null)}>
                  {strings.cancel}
                </Button>
              </MessageBarActions>
            )}
            {"edited" in notice && host && (
              <ReplaceEditsActions
                locale={locale}
                onReplace={() => insert(notice.edited, host, true)}
                onKeep={() => setNotice(null)}
              />
            )}
          </MessageBar>
        )}
      </div>
    </main>
  );
}
