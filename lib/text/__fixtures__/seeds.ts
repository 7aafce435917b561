// Test-only helper: the seed reports verbatim (never edit them), by their number (000…004), from the one seed reader
// (seeds/fixtures.ts).
import { SEED_MANIFEST, seedFixture } from "@/seeds/fixtures";

export const SEED_FILES = Object.fromEntries(SEED_MANIFEST.map((s) => [s.file.slice(0, 3), s.file])) as Record<SeedId, string>;

export type SeedId = "000" | "001" | "002" | "003" | "004";
export const SEED_IDS = Object.keys(SEED_FILES) as SeedId[];

export function readSeed(id: SeedId): string {
  return seedFixture(SEED_FILES[id]).text;
}
