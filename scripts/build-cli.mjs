// Compiles the CLI (scripts/cli/main.ts and everything it imports from lib/ and prisma/) into plain JavaScript under
// dist/cli, so that bin/duizhao.js runs it in its own process without tsx. Run by `npm install` (postinstall),
// `npm run build` and the CLI tests' global setup. docs/decisions/008-compiled-cli.md
//
// Packages stay in node_modules (better-sqlite3 is native, Prisma's runtime loads its Wasm from its package). The one
// exception is `server-only`: the CLI runs the data layer as the server does, so only this bundle maps the guard to its
// empty module; Next still resolves the real guard for client components.
import { build } from "esbuild";
import { createRequire } from "node:module";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "dist", "cli");

const packages = {
  name: "packages",
  setup(b) {
    b.onResolve({ filter: /^server-only$/ }, () => ({ path: path.join(root, "node_modules/server-only/empty.js") }));
    // Packages are loaded from node_modules at run time, except JSON data (Node's ESM loader wants an import attribute).
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith("@/") || args.path.endsWith(".json") ? undefined : { path: args.path, external: true }));
  },
};

export async function buildCli() {
  // Built beside the old copy, then swapped in: a CLI started meanwhile runs a whole old build, never a half-written one.
  const staging = `${out}.${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { cli: "scripts/cli/main.ts" },
    outdir: staging,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true, // each command is a chunk loaded on demand: `--help` reads almost nothing
    format: "esm",
    platform: "node",
    target: "node20",
    tsconfig: "tsconfig.json",
    plugins: [packages],
    // Bundled CommonJS-style code (require of node: built-ins) inside an ES module.
    banner: { js: 'import { createRequire as __duizhaoRequire } from "node:module"; const require = __duizhaoRequire(import.meta.url);' },
    metafile: true,
    logLevel: "warning",
  });
  // The sources this build was made from: bin/duizhao.js falls back to tsx when one of them is newer than the build.
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith("node_modules/")).sort();
  writeFileSync(path.join(staging, "inputs.json"), `${JSON.stringify(inputs)}\n`);
  mkdirSync(path.dirname(out), { recursive: true });
  const old = `${out}.old.${process.pid}`;
  try {
    renameSync(out, old);
  } catch {
    // no previous build
  }
  renameSync(staging, out);
  rmSync(old, { recursive: true, force: true });
  return inputs.length;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // --if-stale (the tests' global setup): build only when bin/duizhao.js would not run the compiled CLI.
  if (process.argv.includes("--if-stale") && createRequire(import.meta.url)("../bin/compiled-cli.js").staleness() === null) process.exit(0);
  const started = performance.now();
  const count = await buildCli();
  console.log(`compiled the CLI (${count} source files) into dist/cli in ${Math.round(performance.now() - started)} ms`);
}
