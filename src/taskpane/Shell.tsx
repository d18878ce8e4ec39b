import { lazy, ReactNode, Suspense, useState } from "react";
import { makeStyles, Spinner, Tab, TabList } from "@fluentui/react-components";
import type { Features } from "../core/capabilities/features";
import type {
  FillActions,
  HighlightActions,
  RegisterActions,
  SubmissionActions,
} from "../excel/contract";
import { HostNotes } from "./HostNotes";
import { TablesTab, TablesTabProps } from "./tables/TablesTab";
import { stringsFor } from "./strings";
import { FillTab, fillTabLabel } from "./fill/FillTab";

export interface ShellProps extends Omit<TablesTabProps, "formulasOffered"> {
  /** Null outside Excel, or in an Excel too old to check figures. */
  highlight: HighlightActions | null;
  /** Null outside Excel, or in an Excel too old to read the selection's used range. */
  fill: FillActions | null;
  /** Null where the workbook cannot keep a registry: the fill tab is then the fill alone. */
  register: RegisterActions | null;
  /** Null outside Excel (the sheet is then downloaded as .xlsx) or in an Excel too old to write it (no tab). */
  submission: SubmissionActions | null;
  /** Why the workbook's registry could not be read at start-up, or null. */
  registryError: string | null;
  /** What this Excel can do (src/core/capabilities): offered, hidden, or disabled with the reason. */
  features: Features;
  /** False when office.js could not be loaded, and the pane fell back to the viewer. */
  officeJs: boolean;
}

type TabId = "tables" | "highlight" | "fill" | "submission";

/* Chunks of their own, loaded after the tables show; the plain-browser viewer never loads the highlighting. */
const HighlightPanel = lazy(() =>
  import(/* webpackChunkName: "highlight" */ "./highlight/HighlightPanel").then((module) => ({
    default: module.HighlightPanel,
  }))
);
const SubmissionPanel = lazy(() =>
  import(/* webpackChunkName: "submission" */ "./submission/SubmissionPanel").then((module) => ({
    default: module.SubmissionPanel,
  }))
);

const useStyles = makeStyles({ tabs: { padding: "4px 8px 0" }, notes: { margin: "8px 12px 0" } });

/**
 * The pane's tools, each in a tab where this host has what it needs; the viewer (no Excel host) has the tables and
 * the submission sheet as a download. Every tab stays mounted, so switching keeps what the user chose in each.
 */
export function Shell({
  highlight,
  fill,
  register,
  submission,
  registryError,
  features,
  officeJs,
  ...app
}: ShellProps) {
  const [tab, setTab] = useState<TabId>("tables");
  const styles = useStyles();
  const strings = stringsFor(app.locale);
  const lazyPanel = (panel: ReactNode) => (
    <Suspense fallback={<Spinner size="tiny" />}>{panel}</Suspense>
  );
  const viewer = app.host === null;
  const tabs: { id: TabId; label: string; panel: ReactNode }[] = [
    {
      id: "tables",
      label: strings.tablesTab,
      panel: <TablesTab {...app} formulasOffered={features.formulas.state === "offered"} />,
    },
  ];
  if (highlight)
    tabs.push({
      id: "highlight",
      label: strings.highlightTab,
      panel: lazyPanel(<HighlightPanel actions={highlight} locale={app.locale} />),
    });
  if (fill)
    tabs.push({
      id: "fill",
      label: fillTabLabel(app.locale),
      panel: <FillTab locale={app.locale} fill={fill} register={register} />,
    });
  if (submission || viewer)
    tabs.push({
      id: "submission",
      label: strings.submissionTab,
      panel: lazyPanel(
        <SubmissionPanel
          lookup={app.lookup}
          locale={app.locale}
          actions={submission}
          formulasOffered={features.formulas.state === "offered"}
          download={app.viewer.download}
        />
      ),
    });
  const notes = (
    <div className={styles.notes}>
      <HostNotes
        features={features}
        locale={app.locale}
        officeJs={officeJs}
        registryError={registryError}
      />
    </div>
  );
  if (tabs.length === 1)
    return (
      <>
        {notes}
        {tabs[0].panel}
      </>
    );
  return (
    <>
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as TabId)}
      >
        {tabs.map(({ id, label }) => (
          <Tab key={id} value={id}>
            {label}
          </Tab>
        ))}
      </TabList>
      {notes}
      {tabs.map(({ id, panel }) => (
        <div key={id} hidden={tab !== id}>
          {panel}
        </div>
      ))}
    </>
  );
}
