// Test helper: the five seed texts, read once.
import { readFileSync } from "node:fs";
import path from "node:path";

export const SEED_FILES = [
  "000_6f0d3471dae921c8.txt",
  "001_6e2dc38416b95792.txt",
  "002_28b7e1935f0577e3.txt",
  "003_d850761e47ed951d.txt",
  "004_eb0d6571eb462b03.txt",
];

const cache = new Map<string, string>();

export function readSeed(file: string): string {
  if (!cache.has(file)) cache.set(file, readFileSync(path.join(process.cwd(), "seeds", file), "utf8"));
  return cache.get(file)!;
}
