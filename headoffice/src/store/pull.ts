import type { z } from 'zod';
import type { PullResponse, pullQuerySchema } from '../../../shared/sync/protocol.js';
import type { Database } from '../db/database.js';
import type { Device } from './enrollment.js';
import { eventColumns, eventFromRow, type EventRow } from './event-store.js';
import { newerReferenceData } from './reference.js';
import { newerLawReference } from '../law/law-reference.js';

/**
 * What a desk has not seen yet: events of its own store from other desks and from head office,
 * in the order they were stored, after `cursor`; plus reference data (the store's, the law's) newer than it holds.
 * A device never reads another store.
 */
export async function pullEvents(db: Database, device: Device, query: z.output<typeof pullQuerySchema>): Promise<Omit<PullResponse, 'serverTime'>> {
  const rows = await db.query<EventRow>(
    `SELECT ${eventColumns} FROM events WHERE store_code = $1 AND pos > $2::bigint AND device_id <> $3 ORDER BY events.pos LIMIT $4`,
    [device.storeCode, query.after, device.id, query.limit + 1],
  );
  const page = rows.slice(0, query.limit);
  const reference = await newerReferenceData(db, device.storeCode, query.refVersion);
  const law = await newerLawReference(db, query.lawVersion);
  return {
    events: page.map(eventFromRow),
    cursor: page.at(-1)?.pos ?? query.after,
    more: rows.length > query.limit,
    reference,
    law,
  };
}
