/**
 * Whether the host has Excel.PageLayout (ExcelApi 1.9). Outside Office (tests with the recording fake) there is no
 * requirement to check; an older Excel skips the print setup rather than failing the whole write.
 */
export function pageLayoutSupported(): boolean {
  if (typeof Office === "undefined") return true;
  return Office.context?.requirements?.isSetSupported("ExcelApi", "1.9") ?? true;
}
