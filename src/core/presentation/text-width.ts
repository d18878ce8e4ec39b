/*
 * How wide a text prints, in Excel's column-width unit (the width of "0" in the default font). A Chinese character,
 * full-width punctuation or a full-width form is about twice as wide as a digit in the fonts Excel, WPS and
 * LibreOffice use for Chinese, so it counts 2; everything else counts 1. A text of several lines is as wide as its
 * widest line.
 */

const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u201C\u201D\u2018\u2019\u2014\u2026\u2103\u00D7\u3008-\u3011]/;

function lineWidth(line: string): number {
  let width = 0;
  for (const char of line) width += WIDE.test(char) ? 2 : 1;
  return width;
}

export function textWidth(text: string): number {
  return Math.max(0, ...text.split("\n").map(lineWidth));
}
