import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { planLookup } from "../../src/core/catalog/embedded";
import { buildSubmission } from "../../src/core/submission/build-submission";
import { buildSheetSpecXlsx } from "../../src/export/sheet-spec-xlsx";
import { shippedCatalog } from "../data/seeds";
import { submissionWalks } from "../core/submission/submission-walks";
import { convertAll, firstPagePicture } from "./soffice";

/*
 * Every submission sheet the pane can make for the shipped documents, printed by LibreOffice: each on one A4 page
 * (the shipped tables have at most 28 units, and a sheet of up to ~40 fits legibly), the units, the 合计 and the
 * signature footer on the same page. Pictures of two of them are kept in test-output/submission/ to look at.
 */

const OUTPUT = join(__dirname, "..", "..", "test-output", "submission");
const walks = submissionWalks(shippedCatalog(), ["published"]);
const PICTURES = [
  "江北区 high-tech-enterprises all published",
  "永川区 high-tech-enterprises+tech-enterprises all published",
];

describe("every submission sheet the pane offers, printed", () => {
  const directory = mkdtempSync(join(tmpdir(), "lo-submission-pages-"));
  const printed = new Map<string, string>();

  beforeAll(async () => {
    const files: string[] = [];
    for (const [index, walk] of walks.entries()) {
      const file = join(directory, `sheet-${index}.xlsx`);
      const sheet = buildSubmission(planLookup(), walk.request);
      writeFileSync(file, Buffer.from(await buildSheetSpecXlsx(sheet)));
      files.push(file);
    }
    convertAll(files, "pdf", directory).forEach((pdf, index) =>
      printed.set(walks[index].label, pdf)
    );
    mkdirSync(OUTPUT, { recursive: true });
    PICTURES.forEach((label, index) =>
      firstPagePicture(printed.get(label) ?? "", join(OUTPUT, `one-page-${index + 1}`), 80)
    );
  }, 300_000);

  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  test("the walk holds the sheets the pictures show", () => {
    expect(walks.map((walk) => walk.label)).toEqual(expect.arrayContaining(PICTURES));
    expect(walks.length).toBeGreaterThanOrEqual(16);
  });

  test.each(walks.map((walk) => [walk.label]))(
    "%s: one A4 page with its units, 合计 and footer",
    (label) => {
      const pdf = printed.get(label) ?? "";
      const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
      expect(/Pages:\s+(\d+)/.exec(info)?.[1]).toBe("1");
      expect(info).toMatch(/Page size:\s+(841\.\d+ x 595\.\d+|595\.\d+ x 841\.\d+) pts/);
      const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
      expect(text).toContain("单位负责人");
      if (!/ [12] published$/.test(label)) expect(text).toContain("合计");
    }
  );
});
