// Issue 16: a second `npm start` while a server runs failed at db:migrate with "migration failed: External error".
// On SQLite the schema engine locks the file exclusively, which it cannot while a server has it open. Now: deploy
// with nothing to apply does not start the engine (so a second server on another port starts), a migration that
// must wait says why, and npm start stops first, with the reason, when its port is taken.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

const root = process.cwd();
const tsx = path.join(root, "node_modules/.bin/tsx");

function migrate(url: string, env: Record<string, string> = {}) {
  const run = spawnSync(tsx, [path.join(root, "scripts/migrate.ts"), "deploy"], { encoding: "utf8", env: { ...process.env, DATABASE_URL: url, ...env }, timeout: 120_000 });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

describe("db:migrate while a server has the SQLite database open", () => {
  it("succeeds when nothing is pending, and says why when a migration must wait for the file", () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "duizhao-second-start-")), "app.db");
    expect(migrate(`file:${file}`).status).toBe(0);
    // What a running server holds: an open connection in WAL mode that has read.
    const server = new Database(file);
    try {
      expect(server.prepare(`SELECT COUNT(*) AS n FROM "Report"`).get()).toEqual({ n: 0 });
      const again = migrate(`file:${file}`);
      expect(again.out).toContain("database schema is up to date");
      expect(again.status).toBe(0);
      // Make the last migration pending again: the engine must now lock the file, which the open connection prevents.
      const last = server.prepare(`SELECT migration_name AS name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`).get() as { name: string };
      server.prepare(`DELETE FROM _prisma_migrations WHERE migration_name = ?`).run(last.name);
      const blocked = migrate(`file:${file}`, { DUIZHAO_SQLITE_BUSY_TIMEOUT_MS: "300" });
      expect(blocked.status).toBe(1);
      expect(blocked.out).toContain("is open in another process");
      expect(blocked.out).toContain("Stop that process");
      expect(blocked.out).not.toMatch(/\n\s+at /); // no Wasm stack
    } finally {
      server.close();
    }
  });
});

describe("npm start's port check", () => {
  const check = (port: number) => spawnSync(process.execPath, [path.join(root, "scripts/check-port.mjs")], { encoding: "utf8", env: { ...process.env, PORT: String(port), DUIZHAO_HOST: "127.0.0.1" } });

  it("stops with the reason when the port is taken, and passes when it is free", async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    const port = (holder.address() as net.AddressInfo).port;
    try {
      const taken = check(port);
      expect(taken.status).toBe(1);
      expect(taken.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(taken.stderr).toContain("nothing was migrated or built");
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
    expect(check(port).status).toBe(0);
  });
});
