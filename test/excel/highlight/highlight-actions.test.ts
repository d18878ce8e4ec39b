import { excelHighlightActions } from "../../../src/excel/highlight/highlight-actions";

/** The Office global as the host gives it: only the requirement check matters here. */
function stubOffice(isSetSupported: ((name: string, version: string) => boolean) | null): void {
  (globalThis as { Office?: unknown }).Office = {
    context: isSetSupported ? { requirements: { isSetSupported } } : {},
  };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("excelHighlightActions.supported", () => {
  it("asks the host for ExcelApi 1.6, which conditional formats need", () => {
    const isSetSupported = jest.fn().mockReturnValue(true);
    stubOffice(isSetSupported);
    expect(excelHighlightActions.supported()).toBe(true);
    expect(isSetSupported).toHaveBeenCalledWith("ExcelApi", "1.6");
  });

  it("is false on a host without it (older Office, some WPS versions)", () => {
    stubOffice((name, version) => name === "ExcelApi" && Number(version) <= 1.4);
    expect(excelHighlightActions.supported()).toBe(false);
  });

  it("is false outside Office, where the context has no requirements", () => {
    stubOffice(null);
    expect(excelHighlightActions.supported()).toBe(false);
  });
});
