import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, readdirSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";

/** Parses RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') field += text[i++];
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      rows.push([...row, field]);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/**
 * Opens an .xlsx in LibreOffice and returns its first sheet as CSV cells, saved as stored rather than as shown
 * (filter token 9 = false), UTF-8 (76). A fresh profile avoids lock clashes with other runs.
 */
export function xlsxToCells(file: string): string[][] {
  const out = mkdtempSync(join(tmpdir(), "lo-out-"));
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false",
      "--outdir",
      out,
      file,
    ],
    { stdio: "pipe", timeout: 90000 }
  );
  const csv = readdirSync(out).find((name) => name === basename(file).replace(/\.xlsx$/, ".csv"));
  if (!csv) throw new Error(`LibreOffice wrote no CSV for ${file}`);
  return parseCsv(readFileSync(join(out, csv), "utf8"));
}
