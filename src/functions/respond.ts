import { planLookup } from "../core/catalog/embedded";
import { describeProblem } from "../core/lookup/describe-problem";
import { LookupError } from "../core/lookup/lookup-error";
import { Failure, keyOf, recall, remember, Remembered } from "./answer-cache";
import type { CellValue } from "./answers";
import { displayLocale } from "./display-locale";

/** What a failed lookup shows: a CustomFunctions.Error in the display language, with a code for its kind. */
function errorFor(error: unknown): CustomFunctions.Error {
  const locale = displayLocale();
  if (error instanceof LookupError) {
    const code =
      error.problem.reason === "invalid"
        ? CustomFunctions.ErrorCode.invalidValue
        : CustomFunctions.ErrorCode.notAvailable;
    return new CustomFunctions.Error(code, describeProblem(error.problem, locale));
  }
  const detail = error instanceof Error ? error.message : String(error);
  const message =
    locale === "zh" ? `内部错误，请报告：${detail}` : `Internal error, please report: ${detail}`;
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

function replay<T>(answer: Remembered): T {
  if (answer instanceof Failure) throw answer.error;
  return answer as T;
}

/**
 * Runs a lookup for a custom function, or answers from memory when the same arguments came before (answer-cache.ts).
 * Failures become CustomFunctions.Error with a message the user can act on: a wrong argument type is #VALUE!, a name
 * or year the catalog does not hold is #N/A. Nothing else ever escapes.
 */
export function respond<A extends CellValue[], T>(
  id: string,
  answer: (...args: A) => T,
  ...args: A
): T {
  const key = keyOf(id, args);
  const lookup = planLookup();
  const remembered = key === null ? undefined : recall(key, lookup, displayLocale());
  if (remembered instanceof Failure) throw remembered.error;
  if (remembered !== undefined) return remembered as T;
  let outcome: Remembered;
  try {
    outcome = answer(...args);
  } catch (error) {
    outcome = new Failure(errorFor(error));
  }
  if (key !== null) remember(key, outcome);
  return replay<T>(outcome);
}
