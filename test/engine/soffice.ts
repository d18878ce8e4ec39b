import { execFileSync } from "child_process";
import { join } from "path";

/** Converts `file` (named highlight.xlsx) with LibreOffice headless, which recalculates it; returns the output path. */
export function convert(file: string, format: string, directory: string): string {
  return convertAll([file], format, directory)[0];
}

/** Converts several files in one LibreOffice run (one start-up instead of one each); returns the output paths. */
export function convertAll(files: string[], format: string, directory: string): string[] {
  execFileSync(
    "soffice",
    [
      "--headless",
      `-env:UserInstallation=file://${directory}/profile`,
      "--convert-to",
      format,
      "--outdir",
      directory,
      ...files,
    ],
    { stdio: "ignore", timeout: 60_000 * Math.max(1, Math.ceil(files.length / 10)) }
  );
  return files.map((file) => {
    const base = file.replace(/^.*\//, "").replace(/\.[^.]+$/, "");
    return join(directory, `${base}.${format.split(":")[0]}`);
  });
}

/** The PDF's first page as `<base>.png` at `dpi` (pdftoppm), to look at what a printed sheet shows. */
export function firstPagePicture(pdf: string, base: string, dpi: number): void {
  execFileSync("pdftoppm", ["-png", "-r", String(dpi), "-singlefile", pdf, base]);
}
