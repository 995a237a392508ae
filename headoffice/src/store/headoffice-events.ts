import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { deskEventSchema, type DeskEvent, type EventPayload, type EventType } from '../../../shared/domain/events.js';
import { HybridClock } from '../../../shared/domain/hlc.js';
import type { Database } from '../db/database.js';
import { HeadOfficeError } from './errors.js';
import { insertEvents, lockStore } from './event-store.js';
import { refoldCases } from './case-fold.js';
import { hashSecret } from './secrets.js';

/** Head office writes to a store's cases as a device of its own, so desks pull its events like any other. */
export const headOfficeDeviceId = (storeCode: string) => `headoffice-${storeCode}`;

/**
 * Records an event on a case at head office (e.g. the service centre resolved a claim): stored,
 * folded and handed to the store's desks on their next pull. Its clock reading sorts after every
 * event of the case head office holds.
 */
export async function recordAtHeadOffice<T extends EventType>(db: Database, caseNo: string, type: T, actor: string, payload: EventPayload<T>, now = Date.now): Promise<DeskEvent> {
  return db.transaction(async (tx) => {
    const [target, twin] = await tx.query<{ id: string; store_code: string }>('SELECT id::text AS id, store_code FROM cases WHERE case_no = $1 LIMIT 2', [caseNo]);
    if (!target) throw new HeadOfficeError(404, 'case_not_found', `No case ${caseNo} at head office.`);
    // Two PCs numbering one desk gave two customers' cases this number: guessing would record the
    // verdict on someone else's claim.
    if (twin) throw new HeadOfficeError(409, 'case_ambiguous', `Two cases have the number ${caseNo} (ids ${target.id} and ${twin.id}); nothing was recorded.`);
    const deviceId = headOfficeDeviceId(target.store_code);
    await lockStore(tx, target.store_code);
    // Nobody signs in as this device: its token hash is of a secret nobody holds.
    await tx.query(
      `INSERT INTO devices (id, store_code, desk_code, token_hash) VALUES ($1, $2, 'HO', $3) ON CONFLICT (id) DO NOTHING`,
      [deviceId, target.store_code, hashSecret(randomUUID())],
    );
    const [device] = await tx.query<{ last_seq: number }>('SELECT last_seq FROM devices WHERE id = $1 FOR UPDATE', [deviceId]);
    const [latest] = await tx.query<{ at: string | null }>('SELECT max(at) AS at FROM events WHERE case_id = $1::uuid', [target.id]);
    const at = new HybridClock(deviceId, latest?.at ?? null, now).tick();
    const event = deskEventSchema.parse({ id: uuidv7(), deviceId, seq: device!.last_seq + 1, caseId: target.id, type, at, actor, payload }) as DeskEvent;
    await insertEvents(tx, target.store_code, [event]);
    await tx.query('UPDATE devices SET last_seq = $2 WHERE id = $1', [deviceId, event.seq]);
    await refoldCases(tx, target.store_code, [target.id]);
    return event;
  });
}
