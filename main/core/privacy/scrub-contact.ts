import { contactFields, typesWithContact } from '../../../shared/privacy/contact-fields.js';
import type { EventType } from '../../../shared/domain/events.js';
import { scalar, type Database } from '../db/sqlite.js';

/**
 * Takes the customer's contact out of a case's stored events (see `contactFields`) and drops its
 * printed documents, which carry it too. Runs inside the transaction that stores the erasure; the
 * projection and its search row are refolded from the scrubbed log by the caller.
 */
export function scrubContact(db: Database, caseId: string): void {
  for (const [type, fields] of Object.entries(contactFields)) {
    const paths = fields!.map((f) => `'$.${f}'`).join(', ');
    db.prepare(`UPDATE events SET payload = json_remove(payload, ${paths}) WHERE case_id = ? AND type = ?`).run(caseId, type);
  }
  // Events held for a newer version of the app (sync/inbox.ts) lose the same keys, whatever their type.
  const held = [...new Set(Object.values(contactFields).flat())].map((f) => `'$.payload.${f}'`).join(', ');
  db.prepare(`UPDATE held_events SET body = json_remove(body, ${held}) WHERE CASE WHEN json_valid(body) THEN json_extract(body, '$.caseId') END = ?`).run(caseId);
  // A job being sent now is left to finish; everything else about the case on paper is forgotten.
  db.prepare("DELETE FROM print_jobs WHERE case_id = ? AND state <> 'sending'").run(caseId);
  // The search row goes with FTS5's secure-delete, which purges its terms from the index at once
  // (a plain delete leaves them in older segments until a merge); the projection indexes the case
  // again without contact. Only here: on every command it would slow recording down.
  db.exec("INSERT INTO case_search (case_search, rank) VALUES ('secure-delete', 1)");
  db.prepare('DELETE FROM case_search WHERE rowid = (SELECT rowid FROM cases WHERE id = ?)').run(caseId);
  db.exec("INSERT INTO case_search (case_search, rank) VALUES ('secure-delete', 0)");
}

/**
 * Whether storing `type` on `caseId` must scrub the case: the erasure itself, or an event that
 * carries contact arriving after it (an offline desk's feedback, synced late).
 */
export function needsScrub(db: Database, caseId: string, type: EventType): boolean {
  if (type === 'customer.erased') return true;
  return typesWithContact.includes(type) && !!scalar<number>(db, "SELECT 1 FROM events WHERE case_id = ? AND type = 'customer.erased'", caseId);
}
