/**
 * @jest-environment jsdom
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { checkManifest, ManifestExpectations } from "./check-manifest";

const ROOT = join(__dirname, "..", "..");
const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const expectations: ManifestExpectations = {
  distDir: join(ROOT, "dist"),
  origin: "https://localhost:3000",
  version: `${(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version}.0`,
};

beforeAll(() => {
  if (!existsSync(join(ROOT, "dist", "taskpane.html")))
    throw new Error("dist/ is missing: run `npm run build` first");
});

describe("manifest.xml", () => {
  it("holds together, and every URL it names is a file the build produced", () => {
    expect(checkManifest(manifest, expectations)).toEqual([]);
  });

  it("fails when a URL points at a file the build does not produce", () => {
    const broken = manifest.replace(
      "https://localhost:3000/functions.js",
      "https://localhost:3000/function.js"
    );
    expect(checkManifest(broken, expectations)).toEqual([
      `https://localhost:3000/function.js points at ${join(ROOT, "dist", "function.js")}, which the build does not produce`,
    ]);
  });

  it("fails when a resource id is broken", () => {
    const broken = manifest.replace(
      '<SourceLocation resid="Functions.Script.Url"/>',
      '<SourceLocation resid="Functions.Script"/>'
    );
    expect(checkManifest(broken, expectations)).toEqual([
      '<SourceLocation resid="Functions.Script"> names no resource',
      "resource Functions.Script.Url is never used",
    ]);
  });

  it("fails when the add-in id is not a GUID or the version was not bumped with package.json", () => {
    const broken = manifest
      .replace("<Id>722fc02f-", "<Id>xyz-")
      .replace("<Version>1.1.0.0<", "<Version>0.9.0.0<");
    expect(checkManifest(broken, expectations)).toEqual([
      '<Id> must be a GUID, not "xyz-ebe1-46d2-8232-7f2877a6c64d"',
      "<Version> is 0.9.0.0; it must be 1.1.0.0, package.json's version with a fourth part",
    ]);
  });

  it("fails without the PLAN namespace", () => {
    const broken = manifest.replace('DefaultValue="PLAN"', 'DefaultValue="PLANS"');
    expect(checkManifest(broken, expectations)).toEqual([
      "the custom functions namespace is PLANS, not PLAN",
    ]);
  });

  it("asks for no permission beyond ReadWriteDocument", () => {
    const broken = manifest.replace(
      "<Permissions>ReadWriteDocument<",
      "<Permissions>ReadWriteMailbox<"
    );
    expect(checkManifest(broken, expectations)).toEqual([
      "<Permissions> must be ReadWriteDocument",
    ]);
  });
});
