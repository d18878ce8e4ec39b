import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import type { SeedFile, SeedInput } from "../core/catalog/load-catalog";

function readJson(path: string, file: string): SeedFile {
  const text = readFileSync(path, "utf8");
  try {
    return { file, data: JSON.parse(text) };
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads seeds/indicators.json and every seeds/plans/*.json, in file-name order. Adding a document is adding a file. */
export function readSeeds(seedsDir: string): SeedInput {
  const plansDir = join(seedsDir, "plans");
  const plans = readdirSync(plansDir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => readJson(join(plansDir, name), `seeds/plans/${name}`));
  return {
    indicators: readJson(join(seedsDir, "indicators.json"), "seeds/indicators.json"),
    plans,
  };
}

export function readSource(seedsDir: string, source: string): string {
  return readFileSync(join(seedsDir, "sources", source), "utf8");
}
