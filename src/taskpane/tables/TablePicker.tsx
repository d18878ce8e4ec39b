import { Field, makeStyles, Select } from "@fluentui/react-components";
import type { PlanDocument } from "../../core/catalog/plan-types";
import type { TableChoice } from "../../core/tables/table-choice";
import type { Strings } from "../strings";

export interface TablePickerProps {
  strings: Strings;
  regions: readonly string[];
  region: string;
  plans: PlanDocument[];
  /** Whether a plan was registered in the workbook rather than shipped: its label says so. */
  isRegistered(plan: PlanDocument): boolean;
  planId: string;
  tables: TableChoice[];
  tableId: string;
  onRegion(region: string): void;
  onPlan(planId: string): void;
  onTable(tableId: string): void;
}

/**
 * "永川府办发〔2023〕26号 永川区企业创新主体培育提升“663”行动计划", or the title alone when there is no number; a
 * registered plan's label starts with the words that say it is not official.
 */
function planLabel(plan: PlanDocument, registered: string | null): string {
  const label = plan.docNumber ? `${plan.docNumber} ${plan.title}` : plan.title;
  return registered ? `${registered}${label}` : label;
}

/* Document titles are long: the select keeps the pane's width and cuts the title rather than widening the pane. */
const useStyles = makeStyles({
  select: { width: "100%", minWidth: 0 },
});

export function TablePicker(props: TablePickerProps) {
  const { strings } = props;
  const styles = useStyles();
  return (
    <>
      <Field label={strings.district}>
        <Select
          className={styles.select}
          value={props.region}
          onChange={(_, data) => props.onRegion(data.value)}
        >
          {props.regions.map((region) => (
            <option key={region} value={region}>
              {region}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.document}>
        <Select
          className={styles.select}
          value={props.planId}
          onChange={(_, data) => props.onPlan(data.value)}
        >
          {props.plans.map((plan) => (
            <option key={plan.id} value={plan.id}>
              {planLabel(plan, props.isRegistered(plan) ? strings.registeredPlan : null)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.table}>
        <Select
          className={styles.select}
          value={props.tableId}
          onChange={(_, data) => props.onTable(data.value)}
        >
          {props.tables.map((table) => (
            <option key={table.id} value={table.id}>
              {table.label}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
