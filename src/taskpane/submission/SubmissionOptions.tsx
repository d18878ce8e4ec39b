import { Checkbox, Field, Input, Radio, RadioGroup, Select } from "@fluentui/react-components";
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
      <Field label={strings.pace}>
        <RadioGroup
          value={form.pace}
          onChange={(_, data) => update({ pace: data.value as SubmissionForm["pace"] })}
        >
          <Radio value="months" label={strings.months} />
          <Radio value="days" label={strings.days} />
          <Radio value="increment" label={strings.increment} />
        </RadioGroup>
      </Field>
      <Field label={strings.totals}>
        <RadioGroup
          value={form.totals}
          onChange={(_, data) => update({ totals: data.value as SubmissionForm["totals"] })}
        >
          <Radio value="published" label={strings.publishedTotals} />
          <Radio value="rows" label={strings.rowTotals} />
        </RadioGroup>
      </Field>
      <Field label={strings.scheme}>
        <RadioGroup
          value={form.scheme}
          onChange={(_, data) => update({ scheme: data.value as SubmissionForm["scheme"] })}
        >
          <Radio value="traffic" label={strings.traffic} />
          <Radio value="colour-blind" label={strings.colourBlind} />
        </RadioGroup>
      </Field>
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
