import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import type { LaggingCell } from "../../core/highlight";
import { columnLetters } from "../../core/highlight-a1";
import type { TargetSource } from "../../core/highlight-targets";
import { STATUS_LABELS } from "../../core/progress";
import type { Locale } from "../../core/lookup-error";
import type { HighlightStrings } from "./strings";

export interface LaggingListProps {
  cells: readonly LaggingCell[];
  strings: HighlightStrings;
  locale: Locale;
  onSelect(cell: LaggingCell): void;
}

/** Figures as staff write them: targets and actuals as typed (up to 2 decimals), pace and gap to one decimal. */
const number = (value: number, digits: number): string =>
  value.toLocaleString("zh-CN", {
    maximumFractionDigits: digits > 0 ? digits : 2,
    minimumFractionDigits: digits,
  });

/** Where a target came from, in the pane's words: the catalog, or a column of the sheet. */
export function sourceLabel(source: TargetSource, strings: HighlightStrings): string {
  return strings.source(source.kind, source.kind === "catalog" ? "" : columnLetters(source.column));
}

/** The cells behind plan, largest gap first; a click selects the cell in the sheet. */
export function LaggingList({ cells, strings, locale, onSelect }: LaggingListProps) {
  if (cells.length === 0) return <Text>{strings.noLagging}</Text>;
  const columns = strings.columns;
  return (
    <>
      <Text weight="semibold">{strings.lagging(cells.length)}</Text>
      <Table size="extra-small" aria-label={strings.lagging(cells.length)}>
        <TableHeader>
          <TableRow>
            {[
              columns.unit,
              columns.period,
              columns.target,
              columns.pace,
              columns.actual,
              columns.gap,
              columns.rate,
              columns.source,
            ].map((label) => (
              <TableHeaderCell key={label}>{label}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {cells.map((cell) => (
            <TableRow key={`${cell.row},${cell.column}`}>
              <TableCell>
                <Button appearance="transparent" size="small" onClick={() => onSelect(cell)}>
                  {cell.label}
                </Button>
                <Text size={100}> {STATUS_LABELS[cell.status][locale]}</Text>
              </TableCell>
              <TableCell>{cell.period}</TableCell>
              <TableCell>{number(cell.target, 0)}</TableCell>
              <TableCell>{number(cell.pace, 1)}</TableCell>
              <TableCell>{number(cell.actual, 0)}</TableCell>
              <TableCell>{number(cell.gap, 1)}</TableCell>
              <TableCell>{`${number(cell.rate * 100, 1)}%`}</TableCell>
              <TableCell>{sourceLabel(cell.source, strings)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
