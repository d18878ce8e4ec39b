import {
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Switch,
} from "@fluentui/react-components";
import type { Locale } from "../../core/i18n/locale";
import type { IndicatorDef } from "../../core/catalog/plan-types";
import type { FormState } from "./request";
import type { HighlightStrings } from "./strings";

export interface HighlightFormProps {
  form: FormState;
  regions: readonly string[];
  indicators: readonly IndicatorDef[];
  strings: HighlightStrings;
  locale: Locale;
  onChange(change: Partial<FormState>): void;
}

/** What the user says before colouring: district, indicator, reporting date, the far-behind gap and the colours. */
export function HighlightForm({
  form,
  regions,
  indicators,
  strings,
  locale,
  onChange,
}: HighlightFormProps) {
  return (
    <>
      <Field label={strings.district}>
        <Dropdown
          value={form.region}
          selectedOptions={[form.region]}
          onOptionSelect={(_, data) =>
            onChange({ region: data.optionValue ?? form.region, indicator: "" })
          }
        >
          {regions.map((region) => (
            <Option key={region} value={region}>
              {region}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={strings.indicator}>
        <Dropdown
          value={indicators.find((choice) => choice.id === form.indicator)?.[locale] ?? ""}
          selectedOptions={[form.indicator]}
          onOptionSelect={(_, data) => onChange({ indicator: data.optionValue ?? "" })}
        >
          {indicators.map((choice) => (
            <Option key={choice.id} value={choice.id}>
              {choice[locale]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {indicators.length === 0 && (
        <MessageBar intent="info" layout="multiline" data-testid="no-unit-tables">
          <MessageBarBody>{strings.noUnitTables(form.region)}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={strings.reportingDate}>
        <Input
          type="date"
          value={form.reportingDate}
          onChange={(_, data) => onChange({ reportingDate: data.value })}
        />
      </Field>
      <Field label={strings.farBehind}>
        <Input
          type="number"
          value={form.farBehindPoints}
          onChange={(_, data) => onChange({ farBehindPoints: data.value })}
        />
      </Field>
      <Switch
        label={strings.redAhead}
        checked={form.meaning === "red-ahead"}
        onChange={(_, data) => onChange({ meaning: data.checked ? "red-ahead" : "red-behind" })}
      />
    </>
  );
}
