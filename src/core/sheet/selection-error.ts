/** Thrown when the selection holds nothing to compare; `reason` picks the message in the pane's strings. */
export class SelectionError extends Error {
  constructor(readonly reason: "empty" | "too-large") {
    super(`selection: ${reason}`);
    this.name = "SelectionError";
  }
}
