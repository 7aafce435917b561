#!/usr/bin/env node
// `npx duizhao …`: Node 20 cannot run TypeScript itself, so start the CLI through tsx with the
// react-server condition (the data layer is marked server-only).
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
const result = spawnSync(process.execPath, [tsx, "--conditions=react-server", "--tsconfig", path.join(root, "tsconfig.json"), path.join(root, "scripts", "cli", "main.ts"), ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, DUIZHAO_ROOT: process.env.DUIZHAO_ROOT ?? root },
});
process.exit(result.status ?? 1);
