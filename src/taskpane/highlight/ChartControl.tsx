import { Button, Dropdown, Field, Option, Text } from "@fluentui/react-components";
import type { HighlightStrings } from "./strings";

/** The whole region's entry in the unit list; the catalog never names a unit with an empty string. */
export const DISTRICT_CHOICE = "";

export interface ChartControlProps {
  /** The matched units' names, in sheet order. */
  units: readonly string[];
  /** A unit's name, or DISTRICT_CHOICE. */
  unit: string;
  /** 全区 or 全县. */
  wholeLabel: string;
  disabled: boolean;
  strings: HighlightStrings;
  onUnitChange(unit: string): void;
  onInsert(): void;
}

/** "图表 / Chart": a unit (or the whole district) and a button to insert its target-against-actual chart. */
export function ChartControl({
  units,
  unit,
  wholeLabel,
  disabled,
  strings,
  onUnitChange,
  onInsert,
}: ChartControlProps) {
  return (
    <>
      <Text weight="semibold">{strings.chartTitle}</Text>
      <Field label={strings.chartUnit} hint={strings.chartHint}>
        <Dropdown
          value={unit === DISTRICT_CHOICE ? wholeLabel : unit}
          selectedOptions={[unit]}
          onOptionSelect={(_, data) => onUnitChange(data.optionValue ?? DISTRICT_CHOICE)}
        >
          <Option value={DISTRICT_CHOICE}>{wholeLabel}</Option>
          {units.map((name) => (
            <Option key={name} value={name}>
              {name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div>
        <Button disabled={disabled} onClick={onInsert}>
          {strings.insertChart}
        </Button>
      </div>
    </>
  );
}
