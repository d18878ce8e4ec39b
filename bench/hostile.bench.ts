import { join } from "path";
import { loadCatalog } from "../src/core/catalog/load-catalog";
import { registryFromXml } from "../src/core/registry/registry-xml";
import { readSeeds } from "../src/node/read-seeds";
import { hostileParts } from "../test/core/registry/hostile-parts";
import { hostileGrids, hostileJson } from "../test/core/registry/hostile-grids";
import { GridError } from "../src/core/registry/grid-error";
import { planFromJson } from "../src/core/registry/plan-json";
import { readGrid } from "../src/core/registry/read-grid";
import { median, timeMs } from "./timing";

/*
 * Issue 22: how long the readers of outside data take on hostile input: the registry reader on a planted part (on
 * 7d9ae08 a 1.2 MB unclosed <data> took 102 s), the register tab's grid reader on a paste and its JSON import. Each
 * against a floor measured on the same input in the same run, the least any reader must do (one scan of the text).
 * Goal: under 1 s each, and a small multiple of the floor.
 */
export async function benchHostile(): Promise<string[]> {
  const catalog = loadCatalog(readSeeds(join(__dirname, "..", "seeds")));
  const indicators = new Set(catalog.indicators.map((indicator) => indicator.id));
  const lines = [
    "registry reader on hostile parts (median of 5; floor = one indexOf scan of the part):",
  ];
  for (const hostile of hostileParts()) {
    const refuse = () => {
      try {
        registryFromXml(hostile.xml, indicators);
      } catch {
        return;
      }
      throw new Error(`${hostile.name} was read`);
    };
    lines.push(line(hostile.name, hostile.xml.length, refuse, () => hostile.xml.indexOf("\u0001")));
  }
  lines.push("register tab's pasted grids (floor = one indexOf scan of every cell):");
  for (const hostile of hostileGrids()) {
    const answer = () => {
      try {
        readGrid(hostile.grid, { documentYear: 2023 });
      } catch (error) {
        if (!(error instanceof GridError)) throw error;
      }
    };
    const floor = () =>
      hostile.grid.forEach((row) => row.forEach((cell) => cell.indexOf("\u0001")));
    const chars = hostile.grid.reduce((sum, row) => sum + row.join("").length, 0);
    lines.push(line(hostile.name, chars, answer, floor));
  }
  lines.push("register tab's imported JSON (floor = one indexOf scan of the text):");
  for (const hostile of hostileJson()) {
    const refuse = () => {
      if (planFromJson(hostile.text, indicators).plan) throw new Error(`${hostile.name} was read`);
    };
    lines.push(
      line(hostile.name, hostile.text.length, refuse, () => hostile.text.indexOf("\u0001"))
    );
  }
  return lines;
}

/** One input's median time against its floor's, both of 5 runs in this process. */
function line(name: string, chars: number, run: () => void, floor: () => void): string {
  const ms = median(Array.from({ length: 5 }, () => timeMs(run)));
  const floorMs = median(Array.from({ length: 5 }, () => timeMs(floor)));
  const size = `${(chars / 1024 / 1024).toFixed(1)} M chars`;
  return `  ${name.padEnd(34)} ${size.padStart(12)}  ${ms.toFixed(2).padStart(8)} ms   floor ${floorMs
    .toFixed(2)
    .padStart(
      6
    )} ms   ratio ${(ms / Math.max(floorMs, 0.001)).toFixed(1)}×${ms < 1000 ? "" : "  OVER 1 s"}`;
}
