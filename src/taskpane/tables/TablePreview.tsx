import { makeStyles, tokens } from "@fluentui/react-components";
import { RowRole, SheetLayout } from "../../core/tables/sheet-layout";
import { ROW_STYLES } from "../../core/tables/row-styles";
import { shownCells } from "../../core/presentation/table-presentation";

const useStyles = makeStyles({
  /* Wide tables scroll sideways; the pane itself is the only vertical scroll area. */
  frame: {
    overflowX: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "2px 4px",
    whiteSpace: "pre",
    verticalAlign: "top",
  },
  long: { whiteSpace: "pre-line", minWidth: "16em", maxWidth: "24em" },
  number: { textAlign: "right" },
});

/** Names and figures stay on one line; only longer text (quotes, project contents) wraps. */
const LONG_TEXT = 16;

/** The same look as the sheet: subtotal, total and reference rows stand apart from unit rows. */
function rowStyle(role: RowRole): React.CSSProperties {
  const style = ROW_STYLES[role] ?? {};
  return {
    fontWeight: style.bold ? 600 : undefined,
    fontStyle: style.italic ? "italic" : undefined,
    color: style.fontColor,
    backgroundColor: style.fill,
  };
}

/**
 * Only the table itself: title, unit and source lines are shown apart, above it. Figures read as the sheet prints
 * them (the same number formats), so the preview and the file never disagree.
 */
export function TablePreview({ layout }: { layout: SheetLayout }) {
  const styles = useStyles();
  const rows = shownCells(layout).slice(layout.headerRow, layout.bodyEnd);
  return (
    <div className={styles.frame}>
      <table className={styles.table} data-testid="preview">
        <tbody>
          {rows.map((cells, index) => {
            const role = layout.roles[layout.headerRow + index];
            return (
              <tr key={index} data-role={role} style={rowStyle(role)}>
                {cells.map((value, column) => {
                  const numeric =
                    typeof layout.cells[layout.headerRow + index][column] !== "string";
                  const extra = numeric
                    ? styles.number
                    : String(value).length > LONG_TEXT
                      ? styles.long
                      : "";
                  const className = `${styles.cell} ${extra}`;
                  return role === "header" ? (
                    <th key={column} className={className}>
                      {value}
                    </th>
                  ) : (
                    <td key={column} className={className}>
                      {value}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
