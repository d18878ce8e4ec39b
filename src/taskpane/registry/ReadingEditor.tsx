import { Dropdown, Input, makeStyles, Option, Text } from "@fluentui/react-components";
import type { ColumnRole, RowKind } from "../../core/catalog/plan-types";
import { rowKindsFor } from "./register-form";
import type { Corrections } from "../../core/registry/to-plan";
import type { GridReading } from "../../core/registry/read-grid";
import type { RegisterStrings } from "./strings";

export interface ReadingEditorProps {
  reading: GridReading;
  corrections: Corrections;
  onChange(corrections: Corrections): void;
  strings: RegisterStrings;
}

const ROLES: ColumnRole[] = ["serial", "name", "measure", "target", "actual", "text"];

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%" },
  cell: { padding: "2px 4px", verticalAlign: "middle" },
  year: { width: "80px" },
});

/** What was understood of the pasted table, column by column and row by row, each open to correction. */
export function ReadingEditor({ reading, corrections, onChange, strings }: ReadingEditorProps) {
  const styles = useStyles();
  const columnAt = (index: number) => corrections.columns?.[index] ?? reading.columns[index];
  const setColumn = (index: number, role: ColumnRole, year: number | undefined) =>
    onChange({
      ...corrections,
      columns: {
        ...corrections.columns,
        [index]: role === "target" || role === "actual" ? { role, year: year ?? 0 } : { role },
      },
    });
  const kindAt = (index: number) => corrections.rowKinds?.[index] ?? reading.rows[index].kind;
  const name = reading.columns.findIndex((_, index) => columnAt(index).role === "name");
  return (
    <>
      <Text weight="semibold">
        {strings.understood(reading.rows.length, reading.columns.length)}
      </Text>
      <table className={styles.table} aria-label={strings.column}>
        <tbody>
          {reading.columns.map((column, index) => {
            const current = columnAt(index);
            return (
              <tr key={index}>
                <td className={styles.cell}>{column.label.replace(/\n/g, "")}</td>
                <td className={styles.cell}>
                  <Dropdown
                    aria-label={`${strings.role} ${column.label}`}
                    value={strings.roles[current.role]}
                    selectedOptions={[current.role]}
                    onOptionSelect={(_, data) =>
                      setColumn(index, data.optionValue as ColumnRole, current.year)
                    }
                  >
                    {ROLES.map((role) => (
                      <Option key={role} value={role}>
                        {strings.roles[role]}
                      </Option>
                    ))}
                  </Dropdown>
                </td>
                <td className={styles.cell}>
                  {(current.role === "target" || current.role === "actual") && (
                    <Input
                      className={styles.year}
                      aria-label={`${strings.year} ${column.label}`}
                      type="number"
                      value={String(current.year ?? "")}
                      onChange={(_, data) => setColumn(index, current.role, Number(data.value))}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <table className={styles.table} aria-label={strings.row}>
        <tbody>
          {reading.rows.map((row, index) => (
            <tr key={index}>
              <td className={styles.cell}>{`${reading.sourceRows[index] + 1}`}</td>
              <td className={styles.cell}>{name >= 0 ? row.cells[name] : row.cells.join(" ")}</td>
              <td className={styles.cell}>
                <Dropdown
                  aria-label={`${strings.kind} ${name >= 0 ? row.cells[name] : index + 1}`}
                  value={strings.kinds[kindAt(index)]}
                  selectedOptions={[kindAt(index)]}
                  onOptionSelect={(_, data) =>
                    onChange({
                      ...corrections,
                      rowKinds: { ...corrections.rowKinds, [index]: data.optionValue as RowKind },
                    })
                  }
                >
                  {rowKindsFor(reading.layout).map((kind) => (
                    <Option key={kind} value={kind}>
                      {strings.kinds[kind]}
                    </Option>
                  ))}
                </Dropdown>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
