import type { RequirementSet, SupportCheck } from "../../../src/core/capabilities/requirements";

/** Highest supported version of each requirement set; a set left out is not supported at all. */
export type HostSets = Partial<Record<RequirementSet, string>>;

function atMost(version: string, highest: string): boolean {
  const [major, minor] = version.split(".").map(Number);
  const [topMajor, topMinor] = highest.split(".").map(Number);
  return major < topMajor || (major === topMajor && minor <= topMinor);
}

/** isSetSupported as a host with these sets answers it: every version up to the highest. */
export function supportsOf(sets: HostSets): SupportCheck {
  return (set, version) => {
    const highest = sets[set];
    return highest !== undefined && atMost(version, highest);
  };
}

/* Hosts from Microsoft's requirement-set tables (OfficeDev/office-js-docs-reference, docs/requirement-sets/excel/
   excel-api-requirement-sets.md, custom-functions-requirement-sets.md and common/shared-runtime-requirement-sets.md).
   Each is named after the oldest Excel that has exactly these sets. */
export const HOSTS = {
  /** Office 2016 volume-licensed: ExcelApi 1.1 only; no custom functions, no shared runtime. */
  excel2016VolumeLicensed: { ExcelApi: "1.1" },
  /** ExcelApi 1.4: Microsoft 365 Version 1701, Mac 15.36 (and Office 2019 volume-licensed builds before 1704). */
  excelApi14: { ExcelApi: "1.4" },
  /** ExcelApi 1.6: Microsoft 365 Version 1704. */
  excelApi16: { ExcelApi: "1.6" },
  /** Office 2019 volume-licensed: up to ExcelApi 1.7; no custom functions, no shared runtime. */
  excel2019VolumeLicensed: { ExcelApi: "1.7" },
  /** Microsoft 365 Version 2002–2310 retail perpetual: SharedRuntime 1.1 but no CustomFunctionsRuntime (2311+). */
  retailWithoutFunctions: { ExcelApi: "1.11", SharedRuntime: "1.1" },
  /** Office 2021 volume-licensed, Version 2108: ExcelApi 1.14, SharedRuntime 1.1, CustomFunctionsRuntime 1.3. */
  excel2021VolumeLicensed: {
    ExcelApi: "1.14",
    SharedRuntime: "1.1",
    CustomFunctionsRuntime: "1.3",
  },
  /** Microsoft 365 today, Excel on the web, Mac. */
  current: { ExcelApi: "1.20", SharedRuntime: "1.2", CustomFunctionsRuntime: "1.5" },
} satisfies Record<string, HostSets>;
