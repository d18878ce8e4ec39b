import { Field, Radio, RadioGroup } from "@fluentui/react-components";

export interface RadioFieldProps<T extends string> {
  label: string;
  value: T;
  /** Each choice's value and the words it shows, in the order shown. */
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
}

/** One labelled choice among a few: the pane's options (values or formulas, totals, pace, colours). */
export function RadioField<T extends string>({
  label,
  value,
  options,
  onChange,
}: RadioFieldProps<T>) {
  return (
    <Field label={label}>
      <RadioGroup value={value} onChange={(_, data) => onChange(data.value as T)}>
        {options.map(([option, text]) => (
          <Radio key={option} value={option} label={text} />
        ))}
      </RadioGroup>
    </Field>
  );
}
