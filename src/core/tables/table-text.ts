import { SheetLayout } from "./sheet-layout";
import { cellValue, TEXT_FORMAT } from "./layout-cells";

/**
 * Text a spreadsheet would run as a formula when pasted: it begins with = + - @ (or their full-width forms, which
 * Chinese input methods produce), or with a tab or carriage return that can hide one (OWASP, "CSV Injection").
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;
/** A sign alone or a plain signed figure ("-" for no data, "-5", "+3%"): read as text or a number, never run. */
const PLAIN_FIGURE = /^[+-]?(?:\d+(?:\.\d+)?%?)?$/;

/**
 * What the clipboard carries for a cell: numbers as they are, text that could run as a formula behind an
 * apostrophe, as the injection guidance says (spreadsheets take a leading apostrophe as "this is text"). Today's
 * documents hold no such text; a user's own registered plan might.
 */
export function neutralised(value: string | number): string | number {
  if (typeof value !== "string" || !FORMULA_START.test(value) || PLAIN_FIGURE.test(value))
    return value;
  return `'${value}`;
}

/** Quotes a field the way Excel and WPS read pasted text: tabs, line breaks and quotes inside quotes. */
function tsvField(value: string | number): string {
  const text = String(neutralised(value));
  return /[\t\r\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The block as tab-separated text, one line per row, for the clipboard. */
export function toTsv(layout: SheetLayout): string {
  return layout.cells
    .map((row) => row.map((cell) => tsvField(cellValue(cell))).join("\t"))
    .join("\r\n");
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/**
 * The block as an HTML table for the clipboard. Excel and WPS prefer HTML over plain text when pasting, and honour
 * mso-number-format: text cells stay text ("30%" is not turned into 0.3, "2-3" not into a date).
 */
export function toClipboardHtml(layout: SheetLayout): string {
  const rows = layout.cells.map((row, rowIndex) => {
    const tds = row.map((cell, columnIndex) => {
      const value = neutralised(cellValue(cell));
      const text =
        layout.numberFormats[rowIndex][columnIndex] === TEXT_FORMAT || value !== cellValue(cell);
      const style = text ? ` style='mso-number-format:"\\@"'` : "";
      return `<td${style}>${escapeHtml(String(value)).replace(/\n/g, "<br style='mso-data-placement:same-cell'>")}</td>`;
    });
    return `<tr>${tds.join("")}</tr>`;
  });
  return `<table>${rows.join("")}</table>`;
}
