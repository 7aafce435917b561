// Generates both Prisma clients (SQLite and PostgreSQL) without the native schema engine.
// `prisma generate` only checks that PRISMA_SCHEMA_ENGINE_BINARY exists; it never runs it offline.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, "scripts/no-schema-engine.sh"), PRISMA_HIDE_UPDATE_MESSAGE: "1" };

execFileSync(process.execPath, [path.join(root, "scripts/derive-pg-schema.mjs")], { stdio: "inherit" });
for (const schema of ["prisma/schema.prisma", "prisma/postgres/schema.prisma"]) {
  execFileSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "generate", "--schema", schema], {
    cwd: root,
    env,
    stdio: "inherit",
  });
}
