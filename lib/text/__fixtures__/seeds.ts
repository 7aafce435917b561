// Test-only helper: reads the seed reports verbatim (never edit them).
import { readFileSync } from "node:fs";
import path from "node:path";

export const SEED_FILES = {
  "000": "000_6f0d3471dae921c8.txt",
  "001": "001_6e2dc38416b95792.txt",
  "002": "002_28b7e1935f0577e3.txt",
  "003": "003_d850761e47ed951d.txt",
  "004": "004_eb0d6571eb462b03.txt",
} as const;

export type SeedId = keyof typeof SEED_FILES;
export const SEED_IDS = Object.keys(SEED_FILES) as SeedId[];

const cache = new Map<SeedId, string>();

export function readSeed(id: SeedId): string {
  let text = cache.get(id);
  if (text === undefined) {
    text = readFileSync(path.resolve(__dirname, "../../../seeds", SEED_FILES[id]), "utf8");
    cache.set(id, text);
  }
  return text;
}
