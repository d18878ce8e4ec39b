import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { LaggingCell } from "../../core/highlight/analysis-types";
import { columnLetters } from "../../core/sheet/a1";
import type { TargetSource } from "../../core/highlight/sheet-targets";
import type { Locale } from "../../core/i18n/locale";
import { ColourMeaning, paletteFor } from "../../core/highlight/palette";
import { STATUS_LABELS } from "../../core/progress/status";
import type { HighlightStrings } from "./strings";

export interface LaggingListProps {
  cells: readonly LaggingCell[];
  strings: HighlightStrings;
  locale: Locale;
  /** The colours the cells were given, so a badge matches its cell and the legend. */
  meaning: ColourMeaning;
  onSelect(cell: LaggingCell): void;
}

const useStyles = makeStyles({
  section: { marginTop: "8px" },
  // Out into the pane's padding by the items' own: the text lines up with the heading and gains the width.
  list: { listStyleType: "none", margin: "0 -4px", padding: 0 },
  entry: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  // A plain button, full width and left-aligned: Fluent's Button centres one line of content.
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    width: "100%",
    padding: "6px 4px",
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    textAlign: "left",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  heading: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: "6px" },
  muted: { color: tokens.colorNeutralForeground2 },
  // Lines break between the figures, never inside one, and a new line starts with its separator.
  figure: { whiteSpace: "nowrap" },
  title: { margin: 0 },
});

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

/** The second line of an entry, figure by figure: target, pace, actual, gap, rate, and the target's source. */
export function laggingFigures(cell: LaggingCell, strings: HighlightStrings): string[] {
  const words = strings.figures;
  return [
    `${words.target} ${number(cell.target, 0)}`,
    `${words.pace} ${number(cell.pace, 1)}`,
    `${words.actual} ${number(cell.actual, 0)}`,
    words.gap(number(cell.gap, 1)),
    words.rate(number(cell.rate * 100, 1)),
    ...(cell.source.kind === "catalog" ? [] : [words.from(sourceLabel(cell.source, strings))]),
  ];
}

const DOT = "·";
const SEPARATOR = ` ${DOT} `;

/** The cells behind plan, largest gap first, two lines each; choosing one selects its cell in the sheet. */
export function LaggingList({ cells, strings, locale, meaning, onSelect }: LaggingListProps) {
  const styles = useStyles();
  if (cells.length === 0) return <Text>{strings.noLagging}</Text>;
  const palette = paletteFor(meaning);
  return (
    <section aria-label={strings.lagging(cells.length)} className={styles.section}>
      <Text as="h3" weight="semibold" block className={styles.title}>
        {strings.lagging(cells.length)}
      </Text>
      <Text size={200} block className={styles.muted}>
        {strings.laggingHint}
      </Text>
      <ul className={styles.list}>
        {cells.map((cell) => {
          const status = STATUS_LABELS[cell.status][locale];
          const figures = laggingFigures(cell, strings);
          const swatch = palette[cell.status];
          return (
            <li key={`${cell.row},${cell.column}`} className={styles.entry}>
              <button
                type="button"
                className={styles.item}
                aria-label={strings.item(cell.label, cell.period, status, figures.join(SEPARATOR))}
                onClick={() => onSelect(cell)}
              >
                <span className={styles.heading}>
                  <Text weight="semibold">{cell.label}</Text>
                  <Text>{cell.period}</Text>
                  <Badge
                    appearance="filled"
                    shape="rounded"
                    style={{ backgroundColor: swatch.fill, color: swatch.font }}
                  >
                    {status}
                  </Badge>
                </span>
                <Text size={200} className={styles.muted}>
                  {figures.map((figure, index) => (
                    <span key={index}>
                      {index > 0 && " "}
                      <span className={styles.figure}>
                        {index > 0 ? `${DOT} ${figure}` : figure}
                      </span>
                    </span>
                  ))}
                </Text>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
