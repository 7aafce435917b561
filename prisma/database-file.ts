// The SQLite file the data layer opened, and whether it is still the one at DATABASE_URL's path. A file deleted under
// a running server stays open: writes "succeed" into an unlinked inode and are gone at the next start. A file replaced
// by another (a copy, a fresh migrate) is a different database than the one this process has open.
import { statSync } from "node:fs";
import path from "node:path";

export type DatabaseFileProblem = "no-folder" | "missing" | "gone";

/** Thrown instead of opening or using a SQLite file that is not there (or not the one opened); db-errors names it. */
export class DatabaseFileError extends Error {
  readonly code: string;
  constructor(readonly problem: DatabaseFileProblem, readonly file: string) {
    super(
      problem === "no-folder"
        ? `Cannot open database because the directory does not exist: ${path.dirname(file)}`
        : problem === "missing"
          ? `The database file does not exist: ${file}`
          : `The database file was deleted or replaced while in use: ${file}`,
    );
    this.code = { "no-folder": "DUIZHAO_DB_NO_FOLDER", missing: "DUIZHAO_DB_MISSING", gone: "DUIZHAO_DB_GONE" }[problem];
  }
}

export interface FileIdentity {
  dev: number;
  ino: number;
}

function identityOf(file: string): FileIdentity | null {
  try {
    const stat = statSync(file);
    return { dev: stat.dev, ino: stat.ino };
  } catch {
    return null;
  }
}

/**
 * Before opening: the file must exist. Opening would otherwise create an empty database, which only the migration
 * may do (npm run db:migrate). Returns the identity to check against later.
 */
export function existingDatabaseFile(file: string): FileIdentity {
  const identity = identityOf(file);
  if (identity) return identity;
  throw new DatabaseFileError(identityOf(path.dirname(file)) ? "missing" : "no-folder", file);
}

/** While open: the path must still name the same file (device and inode). */
export function assertSameDatabaseFile(file: string, opened: FileIdentity): void {
  const now = identityOf(file);
  if (!now || now.dev !== opened.dev || now.ino !== opened.ino) throw new DatabaseFileError("gone", file);
}
