import { makeStyles, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";

export interface DiscrepanciesProps {
  title: string;
  /** The table's stated subtotals and totals that do not equal their rows, in the pane's language. */
  lines: readonly string[];
}

const useStyles = makeStyles({ list: { margin: "4px 0", paddingLeft: "18px" } });

/** The reconciliation of the chosen table, shown in the pane; written into the sheet only when the user asks. */
export function Discrepancies({ title, lines }: DiscrepanciesProps) {
  const styles = useStyles();
  if (lines.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <Text weight="semibold">{title}</Text>
        <ul className={styles.list} data-testid="discrepancies">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
