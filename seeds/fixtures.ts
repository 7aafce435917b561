// The five seed reports as the manifest lists them: the one reader of seeds/manifest.json for the seed script, the
// tests, the benchmark and the output check. Read once per process.
import { readFileSync } from "node:fs";
import path from "node:path";
import manifest from "./manifest.json";

export interface SeedFixture {
  /** The file name in seeds/ (000_….txt). */
  file: string;
  /** The stable slug documented URLs use. */
  slug: string;
  /** The path relative to the project folder (seeds/000_….txt). */
  path: string;
  bytes: Buffer;
  text: string;
}

export const SEED_DIR = path.join(process.cwd(), "seeds");

export const SEED_MANIFEST: readonly { file: string; slug: string }[] = manifest.seeds;

let cache: SeedFixture[] | null = null;

export function loadSeedFixtures(): SeedFixture[] {
  cache ??= SEED_MANIFEST.map(({ file, slug }) => {
    const bytes = readFileSync(path.join(SEED_DIR, file));
    return { file, slug, path: path.join("seeds", file), bytes, text: bytes.toString("utf8") };
  });
  return cache;
}

/** The file name (000_….txt) of the seed with this slug. */
export function seedFile(slug: string): string {
  const found = SEED_MANIFEST.find((s) => s.slug === slug);
  if (!found) throw new Error(`no seed "${slug}" in seeds/manifest.json`);
  return found.file;
}

/** One seed by its file name (000_….txt) or slug. */
export function seedFixture(fileOrSlug: string): SeedFixture {
  const found = loadSeedFixtures().find((s) => s.file === fileOrSlug || s.slug === fileOrSlug);
  if (!found) throw new Error(`no seed "${fileOrSlug}" in seeds/manifest.json`);
  return found;
}
