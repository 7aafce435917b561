import { execFileSync } from "node:child_process";
import os from "node:os";

/** Facts that make two result files comparable. */
export function machineFacts() {
  const git = (args: string[]) => {
    try {
      return execFileSync("git", args, { encoding: "utf8" }).trim();
    } catch {
      return null;
    }
  };
  return {
    date: new Date().toISOString(),
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memoryGb: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    loadAverage: os.loadavg().map((n) => Number(n.toFixed(2))),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    commit: git(["rev-parse", "--short", "HEAD"]),
    gitVersion: git(["--version"]),
    dirtyTree: (git(["status", "--porcelain"]) ?? "").length > 0,
  };
}
