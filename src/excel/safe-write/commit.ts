import type { Locale } from "../../core/i18n/locale";
import { BeforeState, Snapshot, snapshotOf } from "./before-state";
import { undoWrites } from "./undo";
import { WriteFailedError } from "./write-failed";

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The writes of one action, sent in one batch or a fixed number of them (to keep each request small). Excel does not
 * roll back a failed batch (the commands before the failing one stay applied), so when any batch fails this undoes
 * every batch sent so far against the state captured before the first (see undoWrites) and throws a WriteFailedError
 * that tells the user whether the sheet is as it was.
 */
export class WriteSession {
  private readonly snapshot: Snapshot;

  constructor(
    private readonly context: Excel.RequestContext,
    before: BeforeState,
    private readonly locale: Locale,
    private readonly extra?: () => void
  ) {
    this.snapshot = snapshotOf(before);
  }

  /** Sends what is queued. */
  async commit(): Promise<void> {
    try {
      await this.context.sync();
    } catch (error) {
      let undone = true;
      try {
        await undoWrites(this.context, this.snapshot, this.extra);
      } catch {
        undone = false;
      }
      throw new WriteFailedError(undone, reasonOf(error), this.locale);
    }
  }
}

/** Sends the queued writes of an action that fits one batch; see WriteSession. */
export function commitWrites(
  context: Excel.RequestContext,
  before: BeforeState,
  locale: Locale,
  extra?: () => void
): Promise<void> {
  return new WriteSession(context, before, locale, extra).commit();
}
