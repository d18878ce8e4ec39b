/* A stand-in for the globals Excel gives custom functions: CustomFunctions (associate, Error, ErrorCode) and
   Office.context.displayLanguage. The Jest tests install it on globalThis; the bundle test puts the same objects
   into a vm context, as Excel's runtime does before it runs functions.js. */

export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export type ErrorCodeValue = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/** Like Excel's CustomFunctions.Error: a code and an optional message, and not an instance of the realm's Error. */
export class StubCustomFunctionsError {
  constructor(
    readonly code: ErrorCodeValue,
    readonly message?: string
  ) {}
}

export type CustomFunction = (...args: unknown[]) => unknown;

export interface StubRuntime {
  CustomFunctions: {
    ErrorCode: typeof ERROR_CODES;
    Error: typeof StubCustomFunctionsError;
    associate(id: string, fn: CustomFunction): void;
  };
  Office: { context: { displayLanguage: string } };
  /** id → function, as associate() recorded them. */
  associated: Map<string, CustomFunction>;
}

export function createStubRuntime(displayLanguage = "zh-CN"): StubRuntime {
  const associated = new Map<string, CustomFunction>();
  return {
    CustomFunctions: {
      ErrorCode: ERROR_CODES,
      Error: StubCustomFunctionsError,
      associate(id, fn) {
        if (associated.has(id)) throw new Error(`${id} is associated twice`);
        associated.set(id, fn);
      },
    },
    Office: { context: { displayLanguage } },
    associated,
  };
}

/** Puts a stub runtime on globalThis for code imported from src/functions; returns it to switch languages. */
export function installStubRuntime(displayLanguage = "zh-CN"): StubRuntime {
  const runtime = createStubRuntime(displayLanguage);
  Object.assign(globalThis, { CustomFunctions: runtime.CustomFunctions, Office: runtime.Office });
  return runtime;
}

/** What a call gave: its value, or the CustomFunctions.Error (or anything else) it threw. */
export type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export function attempt(call: () => unknown): Outcome {
  try {
    return { ok: true, value: call() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** The CustomFunctions.Error a call threw; fails the test when it returned or threw anything else. */
export function errorOf(call: () => unknown): StubCustomFunctionsError {
  const outcome = attempt(call);
  if (outcome.ok)
    throw new Error(`expected a CustomFunctions.Error, got ${JSON.stringify(outcome.value)}`);
  const { error } = outcome;
  if (!isStubError(error))
    throw new Error(`expected a CustomFunctions.Error, got ${String(error)}`);
  return error;
}

/** Duck-typed, so it also recognizes errors made from a vm context's copy of the class. */
export function isStubError(error: unknown): error is StubCustomFunctionsError {
  if (typeof error !== "object" || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    (Object.values(ERROR_CODES) as unknown[]).includes(code) &&
    typeof message === "string" &&
    message.length > 0
  );
}

/** Excel passes null for an optional argument left out, though the JSDoc signatures (which make the metadata) say string. */
export const OMITTED = null as unknown as string;
