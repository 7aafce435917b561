// Test helper: the seed reports verbatim (never edit them), from the one seed reader (seeds/fixtures.ts), by their
// number (000…004) or their file name. Shared by the text, analysis, corrections, search and data tests.
import { loadSeedFixtures, SEED_MANIFEST, seedFixture } from "@/seeds/fixtures";

export type SeedId = "000" | "001" | "002" | "003" | "004";
export const SEED_FILES = Object.fromEntries(SEED_MANIFEST.map((s) => [s.file.slice(0, 3), s.file])) as Record<SeedId, string>;
export const SEED_IDS = Object.keys(SEED_FILES) as SeedId[];
/** The seed files' names (000_6f0d3471dae921c8.txt…), in the manifest's order. */
export const SEED_FILE_NAMES = SEED_MANIFEST.map((s) => s.file);

/** A seed's text by its number (000) or its file name (000_6f0d3471dae921c8.txt). */
export function readSeed(key: SeedId | string): string {
  const found = SEED_MANIFEST.find((s) => s.file === key || s.file.startsWith(`${key}_`));
  if (!found) throw new Error(`no seed ${key}`);
  return seedFixture(found.file).text;
}

export { loadSeedFixtures };
