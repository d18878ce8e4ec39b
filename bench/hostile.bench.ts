import { join } from "path";
import { loadCatalog } from "../src/core/catalog/load-catalog";
import { registryFromXml } from "../src/core/registry/registry-xml";
import { readSeeds } from "../src/node/read-seeds";
import { hostileParts } from "../test/core/registry/hostile-parts";
import { median, timeMs } from "./timing";

/*
 * Issue 22: how long the registry reader takes to refuse a planted part (on 7d9ae08 a 1.2 MB unclosed <data> took
 * 102 s). Against a floor measured on the same input in the same run: one scan of the whole part (indexOf of a
 * character it does not hold), the least any reader must do. Goal: under 1 s each, and a small multiple of the floor.
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
    const ms = median(Array.from({ length: 5 }, () => timeMs(refuse)));
    const floor = median(
      Array.from({ length: 5 }, () => timeMs(() => hostile.xml.indexOf("\u0001")))
    );
    const size = `${(hostile.xml.length / 1024 / 1024).toFixed(1)} M chars`;
    lines.push(
      `  ${hostile.name.padEnd(34)} ${size.padStart(12)}  ${ms.toFixed(2).padStart(8)} ms   floor ${floor
        .toFixed(2)
        .padStart(
          6
        )} ms   ratio ${(ms / Math.max(floor, 0.001)).toFixed(1)}×${ms < 1000 ? "" : "  OVER 1 s"}`
    );
  }
  return lines;
}
