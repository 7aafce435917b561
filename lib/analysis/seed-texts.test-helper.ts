// Test helper: the five seed texts by file name, from the one seed reader (seeds/fixtures.ts).
import { loadSeedFixtures, SEED_MANIFEST, seedFixture } from "@/seeds/fixtures";

export const SEED_FILES = SEED_MANIFEST.map((s) => s.file);

export function readSeed(file: string): string {
  return seedFixture(file).text;
}

export { loadSeedFixtures };
