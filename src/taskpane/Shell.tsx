import { lazy, Suspense, useState } from "react";
import { makeStyles, Spinner, Tab, TabList } from "@fluentui/react-components";
import type { Features } from "../core/capabilities/features";
import type { HighlightActions } from "../excel/contract";
import { HostNotes } from "./HostNotes";
import { App, AppProps } from "./tables/TablesTab";
import { stringsFor } from "./strings";
import { FillTab, fillTabLabel } from "./fill/FillTab";

export interface ShellProps extends Omit<AppProps, "formulasOffered"> {
  /** Null outside Excel, or in an Excel too old to check figures: the pane is then the tables alone. */
  highlight: HighlightActions | null;
  /** What this Excel can do (src/core/capabilities): offered, hidden, or disabled with the reason. */
  features: Features;
  /** False when office.js could not be loaded, and the pane fell back to the viewer. */
  officeJs: boolean;
}

type TabId = "tables" | "highlight" | "fill";

/* A chunk of its own: the plain-browser viewer never loads it, and in Excel it loads after the tables show. */
const HighlightPanel = lazy(() =>
  import(/* webpackChunkName: "highlight" */ "./highlight/HighlightPanel").then((module) => ({
    default: module.HighlightPanel,
  }))
);

const useStyles = makeStyles({ tabs: { padding: "4px 8px 0" }, notes: { margin: "8px 12px 0" } });

/** The two tools of the pane. Both stay mounted, so switching tabs keeps what the user chose in each. */
export function Shell({ highlight, features, officeJs, ...app }: ShellProps) {
  const [tab, setTab] = useState<TabId>("tables");
  const styles = useStyles();
  const tables = <App {...app} formulasOffered={features.formulas.state === "offered"} />;
  const notes = (
    <div className={styles.notes}>
      <HostNotes features={features} locale={app.locale} officeJs={officeJs} />
    </div>
  );
  if (!highlight) {
    return (
      <>
        {notes}
        {tables}
      </>
    );
  }
  const strings = stringsFor(app.locale);
  return (
    <>
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as TabId)}
      >
        <Tab value="tables">{strings.tablesTab}</Tab>
        <Tab value="highlight">{strings.highlightTab}</Tab>
        <Tab value="fill">{fillTabLabel(app.locale)}</Tab>
      </TabList>
      {notes}
      <div hidden={tab !== "tables"}>{tables}</div>
      <div hidden={tab !== "highlight"}>
        <Suspense fallback={<Spinner size="tiny" />}>
          <HighlightPanel actions={highlight} locale={app.locale} />
        </Suspense>
      </div>
      <div hidden={tab !== "fill"}>
        <FillTab locale={app.locale} />
      </div>
    </>
  );
}
