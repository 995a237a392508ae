import type { DeskEvent } from '../../../shared/domain/events.js';
import type { Queryable } from '../db/database.js';
import { scrubErasedContacts } from '../privacy/scrub-contact.js';

/** A list travels as one jsonb parameter: the same on PGlite and pg, and one round trip. */
export const jsonParam = (value: unknown) => JSON.stringify(value);
export const idList = `(SELECT value::uuid FROM jsonb_array_elements_text($1::jsonb))`;

/**
 * Serialises writers of one store until commit, so event positions of a store become visible in
 * order and a pull cursor never skips an event committed late.
 */
export async function lockStore(tx: Queryable, storeCode: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [storeLockKey(storeCode)]);
}
/** The text whose hash is a store's advisory lock (lockStore). */
export const storeLockKey = (storeCode: string) => `store:${storeCode}`;

/**
 * Inserts events once: an id (or device seq) already held is left as it is. Contact of erased
 * customers is scrubbed, unless the caller knows none of their cases is erased (`scrub` false).
 * Answers the ids inserted.
 */
export async function insertEvents(tx: Queryable, storeCode: string, events: readonly DeskEvent[], scrub = true): Promise<Set<string>> {
  if (!events.length) return new Set();
  const rows = events.map((e) => ({ id: e.id, device_id: e.deviceId, seq: e.seq, case_id: e.caseId, type: e.type, at: e.at, actor: e.actor, payload: e.payload }));
  const inserted = await tx.query<{ id: string }>(
    `INSERT INTO events (id, device_id, seq, store_code, case_id, type, at, actor, payload)
     SELECT id, device_id, seq, $2, case_id, type, at, actor, payload
     FROM jsonb_to_recordset($1::jsonb) AS x (id uuid, device_id text, seq integer, case_id uuid, type text, at text, actor text, payload jsonb)
     ORDER BY device_id, seq
     ON CONFLICT DO NOTHING
     RETURNING id::text AS id`,
    [jsonParam(rows), storeCode],
  );
  // An erased customer's contact leaves every stored event of the case, whoever erased it.
  if (scrub) await scrubErasedContacts(tx, events);
  return new Set(inserted.map((r) => r.id));
}

export type EventRow = { pos: string; id: string; device_id: string; seq: number; case_id: string; type: string; at: string; actor: string; payload: unknown };
export const eventColumns = 'pos::text AS pos, id::text AS id, device_id, seq, case_id::text AS case_id, type, at, actor, payload';

export const eventFromRow = (r: EventRow) =>
  ({ id: r.id, deviceId: r.device_id, seq: r.seq, caseId: r.case_id, type: r.type, at: r.at, actor: r.actor, payload: r.payload }) as DeskEvent;
