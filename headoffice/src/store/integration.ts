import { randomBytes } from 'node:crypto';
import type { Database } from '../db/database.js';
import { ensureStore } from './enrollment.js';
import { hashSecret } from './secrets.js';

/** A till or ERP system writing sales and the catalogue; it may write sales of `stores` only. */
export type Integration = { id: string; name: string; stores: string[] };

/** Shown once: only its hash is kept. The prefix tells it apart from a device token in logs and configs. */
export async function createIntegrationToken(db: Database, name: string, stores: string[]): Promise<string> {
  const token = `sdi_${randomBytes(32).toString('base64url')}`;
  await db.transaction(async (tx) => {
    for (const storeCode of stores) await ensureStore(tx, { storeCode });
    await tx.query('INSERT INTO integration_tokens (name, token_hash, stores) VALUES ($1, $2, $3::jsonb)', [name, hashSecret(token), JSON.stringify(stores)]);
  });
  return token;
}

export async function integrationByToken(db: Database, token: string): Promise<Integration | null> {
  const [row] = await db.query<{ id: string; name: string; stores: string[] }>(
    'SELECT id::text AS id, name, stores FROM integration_tokens WHERE token_hash = $1 AND revoked_at IS NULL',
    [hashSecret(token)],
  );
  return row ?? null;
}
