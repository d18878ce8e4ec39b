import { Checkbox, Field, Radio, RadioGroup } from "@fluentui/react-components";
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
        <Field label={strings.mode}>
          <RadioGroup
            value={props.formulas ? "formulas" : "values"}
            onChange={(_, data) => props.onFormulas(data.value === "formulas")}
          >
            <Radio value="values" label={strings.values} />
            <Radio value="formulas" label={strings.formulas} />
          </RadioGroup>
        </Field>
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
