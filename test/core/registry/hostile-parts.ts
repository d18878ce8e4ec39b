import { MAX_PART_CHARS } from "../../../src/core/registry/registry-xml";

/** A part someone could plant in a workbook, with what the reader must answer; the bench times each. */
export interface HostilePart {
  name: string;
  xml: string;
  refusal: RegExp;
}

const OPEN = '<registry xmlns="urn:plan-targets:workbook-registry" version="1">';
const TEN_MB = 10 * 1024 * 1024;
/** Just under the cap, so the reader's scans, not the size check, answer. */
const UNDER_CAP = MAX_PART_CHARS - 1024;

const fill = (unit: string, length: number) => unit.repeat(Math.floor(length / unit.length));

export function hostileParts(): HostilePart[] {
  return [
    {
      name: "10 MB of <data> never closed",
      xml: OPEN + fill("<data>", TEN_MB),
      refusal: /over the 5 MB/,
    },
    {
      name: "10 MB of nested lists",
      xml: `${OPEN}<data>${fill("[", TEN_MB)}`,
      refusal: /over the 5 MB/,
    },
    {
      name: "5 MB of <data> never closed",
      xml: OPEN + fill("<data>", UNDER_CAP),
      refusal: /never closed/,
    },
    {
      name: "5 MB of <data></data> pairs",
      xml: OPEN + fill("<data>{}</data>", UNDER_CAP),
      refusal: /more than one <data>/,
    },
    {
      name: "5 MB of nested lists",
      xml: `${OPEN}<data>${fill("[", UNDER_CAP)}</data></registry>`,
      refusal: /nests deeper than 32/,
    },
    {
      name: "5 MB of one string never closed",
      xml: `${OPEN}<data>{"aliases":"${fill("观", UNDER_CAP)}</data></registry>`,
      refusal: /is not readable JSON/,
    },
    {
      name: "5 MB start tag",
      xml: `<registry ${fill(" ", UNDER_CAP)}version="1"><data>{}</data></registry>`,
      refusal: /unreadable <registry> tag/,
    },
  ];
}
