// PostgreSQL connection URLs, in plain JavaScript so that node scripts (pg-reset.mjs) share them with the TypeScript
// code (database-url.ts, the test and bench helpers). Types in postgres-url.d.mts.

/** Connection settings for pg / adapter-pg from a postgresql:// URL (a config object, not a URL string). */
export function postgresConfig(url) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: postgresDatabaseName(url) || "postgres",
  };
}

/** The database a postgresql:// URL names ("" when it names none). */
export function postgresDatabaseName(url) {
  return new URL(url).pathname.replace(/^\//, "");
}

/** The same server (and credentials) as `url`, another database. */
export function withPostgresDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
