import Libsql from 'libsql';

export type Database = InstanceType<typeof Libsql>;

/**
 * Opens the desk's SQLite file for safe writes: WAL so readers never block the writer, and
 * synchronous=FULL so that once a command returns, a power cut loses nothing.
 */
export function openSqlite(file: string): Database {
  const db = new Libsql(file);
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('PRAGMA busy_timeout = 5000');
  return db;
}

/** The first column of the first row, or undefined (libsql's pluck() is not implemented). */
export function scalar<T>(db: Database, sql: string, ...params: unknown[]): T | undefined {
  const row = db.prepare(sql).raw().get(...params) as unknown[] | undefined;
  return row?.[0] as T | undefined;
}
