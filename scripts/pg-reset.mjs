// Drops and recreates a PostgreSQL database (for tests), with a UTF-8 ctype so pg_trgm indexes Chinese.
import pg from "pg";
import { postgresConfig, postgresDatabaseName } from "../prisma/postgres-url.mjs";

const url = process.argv[2] ?? process.env.DATABASE_URL;
const database = postgresDatabaseName(url);
if (!/^[a-z0-9_]+$/.test(database) || !/test|e2e|bench|dev/.test(database)) {
  console.error(`pg-reset refuses to drop "${database}": only test, e2e, bench or dev databases`);
  process.exit(1);
}
const admin = new pg.Client({ ...postgresConfig(url), database: "postgres" });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
await admin.query(`CREATE DATABASE "${database}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
await admin.end();
console.log(`reset PostgreSQL database ${database}`);
