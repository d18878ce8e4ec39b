import { makeStyles, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Locale } from "../../core/i18n/locale";
import type { HighlightResult } from "../../excel/contract";
import { sourceLabel } from "./LaggingList";
import { problemText } from "./messages";
import type { HighlightStrings } from "./strings";

export interface AnalysisNotesProps {
  result: HighlightResult;
  strings: HighlightStrings;
  locale: Locale;
}

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: "18px" },
});

/**
 * What the user should look at before trusting the colours: target columns taken in as actual figures, rows or columns
 * that did not match, sheet targets that differ from the official ones, and targets that are floors ("≥15"). One note
 * each, only when there is any.
 */
export function AnalysisNotes({ result, strings, locale }: AnalysisNotesProps) {
  const styles = useStyles();
  const { analysis } = result;
  return (
    <>
      {analysis.targetColumns.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {strings.targetColumns(analysis.targetColumns.map((found) => found.header))}
          </MessageBarBody>
        </MessageBar>
      )}
      {analysis.problems.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {strings.problems}
            <ul className={styles.list}>
              {analysis.problems.map((problem, index) => (
                <li key={index}>{problemText(problem, result.actual, strings, locale)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {analysis.differences.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {strings.differences}
            <ul className={styles.list}>
              {analysis.differences.map((found) => (
                <li key={`${found.row},${found.column}`}>
                  {strings.difference(
                    found.label,
                    sourceLabel(found.source, strings),
                    found.period,
                    found.sheet,
                    found.catalog,
                    found.document
                  )}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {analysis.floorTargets > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{strings.floorTargets(analysis.floorTargets)}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
