import { decideFeatures, VIEWER_ONLY } from "../../../src/core/capabilities/features";
import { officeFeatures } from "../../../src/excel/host/capabilities";
import { HOSTS, supportsOf } from "../../core/capabilities/hosts";

const globals = globalThis as { Office?: unknown };

afterEach(() => delete globals.Office);

describe("officeFeatures", () => {
  test("asks Office.context.requirements.isSetSupported, as Microsoft's runtime check does", () => {
    const isSetSupported = jest.fn(supportsOf(HOSTS.excelApi16));
    globals.Office = { context: { requirements: { isSetSupported } } };
    expect(officeFeatures()).toEqual(decideFeatures(supportsOf(HOSTS.excelApi16)));
    expect(isSetSupported).toHaveBeenCalledWith("ExcelApi", "1.6");
    expect(isSetSupported).toHaveBeenCalledWith("SharedRuntime", "1.1");
    expect(isSetSupported).toHaveBeenCalledWith("CustomFunctionsRuntime", "1.3");
  });

  test("outside Office, or where the context has no requirements, the viewer alone", () => {
    expect(officeFeatures()).toEqual(VIEWER_ONLY);
    globals.Office = { context: {} };
    expect(officeFeatures()).toEqual(VIEWER_ONLY);
  });
});
