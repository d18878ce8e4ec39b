import { describeProblem } from "../core/lookup/describe-problem";
import { LookupError } from "../core/lookup/lookup-error";
import { displayLocale } from "./display-locale";

/**
 * Runs a lookup for a custom function. Failures become CustomFunctions.Error with a message the user can act on:
 * a wrong argument type is #VALUE!, a name or year the catalog does not hold is #N/A. Nothing else ever escapes.
 */
export function respond<T>(answer: () => T): T {
  try {
    return answer();
  } catch (error) {
    const locale = displayLocale();
    if (error instanceof LookupError) {
      const code =
        error.problem.reason === "invalid"
          ? CustomFunctions.ErrorCode.invalidValue
          : CustomFunctions.ErrorCode.notAvailable;
      throw new CustomFunctions.Error(code, describeProblem(error.problem, locale));
    }
    const detail = error instanceof Error ? error.message : String(error);
    const message =
      locale === "zh" ? `内部错误，请报告：${detail}` : `Internal error, please report: ${detail}`;
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
  }
}
