import os from "node:os";

// Command-line flags shared by `npm run bench` and `npm run load`.

export const STEPS = ["pipeline", "compare", "render", "import", "search", "cli"] as const;
export type Step = (typeof STEPS)[number];

export interface BenchArgs {
  only: Step[];
  quick: boolean;
  reports: number;
  build: boolean;
  duringImports: number;
  concurrency: number;
  workers: number;
  reimport: boolean;
  /** Render step: also the 4.9 MB report compared all against all, unfolded (computed in a worker: minutes). */
  largeAll: boolean;
}

export const QUICK_REPORTS = 300;
export const FULL_REPORTS = 10_000;

export function parseArgs(argv: string[]): BenchArgs {
  const value = (name: string) => {
    const at = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
    if (at === -1) return undefined;
    return argv[at].includes("=") ? argv[at].split("=")[1] : argv[at + 1];
  };
  const quick = argv.includes("--quick");
  const only = (value("--only") ?? STEPS.join(",")).split(",").map((s) => s.trim()).filter(Boolean);
  const unknown = only.filter((s) => !STEPS.includes(s as Step));
  if (unknown.length) throw new Error(`unknown step(s) ${unknown.join(", ")}; steps are ${STEPS.join(", ")}`);
  const reports = Number(value("--reports") ?? (quick ? QUICK_REPORTS : FULL_REPORTS));
  if (!Number.isInteger(reports) || reports < 1) throw new Error("--reports takes a positive integer");
  return {
    only: only as Step[],
    quick,
    reports,
    build: !argv.includes("--no-build"),
    duringImports: Number(value("--during-imports") ?? 0),
    concurrency: Number(value("--concurrency") ?? 2),
    workers: Number(value("--workers") ?? os.cpus().length),
    reimport: argv.includes("--reimport"),
    largeAll: argv.includes("--large-all"),
  };
}
