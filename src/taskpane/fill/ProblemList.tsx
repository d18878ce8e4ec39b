import { useState } from "react";
import { Button, Dropdown, makeStyles, Option, Text } from "@fluentui/react-components";
import type { FillProblem } from "../../core/fill/fill-plan";
import type { FillStrings } from "./strings";

export interface ProblemListProps {
  problems: FillProblem[];
  strings: FillStrings;
  /** Remembers that the sheet's `name` means the catalog's `means`; null where the workbook cannot keep it. */
  onExplain: ((name: string, means: string) => void) | null;
  busy: boolean;
}

const useStyles = makeStyles({
  item: { display: "flex", flexDirection: "column", gap: "4px", marginBottom: "8px" },
  explain: { display: "flex", gap: "6px", alignItems: "center" },
});

/** The rows left unfilled, each with its nearest names and, for a name that matched none or several, "this means …". */
export function ProblemList({ problems, strings, onExplain, busy }: ProblemListProps) {
  const styles = useStyles();
  if (problems.length === 0) return null;
  return (
    <section aria-label={strings.problems(problems.length)}>
      <Text weight="semibold">{strings.problems(problems.length)}</Text>
      {problems.map((problem) => (
        <div key={`${problem.row}-${problem.column ?? ""}`} className={styles.item}>
          <Text>{strings.problem(problem)}</Text>
          {onExplain && !problem.column && problem.candidates.length > 0 && (
            <Explain problem={problem} strings={strings} onExplain={onExplain} busy={busy} />
          )}
        </div>
      ))}
    </section>
  );
}

function Explain({
  problem,
  strings,
  onExplain,
  busy,
}: { problem: FillProblem; onExplain: (name: string, means: string) => void } & Omit<
  ProblemListProps,
  "problems" | "onExplain"
>) {
  const styles = useStyles();
  const [means, setMeans] = useState(problem.candidates[0]);
  return (
    <div className={styles.explain}>
      <Dropdown
        aria-label={`${strings.means} ${problem.name}`}
        value={means}
        selectedOptions={[means]}
        onOptionSelect={(_, data) => setMeans(data.optionValue ?? means)}
      >
        {problem.candidates.map((candidate) => (
          <Option key={candidate} value={candidate}>
            {candidate}
          </Option>
        ))}
      </Dropdown>
      <Button disabled={busy} onClick={() => onExplain(problem.name, means)}>
        {`${strings.remember}：${problem.name} → ${means}`}
      </Button>
    </div>
  );
}
