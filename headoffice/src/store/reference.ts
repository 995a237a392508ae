import type { ReferenceData } from '../../../shared/sync/protocol.js';
import type { Database, Queryable } from '../db/database.js';
import { ensureStore } from './enrollment.js';
import { composedReferenceData } from '../reference-admin/reference-store.js';

/** Replaces a store's reference data; desks pick the new version up on their next pull. */
export async function setReferenceData(db: Database, storeCode: string, data: ReferenceData): Promise<number> {
  return db.transaction(async (tx) => {
    await ensureStore(tx, { storeCode });
    const [row] = await tx.query<{ version: number }>(
      `INSERT INTO reference_data (store_code, version, data) VALUES ($1, 1, $2::jsonb)
       ON CONFLICT (store_code) DO UPDATE SET version = reference_data.version + 1, data = excluded.data, updated_at = now()
       RETURNING version`,
      [storeCode, JSON.stringify(data)],
    );
    return row!.version;
  });
}

/** The store's reference data, with head office's per chain, region and store on top, when it is newer than what the desk holds, else null. */
export const newerReferenceData = (q: Queryable, storeCode: string, knownVersion: number) => composedReferenceData(q, storeCode, knownVersion);
