import { applyHighlight } from "../../../src/excel/highlight/apply-highlight";
import { ChartRequest, ChartResult, insertChart } from "../../../src/excel/chart/chart";
import { isEdited } from "../../../src/excel/highlight/edited-block";
import { HighlightRequest, HighlightResult } from "../../../src/excel/highlight/highlight";
import { removeHighlight } from "../../../src/excel/highlight/remove-highlight";

/** applyHighlight where the test expects it to colour (no block of ours holds the user's edits). */
export async function applied(
  context: Excel.RequestContext,
  request: HighlightRequest
): Promise<HighlightResult> {
  const outcome = await applyHighlight(context, request);
  if (isEdited(outcome)) throw new Error(`asked about edits at ${outcome.address}`);
  return outcome;
}

/** removeHighlight where the test expects a count. */
export async function removedCount(context: Excel.RequestContext): Promise<number> {
  const outcome = await removeHighlight(context, { locale: "zh" });
  if (isEdited(outcome)) throw new Error(`asked about edits at ${outcome.address}`);
  return outcome;
}

/** insertChart where the test expects a chart (no block of ours holds the user's edits). */
export async function charted(
  context: Excel.RequestContext,
  request: ChartRequest
): Promise<ChartResult> {
  const outcome = await insertChart(context, request);
  if (isEdited(outcome)) throw new Error(`asked about edits at ${outcome.address}`);
  return outcome;
}
