import { decideFeatures, Features } from "../../core/capabilities/features";

/**
 * What the running Excel can do, asked of Office once the pane is connected. Outside Office (or before office.js
 * loads) Office.context has no requirements: the pane is then the viewer.
 */
export function officeFeatures(): Features {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  if (typeof requirements?.isSetSupported !== "function") return decideFeatures(null);
  return decideFeatures((set, version) => requirements.isSetSupported(set, version));
}
