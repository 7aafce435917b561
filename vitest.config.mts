import { defineConfig } from "vitest/config";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const __dirname = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    // The data layer is marked server-only; tests run it as the server would.
    alias: { "@": path.resolve(__dirname), "server-only": path.resolve(__dirname, "node_modules/server-only/empty.js") },
    conditions: ["react-server"],
  },
  test: {
    include: ["lib/**/*.test.ts", "eval/**/*.test.ts", "scripts/**/*.test.ts", "seeds/**/*.test.ts", "tests/**/*.test.ts"],
    exclude: ["e2e/**", "node_modules/**"],
    environment: "node",
    globalSetup: ["scripts/cli/compiled-cli.global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    fileParallelism: true,
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core CI machine. Many files wait on child
    // processes (the CLI, migrations, servers), so at least two workers: they finish the suite in about 60 % of the time.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
  },
});
