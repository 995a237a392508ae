import type { Queryable } from '../db/database.js';
import { HeadOfficeError } from '../store/errors.js';

/** Puts a store in a region (dashboards split and scope by region); answers the region. */
export async function setStoreRegion(db: Queryable, storeCode: string, region: string): Promise<string> {
  const rows = await db.query('UPDATE stores SET region = $2 WHERE code = $1 RETURNING code', [storeCode, region]);
  if (!rows.length) throw new HeadOfficeError(404, 'store_not_found', `No store ${storeCode} at head office (a store exists once a desk of it is enrolled).`);
  return region;
}
