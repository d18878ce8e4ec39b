import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { formatProblem } from "../../core/validation/data-checker";
import type { RegistrationCheck } from "../../core/registry/check-registration";
import type { RegisterStrings } from "./strings";

/** The check before registering: problems that stop it, or the totals and official figures that differ. */
export function CheckReport({
  check,
  strings,
}: {
  check: RegistrationCheck;
  strings: RegisterStrings;
}) {
  if (check.problems.length > 0)
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          {[strings.problems, ...check.problems.map(formatProblem)].join("\n")}
        </MessageBarBody>
      </MessageBar>
    );
  const lines = [
    ...(check.discrepancies.length > 0 ? [strings.discrepancies] : []),
    ...check.discrepancies.map((d) =>
      strings.discrepancy(d.rowLabel, d.year, d.stated, d.computed)
    ),
    ...(check.differences.length > 0 ? [strings.differences] : []),
    ...check.differences.map((d) => strings.difference(d.unit, d.year, d.registered, d.official)),
  ];
  return (
    <MessageBar intent={lines.length > 0 ? "warning" : "success"}>
      <MessageBarBody>{lines.length > 0 ? lines.join("\n") : strings.sound}</MessageBarBody>
    </MessageBar>
  );
}
