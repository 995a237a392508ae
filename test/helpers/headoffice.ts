import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** A certificate for 127.0.0.1 valid for a day, made now (PEM files in a temp dir), and its contents. */
export function selfSignedCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'headoffice-tls-'));
  const [certFile, keyFile] = [join(dir, 'cert.pem'), join(dir, 'key.pem')];
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', keyFile, '-out', certFile,
  ], { stdio: 'ignore' });
  return { dir, certFile, keyFile, cert: readFileSync(certFile), key: readFileSync(keyFile) };
}
