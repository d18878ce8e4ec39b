import { Checkbox, Field, Input, Select } from "@fluentui/react-components";
import { RadioField } from "../RadioField";
import type { SubmissionForm } from "./submission-form";
import type { SubmissionStrings } from "./strings";

export interface SubmissionOptionsProps {
  strings: SubmissionStrings;
  form: SubmissionForm;
  groups: string[];
  /** Whether targets may go in as PLAN.TARGET formulas: in an Excel that runs the add-in's functions. */
  formulasOffered: boolean;
  update(change: Partial<SubmissionForm>): void;
}

/**
 * Units, which figure the totals carry, pace method, colours and thresholds, protection and (in Excel with the functions) targets as formulas: the
 * choices below district, indicators and date.
 */
export function SubmissionOptions({
  strings,
  form,
  groups,
  formulasOffered,
  update,
}: SubmissionOptionsProps) {
  return (
    <>
      {groups.length > 0 && (
        <Field label={strings.units}>
          <Select value={form.units} onChange={(_, data) => update({ units: data.value })}>
            <option value="all">{strings.allUnits}</option>
            {groups.map((group) => (
              <option key={group} value={group}>
                {strings.group(group)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <RadioField
        label={strings.pace}
        value={form.pace}
        options={[
          ["months", strings.months],
          ["days", strings.days],
          ["increment", strings.increment],
        ]}
        onChange={(pace) => update({ pace })}
      />
      <RadioField
        label={strings.totals}
        value={form.totals}
        options={[
          ["published", strings.publishedTotals],
          ["rows", strings.rowTotals],
        ]}
        onChange={(totals) => update({ totals })}
      />
      <RadioField
        label={strings.scheme}
        value={form.scheme}
        options={[
          ["traffic", strings.traffic],
          ["colour-blind", strings.colourBlind],
        ]}
        onChange={(scheme) => update({ scheme })}
      />
      <Field label={strings.green}>
        <Input
          type="number"
          value={form.green}
          onChange={(_, data) => update({ green: data.value })}
        />
      </Field>
      <Field label={strings.red}>
        <Input type="number" value={form.red} onChange={(_, data) => update({ red: data.value })} />
      </Field>
      <Checkbox
        checked={form.protect}
        label={strings.protect}
        onChange={(_, data) => update({ protect: data.checked === true })}
      />
      {formulasOffered && (
        <Checkbox
          checked={form.formulas}
          label={strings.targetFormulas}
          onChange={(_, data) => update({ formulas: data.checked === true })}
        />
      )}
    </>
  );
}
