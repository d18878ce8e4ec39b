import { describeProblem } from "./describe-problem";
import type { LookupProblem } from "./lookup-problem";

/** A lookup that cannot answer; the problem is data, turned into words by describeProblem in the user's language. */
export class LookupError extends Error {
  constructor(readonly problem: LookupProblem) {
    super(describeProblem(problem, "en"));
    this.name = "LookupError";
  }
}
