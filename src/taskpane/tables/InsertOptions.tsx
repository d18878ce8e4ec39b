import { Checkbox } from "@fluentui/react-components";
import { RadioField } from "../RadioField";
import type { Strings } from "../strings";

export interface InsertOptionsProps {
  strings: Strings;
  /** Values or formulas only matters when inserting into Excel; copies and downloads are always values. */
  showMode: boolean;
  /** Only a table whose stated totals differ from their rows has notes to put under it. */
  showFootnotes: boolean;
  formulas: boolean;
  footnotes: boolean;
  onFormulas(formulas: boolean): void;
  onFootnotes(footnotes: boolean): void;
}

export function InsertOptions(props: InsertOptionsProps) {
  const { strings } = props;
  return (
    <>
      {props.showMode && (
        <RadioField
          label={strings.mode}
          value={props.formulas ? "formulas" : "values"}
          options={[
            ["values", strings.values],
            ["formulas", strings.formulas],
          ]}
          onChange={(mode) => props.onFormulas(mode === "formulas")}
        />
      )}
      {props.showFootnotes && (
        <Checkbox
          checked={props.footnotes}
          label={strings.footnotes}
          onChange={(_, data) => props.onFootnotes(data.checked === true)}
        />
      )}
    </>
  );
}
