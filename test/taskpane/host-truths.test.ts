import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";

/*
 * Issue 23: messages that name a host say only what is true of it. WPS loads no Office manifest (README, "Which
 * Excel"), so no ExcelApi requirement set is WPS's to lack; a pane string that blames "some WPS versions" for one is
 * wrong. WPS may be named for what it does with our files (pasting, opening an .xlsx).
 */

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry) ? [path] : [];
  });
}

const ROOT = join(__dirname, "..", "..", "src");

test("no text of the pane or the Excel layer says WPS lacks an Office requirement set", () => {
  const claims = [...sources(join(ROOT, "taskpane")), ...sources(join(ROOT, "excel"))].flatMap(
    (path) =>
      readFileSync(path, "utf8")
        .split("\n")
        .map((line, index) => ({ where: `${path.slice(ROOT.length + 1)}:${index + 1}`, line }))
        .filter(
          ({ line }) => /WPS/.test(line) && /ExcelApi|requirement|不支持|lack|版本不/i.test(line)
        )
        .map(({ where }) => where)
  );
  expect(claims).toEqual([]);
});
