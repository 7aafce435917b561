// Derives prisma/postgres/schema.prisma from prisma/schema.prisma: only the provider and output differ.
// `node scripts/derive-pg-schema.mjs --check` fails when the committed copy has drifted.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const sourcePath = path.join(root, "prisma/schema.prisma");
const targetPath = path.join(root, "prisma/postgres/schema.prisma");

export function derivePostgresSchema(source) {
  const derived = source
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output       = "./generated/sqlite"', 'output       = "../generated/postgres"')
    .replace(/^\/\/ Source schema[^\n]*\n[^\n]*\n/, "// DERIVED from prisma/schema.prisma by scripts/derive-pg-schema.mjs. Do not edit.\n");
  if (derived === source || !derived.includes('"postgresql"') || !derived.includes("generated/postgres")) {
    throw new Error("derive-pg-schema: the source schema no longer has the expected provider/output lines");
  }
  return derived;
}

const derived = derivePostgresSchema(readFileSync(sourcePath, "utf8"));
if (process.argv.includes("--check")) {
  const current = existsSync(targetPath) ? readFileSync(targetPath, "utf8") : "";
  if (current !== derived) {
    console.error("prisma/postgres/schema.prisma has drifted from prisma/schema.prisma: run npm run db:generate");
    process.exit(1);
  }
  console.log("postgres schema matches the source schema");
} else {
  writeFileSync(targetPath, derived);
}
