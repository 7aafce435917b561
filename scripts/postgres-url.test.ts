// The PostgreSQL URL helpers shared by the TypeScript code and the node scripts (prisma/postgres-url.mjs), and
// pg-reset's refusal, which runs before any connection is made.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { postgresConfig, postgresDatabaseName, withPostgresDatabase } from "@/prisma/postgres-url.mjs";

describe("PostgreSQL URLs", () => {
  it("reads the connection settings, decoding the credentials, with the default port and database", () => {
    expect(postgresConfig("postgresql://duizhao:p%40ss%2Fword@db.example:6543/duizhao_dev")).toEqual({
      host: "db.example", port: 6543, user: "duizhao", password: "p@ss/word", database: "duizhao_dev",
    });
    expect(postgresConfig("postgres://me@localhost")).toEqual({ host: "localhost", port: 5432, user: "me", password: "", database: "postgres" });
  });

  it("names another database on the same server, keeping credentials and options", () => {
    const url = withPostgresDatabase("postgresql://u:secret@127.0.0.1:5432/duizhao?sslmode=disable", "duizhao_test_seed");
    expect(url).toBe("postgresql://u:secret@127.0.0.1:5432/duizhao_test_seed?sslmode=disable");
    expect(postgresDatabaseName(url)).toBe("duizhao_test_seed");
    expect(postgresDatabaseName("postgresql://u@h")).toBe("");
  });

  it("pg-reset refuses a database whose name is not a test, e2e, bench or dev one, before connecting", () => {
    // Port 1: were it to connect, it would fail with a connection error instead of the refusal.
    const run = spawnSync(process.execPath, ["scripts/pg-reset.mjs", "postgresql://u@127.0.0.1:1/duizhao"], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('pg-reset refuses to drop "duizhao"');
  });
});
