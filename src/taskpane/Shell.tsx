import { lazy, Suspense, useState } from "react";
import { makeStyles, Spinner, Tab, TabList } from "@fluentui/react-components";
import type { HighlightActions } from "../excel/contract";
import { App, AppProps } from "./tables/TablesTab";
import { stringsFor } from "./strings";
import { FillTab, fillTabLabel } from "./fill/FillTab";

export interface ShellProps extends AppProps {
  /** Null outside Excel: the pane is then the tables viewer alone. */
  highlight: HighlightActions | null;
}

type TabId = "tables" | "highlight" | "fill";

/* A chunk of its own: the plain-browser viewer never loads it, and in Excel it loads after the tables show. */
const HighlightPanel = lazy(() =>
  import(/* webpackChunkName: "highlight" */ "./highlight/HighlightPanel").then((module) => ({
    default: module.HighlightPanel,
  }))
);

const useStyles = makeStyles({ tabs: { padding: "4px 8px 0" } });

/** The two tools of the pane. Both stay mounted, so switching tabs keeps what the user chose in each. */
export function Shell({ highlight, ...app }: ShellProps) {
  const [tab, setTab] = useState<TabId>("tables");
  const styles = useStyles();
  if (!highlight) return <App {...app} />;
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
      <div hidden={tab !== "tables"}>
        <App {...app} />
      </div>
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
