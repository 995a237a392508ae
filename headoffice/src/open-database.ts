import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openPglite, openPostgres, type Database } from './db/database.js';
import { migrate } from './db/migrations.js';

/** PostgreSQL when DATABASE_URL is set, else embedded PGlite in `dataDir/db`; migrated either way. */
export async function openDatabase({ url, dataDir }: { url?: string; dataDir: string }): Promise<Database> {
  let db: Database;
  if (url) db = openPostgres(url);
  else {
    mkdirSync(dataDir, { recursive: true });
    db = await openPglite(join(dataDir, 'db'));
  }
  await migrate(db);
  return db;
}
