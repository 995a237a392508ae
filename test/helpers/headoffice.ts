import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../../headoffice/src/db/database.js';
import { migrate } from '../../headoffice/src/db/migrations.js';
import { buildServer, type ServerOptions } from '../../headoffice/src/http/server.js';

/**
 * A migrated head-office database of its own: in-memory PGlite, or, when DATABASE_URL is set, a
 * fresh schema of that PostgreSQL database that `drop()` removes again.
 */
export async function testDatabase(): Promise<{ db: Database; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const db = await openPglite();
    await migrate(db);
    return { db, drop: () => db.close() };
  }
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const db = openPostgres(url, schema);
  await migrate(db);
  return {
    db,
    drop: async () => {
      await db.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}

/** Head office on 127.0.0.1, a free port, its own database; `close()` stops it and drops the data. */
export async function startHeadOffice(opts: Omit<ServerOptions, 'db'> = {}) {
  const { db, drop } = await testDatabase();
  const app = await buildServer({ db, rateLimit: { max: 100_000, timeWindow: 60_000 }, ...opts });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  return {
    db,
    app,
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      await drop();
    },
  };
}
export type TestHeadOffice = Awaited<ReturnType<typeof startHeadOffice>>;
