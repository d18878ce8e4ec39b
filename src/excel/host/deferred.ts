/** The names of T's members that are functions returning a promise: the actions a deferred module can stand in for. */
export type AsyncMethodOf<T> = {
  [K in keyof T]: T[K] extends (...args: never[]) => Promise<unknown> ? K : never;
}[keyof T];

/**
 * Actions whose code is fetched on the first call: `load` is an `import()`, which webpack makes a chunk of its own,
 * so the pane's first screen does not carry the code that writes to Excel. Every method waits for the one load and
 * then calls the real action. A load that fails (the network dropped) is forgotten, so the next click tries again.
 */
export function deferred<T, K extends AsyncMethodOf<T>>(
  load: () => Promise<T>,
  names: readonly K[]
): Pick<T, K> {
  let loading: Promise<T> | null = null;
  const loaded = (): Promise<T> => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
  const actions = {} as Pick<T, K>;
  for (const name of names) {
    const call = async (...args: unknown[]): Promise<unknown> => {
      const real = (await loaded())[name] as (...args: unknown[]) => Promise<unknown>;
      return real(...args);
    };
    actions[name] = call as T[K];
  }
  return actions;
}
