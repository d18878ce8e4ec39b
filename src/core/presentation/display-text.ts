/*
 * The text a number shows under one of the number formats the add-in writes ("0", "0.0", "#,##0", "#,##0.00",
 * "0.0%", "+0.0;-0.0;0.0"), so that the pane's preview and the column widths read exactly what the sheet prints.
 * Any other format shows the number as General would.
 */

function grouped(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function fixed(value: number, pattern: string): string {
  const percent = pattern.endsWith("%");
  const body = percent ? pattern.slice(0, -1) : pattern;
  const decimals = body.split(".")[1]?.length ?? 0;
  const [whole, fraction] = Math.abs(percent ? value * 100 : value)
    .toFixed(decimals)
    .split(".");
  const integer = body.includes(",") ? grouped(whole) : whole;
  return `${integer}${fraction ? `.${fraction}` : ""}${percent ? "%" : ""}`;
}

const SIMPLE = /^(#,##)?0(\.0+)?%?$/;

export function displayText(value: string | number, format: string): string {
  if (typeof value === "string") return value;
  const sections = format.split(";");
  const positive = sections[0].replace(/^\+/, "");
  if (!SIMPLE.test(positive)) return String(value);
  if (sections.length === 3) {
    if (value === 0) return fixed(0, sections[2]);
    const sign = value > 0 ? (sections[0].startsWith("+") ? "+" : "") : "-";
    return `${sign}${fixed(value, positive)}`;
  }
  return `${value < 0 ? "-" : ""}${fixed(value, positive)}`;
}
