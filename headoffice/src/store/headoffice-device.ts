import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { deskEventSchema, type DeskEvent, type EventPayload, type EventType } from '../../../shared/domain/events.js';
import { HybridClock } from '../../../shared/domain/hlc.js';
import type { Queryable } from '../db/database.js';
import { idList, insertEvents, jsonParam, lockStore } from './event-store.js';
import { hashSecret } from './secrets.js';

/** Head office writes to a store's cases as a device of its own, so desks pull its events like any other. */
export const headOfficeDeviceId = (storeCode: string) => `headoffice-${storeCode}`;

/** An event head office records on a case. */
export type HeadOfficeEntry = { [T in EventType]: { caseId: string; type: T; payload: EventPayload<T> } }[EventType];

/**
 * Stores head office's events on cases of one store, inside the caller's transaction; the caller
 * folds them. Each clock reading sorts after every event of its case head office holds, even one
 * stamped beyond the clock bound (before clocks were bounded), which would otherwise hide it.
 */
export async function appendAtHeadOffice(tx: Queryable, storeCode: string, actor: string, entries: readonly HeadOfficeEntry[], now = Date.now): Promise<DeskEvent[]> {
  if (!entries.length) return [];
  const deviceId = headOfficeDeviceId(storeCode);
  await lockStore(tx, storeCode);
  // Nobody signs in as this device: its token hash is of a secret nobody holds.
  await tx.query(
    `INSERT INTO devices (id, store_code, desk_code, token_hash) VALUES ($1, $2, 'HO', $3) ON CONFLICT (id) DO NOTHING`,
    [deviceId, storeCode, hashSecret(randomUUID())],
  );
  const [device] = await tx.query<{ last_seq: number }>('SELECT last_seq FROM devices WHERE id = $1 FOR UPDATE', [deviceId]);
  const latest = await tx.query<{ case_id: string; at: string }>(
    `SELECT case_id::text AS case_id, max(at) AS at FROM events WHERE case_id IN ${idList} GROUP BY case_id`,
    [jsonParam(entries.map((e) => e.caseId))],
  );
  const latestAt = new Map(latest.map((r) => [r.case_id, r.at]));
  const events = entries.map((e, i) => {
    const last = latestAt.get(e.caseId);
    const at = new HybridClock(deviceId, last ?? null, now).tick(last);
    latestAt.set(e.caseId, at);
    return deskEventSchema.parse({ id: uuidv7(), deviceId, seq: device!.last_seq + 1 + i, caseId: e.caseId, type: e.type, at, actor, payload: e.payload }) as DeskEvent;
  });
  await insertEvents(tx, storeCode, events);
  await tx.query('UPDATE devices SET last_seq = $2 WHERE id = $1', [deviceId, events.at(-1)!.seq]);
  return events;
}
