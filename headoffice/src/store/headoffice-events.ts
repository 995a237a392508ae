import type { DeskEvent, EventPayload, EventType } from '../../../shared/domain/events.js';
import type { Database } from '../db/database.js';
import { HeadOfficeError } from './errors.js';
import { appendAtHeadOffice, type HeadOfficeEntry } from './headoffice-device.js';
import { refoldAndFlag } from './over-refunds.js';

/**
 * Records an event on a case at head office (e.g. the service centre resolved a claim): stored,
 * folded (and its sale's refunds checked, like a desk's) and handed to the store's desks on their
 * next pull. Its clock reading sorts after every event of the case head office holds.
 */
export async function recordAtHeadOffice<T extends EventType>(db: Database, caseNo: string, type: T, actor: string, payload: EventPayload<T>, now = Date.now): Promise<DeskEvent> {
  return db.transaction(async (tx) => {
    const [target, twin] = await tx.query<{ id: string; store_code: string }>('SELECT id::text AS id, store_code FROM cases WHERE case_no = $1 LIMIT 2', [caseNo]);
    if (!target) throw new HeadOfficeError(404, 'case_not_found', `No case ${caseNo} at head office.`);
    // Two PCs numbering one desk gave two customers' cases this number: guessing would record the
    // verdict on someone else's claim.
    if (twin) throw new HeadOfficeError(409, 'case_ambiguous', `Two cases have the number ${caseNo} (ids ${target.id} and ${twin.id}); nothing was recorded.`);
    const [event] = await appendAtHeadOffice(tx, target.store_code, actor, [{ caseId: target.id, type, payload } as HeadOfficeEntry], now);
    await refoldAndFlag(tx, target.store_code, [target.id], now);
    return event!;
  });
}
