/**
 * @jest-environment jsdom
 */
import { readFileSync } from "fs";
import { join } from "path";
import { FEATURE_GATES } from "../../src/core/capabilities/features";
import {
  localeProblems,
  orderProblems,
  requirementSets,
  resourceFor,
  sharedRuntimeProblems,
} from "./office-rules";

/* manifest.xml against the rules of Microsoft's add-in documentation (learn.microsoft.com/office/dev/add-ins/…,
   sources in OfficeDev/office-js-docs-pr and, for requirement-set tables, OfficeDev/office-js-docs-reference).
   Each test names the document and the rule; each shows that breaking the rule is caught. */

const manifest = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");
const parse = (xml: string) => new DOMParser().parseFromString(xml, "application/xml");
const doc = parse(manifest);

describe("localization (develop/localization: 'You may only specify a single override per language, including for the default locale')", () => {
  test("no element overrides the default locale zh-CN, and none overrides a locale twice", () => {
    expect(localeProblems(doc)).toEqual([]);
  });

  test("an override for zh-CN, as the functions metadata had, is caught", () => {
    const broken = manifest.replace(
      '<bt:Override Locale="en-US" Value="https://localhost:3000/functions.json"/>',
      '<bt:Override Locale="zh-CN" Value="https://localhost:3000/functions-zh-cn.json"/>'
    );
    expect(localeProblems(parse(broken))).toEqual([
      "Functions.Metadata.Url overrides the default locale zh-CN",
    ]);
  });

  /* excel/custom-functions-naming, "Localize your add-in": one metadata file per language, chosen by a bt:Override
     of the metadata URL. Office takes the override for the UI locale, else the default value. */
  test.each([
    ["zh-CN", "functions-zh-cn.json"],
    ["zh-TW", "functions-zh-cn.json"],
    ["en-US", "functions.json"],
    ["de-DE", "functions-zh-cn.json"],
  ])("an Excel in %s reads %s", (locale, file) => {
    expect(resourceFor(doc, "Functions.Metadata.Url", locale)).toBe(
      `https://localhost:3000/${file}`
    );
  });
});

describe("requirements (develop/specify-office-hosts-and-api-requirements, 'Specify requirements in a VersionOverrides element'; manifest/requirements)", () => {
  /* The base <Requirements> decides whether the add-in installs at all ("Only use the base manifest to specify the
     API members that your add-in must have to be of any significant value at all"). Excel.run needs ExcelApi 1.1,
     which Excel 2016 volume-licensed has (requirement-sets/excel/excel-api-requirement-sets), so it installs the
     task pane: the viewer and a values insert. */
  test("the base manifest asks for ExcelApi 1.1 alone: every Excel since 2016 installs the task pane", () => {
    expect(requirementSets(doc).base).toEqual(["ExcelApi 1.1"]);
  });

  /* SharedRuntime 1.1 (requirement-sets/common/shared-runtime-requirement-sets: Microsoft 365 and retail Version
     2002+, Excel 2021 volume-licensed, Mac 16.35, the web) as a child of VersionOverrides: where it is missing, Office
     installs the add-in but ignores the overriding <Hosts> (functions, ribbon button, runtime). The doc's warning:
     then *none* of the add-in commands install. We accept it: our one button opens the pane that the shared runtime
     hosts, Excel 2016 and 2019 volume-licensed have no add-in commands at all (requirement-sets/common/
     add-in-commands-requirement-sets: volume-licensed from Office 2021 only), and the pane opens from My Add-ins. */
  test("VersionOverrides asks for SharedRuntime 1.1, and repeats nothing of the base manifest", () => {
    const { base, overrides } = requirementSets(doc);
    expect(overrides).toContain("SharedRuntime 1.1");
    expect(overrides.filter((set) => base.includes(set))).toEqual([]);
  });

  /* The overrides register the functions, so they ask what the functions use: the formulas gate of the one
     capability check (src/core/capabilities/features.ts), which test/architecture/office-audit.test.ts holds to the
     code. CustomFunctions.Error needs CustomFunctionsRuntime 1.2 and CustomFunctions.ErrorCode 1.3
     (requirement-sets/excel/custom-functions-requirement-sets: Microsoft 365 Version 2008, retail perpetual 2311,
     Excel 2021 volume-licensed 2108, Mac 16.40, the web). Where SharedRuntime 1.1 stands alone (Windows 2002–2007,
     Mac 16.35–16.39) the functions would run but could not build their errors; there the pane opens from My
     Add-ins instead. */
  test("VersionOverrides asks for exactly what the formulas gate needs", () => {
    const needs = FEATURE_GATES.formulas.needs.map((need) => `${need.set} ${need.version}`);
    expect(requirementSets(doc).overrides).toEqual(needs);
  });

  test("SharedRuntime at the top level, which kept Excel 2016 and 2019 from installing anything, is caught", () => {
    const broken = manifest.replace(
      '<Set Name="ExcelApi" MinVersion="1.1"/>',
      '<Set Name="SharedRuntime" MinVersion="1.1"/>'
    );
    expect(requirementSets(parse(broken)).base).toEqual(["SharedRuntime 1.1"]);
  });
});

describe("shared runtime (develop/configure-your-add-in-to-use-a-shared-runtime)", () => {
  /* "Good practice: avoid multiple task panes": under the Host whose Runtime has lifetime long, no Action has a
     TaskpaneId. And "The shared runtime won't load if the resid of the runtime isn't consistent in the manifest":
     the functions' Page and the FunctionFile are the runtime's page. */
  test("no TaskpaneId under the long-lived runtime; functions page and function file are the runtime's page", () => {
    expect(sharedRuntimeProblems(doc)).toEqual([]);
  });

  test("a TaskpaneId, as the button had, or a second page is caught", () => {
    const broken = manifest
      .replace(
        '<Action xsi:type="ShowTaskpane">',
        '<Action xsi:type="ShowTaskpane"><TaskpaneId>ButtonId1</TaskpaneId>'
      )
      .replace(
        '<FunctionFile resid="Taskpane.Url"/>',
        '<FunctionFile resid="Functions.Script.Url"/>'
      );
    expect(sharedRuntimeProblems(parse(broken))).toEqual([
      "a <TaskpaneId> sits under the host of the long-lived shared runtime",
      '<FunctionFile resid="Functions.Script.Url"> is not the runtime\'s page Taskpane.Url',
    ]);
  });
});

describe("element order (develop/manifest-element-ordering: 'Your manifest will not be valid and your add-in will not load, if any element is in the wrong order')", () => {
  test("OfficeApp and VersionOverrides list their children in the schema's order", () => {
    expect(orderProblems(doc)).toEqual([]);
  });

  test("Requirements after Hosts inside VersionOverrides is caught", () => {
    const requirements =
      /\s*<Requirements>\s*<bt:Sets[\s\S]*?<\/Requirements>/.exec(manifest)?.[0] ?? "";
    const broken = manifest
      .replace(requirements, "")
      .replace("    <Resources>", `${requirements}\n    <Resources>`);
    expect(orderProblems(parse(broken))).toEqual([
      "<Requirements> comes after <Hosts> in <VersionOverrides>",
    ]);
  });
});
