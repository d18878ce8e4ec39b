import { useState } from "react";

/**
 * What every panel does around an action: busy while it runs, the previous notice cleared, the action's notice (or
 * null) shown when it ends, and a failure turned into a notice by `failed` — never an unhandled rejection.
 */
export function useBusyTask<N>() {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<N | null>(null);

  async function run(task: () => Promise<N | null>, failed: (error: unknown) => N): Promise<void> {
    setBusy(true);
    setNotice(null);
    try {
      setNotice(await task());
    } catch (error) {
      setNotice(failed(error));
    } finally {
      setBusy(false);
    }
  }

  return { busy, notice, setNotice, run };
}
