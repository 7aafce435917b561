// Step 6: start-up of the CLI. `node bin/duizhao.js --help` and `… analyze <seed> --json` through the compiled CLI
// (dist/cli, in one process) and through the sources (tsx in a child, DUIZHAO_CLI_SOURCE=1, how every run went
// before), each against the anchor `node -e 1` in the same run: the ratios are what count on a shared machine.
import { spawnSync } from "node:child_process";
import { ROOT } from "./seeds";
import { round, stats, timeMs, type Stats } from "./timing";

export const CLI_SEED = "seeds/004_eb0d6571eb462b03.txt";

export interface CliRow {
  name: string;
  command: string;
  ms: Stats;
  /** median / the anchor's median */
  ratio: number;
}

function run(args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} exited with ${result.status}: ${result.stderr.slice(-500)}`);
  if (result.stderr.includes("提示 / hint")) throw new Error(`node ${args.join(" ")} did not run the compiled CLI: ${result.stderr.trim()}`);
}

export async function runCli(opts: { quick: boolean }) {
  // Measure what `npm install` / `npm run build` would leave: a compiled CLI made from the current sources.
  const build = spawnSync(process.execPath, ["scripts/build-cli.mjs", "--if-stale"], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`could not compile the CLI: ${build.stderr}`);
  const runs = opts.quick ? 5 : 11;
  const compiled = { ...process.env };
  delete compiled.DUIZHAO_CLI_SOURCE;
  const sources = { ...compiled, DUIZHAO_CLI_SOURCE: "1" };
  const cases: { name: string; args: string[]; env: NodeJS.ProcessEnv }[] = [
    { name: "anchor", args: ["-e", "1"], env: compiled },
    { name: "compiled", args: ["bin/duizhao.js", "--help"], env: compiled },
    { name: "compiled", args: ["bin/duizhao.js", "analyze", CLI_SEED, "--json"], env: compiled },
    { name: "sources (tsx)", args: ["bin/duizhao.js", "--help"], env: sources },
    { name: "sources (tsx)", args: ["bin/duizhao.js", "analyze", CLI_SEED, "--json"], env: sources },
  ];
  // Round-robin (anchor, then each command, again and again): on a shared machine every row sees the same load.
  const times: number[][] = cases.map(() => []);
  for (let round = 0; round <= runs; round++) {
    for (const [i, c] of cases.entries()) {
      const { ms } = await timeMs(() => run(c.args, c.env));
      if (round > 0) times[i].push(ms); // round 0 warms the file cache
    }
  }
  const measured = cases.map((c, i) => ({ name: c.name, command: `node ${c.args.join(" ")}`, ms: stats(times[i]) }));
  const anchor = measured[0].ms.median;
  const rows: CliRow[] = measured.map((m) => ({ ...m, ratio: round(m.ms.median / anchor, 1) }));
  return { rows };
}
