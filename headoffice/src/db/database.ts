import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type Row = Record<string, unknown>;

/** What a query needs: the pool itself or one transaction. */
export interface Queryable {
  query<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** One transaction; it can also bulk-load rows. */
export interface Transaction extends Queryable {
  /**
   * COPY into `target` (a table and its column list) from CSV text: one COPY stream on PostgreSQL;
   * on PGlite, which takes COPY input only as a blob, one COPY per chunk, so memory holds one chunk.
   */
  copyCsv(target: string, chunks: AsyncIterable<string>): Promise<void>;
}

/**
 * The one database interface head office uses, so the same SQL runs on embedded PGlite (a fresh
 * machine, tests) and on PostgreSQL through `pg` (DATABASE_URL). Parameters that are lists travel
 * as one jsonb parameter, which both drivers pass the same way.
 */
export interface Database extends Queryable {
  readonly kind: 'pglite' | 'pg';
  /** Runs several statements (migrations). */
  exec(sql: string): Promise<void>;
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** PGlite keeps its files in `dataDir` (in memory when omitted) and runs one query at a time. */
export async function openPglite(dataDir?: string): Promise<Database> {
  const db = await PGlite.create(dataDir);
  const run = async <T>(q: { query: PGlite['query'] }, sql: string, params?: unknown[]) => (await q.query<T>(sql, params)).rows;
  return {
    kind: 'pglite',
    query: (sql, params) => run(db, sql, params),
    exec: async (sql) => void (await db.exec(sql)),
    transaction: (fn) => db.transaction((tx) => fn({
      query: (sql, params) => run(tx, sql, params),
      async copyCsv(target, chunks) {
        for await (const chunk of chunks) await tx.query(`COPY ${target} FROM '/dev/blob' (FORMAT csv)`, [], { blob: new Blob([chunk]) });
      },
    })),
    close: () => db.close(),
  };
}

/** PostgreSQL through a pool; `schema` (tests) confines every connection to one schema. */
export function openPostgres(connectionString: string, schema?: string): Database {
  const pool = new pg.Pool({ connectionString, max: 10, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  const run = async <T>(q: pg.Pool | pg.PoolClient, sql: string, params?: unknown[]) => (await q.query(sql, params)).rows as T[];
  return {
    kind: 'pg',
    query: (sql, params) => run(pool, sql, params),
    exec: async (sql) => void (await pool.query(sql)),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          query: (sql, params) => run(client, sql, params),
          copyCsv: (target, chunks) => pipeline(Readable.from(chunks), client.query(copyFrom(`COPY ${target} FROM STDIN (FORMAT csv)`))),
        });
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
