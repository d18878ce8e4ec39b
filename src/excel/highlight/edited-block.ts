/** A block of ours holds cells the user changed since: nothing was written, and the pane asks before replacing them. */
export interface EditedBlock {
  status: "edited";
  address: string;
}

export function isEdited(outcome: unknown): outcome is EditedBlock {
  return typeof outcome === "object" && outcome !== null && "status" in outcome;
}
