export interface PostgresConfig {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
}
export function postgresConfig(url: string): PostgresConfig;
export function postgresDatabaseName(url: string): string;
export function withPostgresDatabase(url: string, database: string): string;
