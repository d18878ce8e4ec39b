function hasExcelApi(version: string): boolean {
  return Office.context?.requirements?.isSetSupported("ExcelApi", version) ?? false;
}

/**
 * What this Excel can do for a submission sheet (SubmissionActions.supported): the sheet needs data validation
 * (ExcelApi 1.8); 发送前固化 needs worksheet.copy (1.7) and spill ranges (1.12).
 */
export function submissionSupport(): { insert: boolean; freeze: boolean } {
  return { insert: hasExcelApi("1.8"), freeze: hasExcelApi("1.12") };
}
