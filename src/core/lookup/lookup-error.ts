import { describeProblem } from "./describe-problem";
import type { LookupProblem } from "./lookup-problem";

/** Marks a LookupError whichever bundle made it: the pane and the functions share one catalog but not one class. */
const BRAND = Symbol.for("plan-targets.LookupError");

/**
 * A lookup that cannot answer; the problem is data, turned into words by describeProblem in the user's language.
 * It is an answer, not a fault: it captures no stack (where a name was unknown says nothing to anyone), and its
 * English `message` is written only when something reads it (a log, a test). A custom function answers in the
 * display language from `problem`; the stack and the unread sentence cost more than the lookup itself.
 */
export class LookupError extends Error {
  readonly [BRAND] = true;
  readonly problem: LookupProblem;

  constructor(problem: LookupProblem) {
    // V8's knob (Chromium, Edge WebView2, Node); elsewhere a property nobody reads. Core compiles without Node's types.
    const engine = Error as { stackTraceLimit?: number };
    const limit = engine.stackTraceLimit;
    engine.stackTraceLimit = 0;
    super();
    engine.stackTraceLimit = limit;
    this.problem = problem;
    this.name = "LookupError";
  }

  /** `instanceof` by brand, so that an error thrown by the other bundle's copy of this class is recognised. */
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && BRAND in value;
  }
}

Object.defineProperty(LookupError.prototype, "message", {
  get(this: LookupError): string {
    return describeProblem(this.problem, "en");
  },
});
