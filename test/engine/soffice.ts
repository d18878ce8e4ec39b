import { execFileSync } from "child_process";
import { join } from "path";

/** Converts `file` (named highlight.xlsx) with LibreOffice headless, which recalculates it; returns the output path. */
export function convert(file: string, format: string, directory: string): string {
  execFileSync(
    "soffice",
    [
      "--headless",
      `-env:UserInstallation=file://${directory}/profile`,
      "--convert-to",
      format,
      "--outdir",
      directory,
      file,
    ],
    { stdio: "ignore", timeout: 60_000 }
  );
  const base = file.replace(/^.*\//, "").replace(/\.[^.]+$/, "");
  return join(directory, `${base}.${format.split(":")[0]}`);
}

/** The PDF's first page as `<base>.png` at `dpi` (pdftoppm), to look at what a printed sheet shows. */
export function firstPagePicture(pdf: string, base: string, dpi: number): void {
  execFileSync("pdftoppm", ["-png", "-r", String(dpi), "-singlefile", pdf, base]);
}
