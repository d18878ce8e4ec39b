/**
 * A user's "this name means …": in `region`, the name as typed on their sheet stands for the catalog's unit `means`.
 * The shape of lookup-speed's WorkbookAlias (unit variant), so that the stored aliases feed `setWorkbook` unchanged.
 */
export interface UnitAlias {
  subject: "unit";
  region: string;
  typed: string;
  means: string;
}
