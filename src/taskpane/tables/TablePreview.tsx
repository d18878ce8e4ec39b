import { makeStyles, tokens } from "@fluentui/react-components";
import { RowRole, SheetLayout } from "../../core/tables/sheet-layout";
import { cellValue } from "../../core/tables/layout-cells";
import { ROW_STYLES } from "../../core/tables/row-styles";

const useStyles = makeStyles({
  frame: {
    maxHeight: "320px",
    overflow: "auto",
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

/** Only the table itself: title, unit and source lines are shown apart, above it. */
export function TablePreview({ layout }: { layout: SheetLayout }) {
  const styles = useStyles();
  const rows = layout.cells.slice(layout.headerRow, layout.bodyEnd);
  return (
    <div className={styles.frame}>
      <table className={styles.table} data-testid="preview">
        <tbody>
          {rows.map((cells, index) => {
            const role = layout.roles[layout.headerRow + index];
            return (
              <tr key={index} data-role={role} style={rowStyle(role)}>
                {cells.map((cell, column) => {
                  const value = cellValue(cell);
                  const extra =
                    typeof value === "number"
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
