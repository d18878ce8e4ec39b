import type { FakeBook } from "./book";
import type { ClientObject } from "./client-object";
import { FakeWorkbook } from "./worksheet";

interface Command {
  label: string;
  /** The command's arguments as Excel's request would carry them: counted for the request's size. */
  payload: unknown;
  apply: () => void;
}

interface PendingLoad {
  target: ClientObject;
  properties: string[];
}

/** Thrown by sync when an injected failure hits a command (see FakeBook.failCommand). */
export class InjectedFailure extends Error {
  constructor(label: string) {
    super(`GeneralException: injected failure of ${label}`);
    this.name = "InjectedFailure";
  }
}

const bytesOf = (value: unknown): number => JSON.stringify(value ?? null).length;

/** Queues commands and loads; sync() applies the commands in order, then answers the loads. */
export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application = {
    suspendApiCalculationUntilNextSync: (): void =>
      this.queue("application.suspendApiCalculationUntilNextSync", () => undefined),
    /** The fake calculates nothing; the command is logged with its type. */
    calculate: (calculationType: string): void =>
      this.queue(`application.calculate ${calculationType}`, () => undefined, calculationType),
  };
  private commands: Command[] = [];
  private loads: PendingLoad[] = [];
  private created: ClientObject[] = [];

  constructor(readonly book: FakeBook) {
    this.workbook = new FakeWorkbook(this);
  }

  queue(label: string, apply: () => void, payload: unknown = null): void {
    if (this.book.failWhenQueueing === label)
      throw new Error(`Injected failure while queueing ${label}`);
    this.commands.push({ label, payload, apply });
  }

  requestLoad(target: ClientObject, properties: string[]): void {
    this.loads.push({ target, properties });
  }

  track(object: ClientObject): void {
    this.created.push(object);
  }

  /** Whether a sync would send anything: Excel.run's closing sync sends only what is still queued. */
  hasPending(): boolean {
    return this.commands.length > 0 || this.loads.length > 0;
  }

  async sync(): Promise<void> {
    this.book.syncCount++;
    const { commands, loads, created } = this;
    this.commands = [];
    this.loads = [];
    this.created = [];
    const record = {
      commands: commands.length,
      loads: loads.length,
      requestBytes: bytesOf(commands.map(({ label, payload }) => [label, payload])),
      responseBytes: 0,
    };
    this.book.requests.push(record);
    // Like Excel, commands before a failing one stay applied; the failing one and everything after are dropped.
    for (const command of commands) {
      if (this.book.shouldFail(command.label)) throw new InjectedFailure(command.label);
      command.apply();
      this.book.log.push(command.label);
    }
    for (const object of created) object.resolveNull();
    for (const { target, properties } of loads)
      record.responseBytes += bytesOf(target.resolveLoad(properties));
  }
}
