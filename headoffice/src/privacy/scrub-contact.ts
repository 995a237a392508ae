import { contactFields, typesWithContact } from '../../../shared/privacy/contact-fields.js';
import type { DeskEvent } from '../../../shared/domain/events.js';
import type { Queryable } from '../db/database.js';
import { idList, jsonParam } from '../store/event-store.js';

/** Each event type's payload without what the customer told about themselves (shared/privacy/contact-fields.ts). */
const withoutContact = `CASE type ${Object.entries(contactFields)
  .map(([type, fields]) => `WHEN '${type}' THEN payload - '{${fields!.join(',')}}'::text[]`)
  .join(' ')} ELSE payload END`;
const contactTypes = typesWithContact.map((t) => `'${t}'`).join(', ');

/**
 * After events are stored: the cases among them that are erased (`customer.erased`, now or before)
 * keep no contact in any stored event. Covers an erasure arriving, and a late event carrying contact
 * (an offline desk's feedback) for a case erased already. Runs in the storing transaction.
 */
export async function scrubErasedContacts(tx: Queryable, stored: readonly DeskEvent[]): Promise<void> {
  const touched = [...new Set(stored.filter((e) => e.type === 'customer.erased' || typesWithContact.includes(e.type)).map((e) => e.caseId))];
  if (!touched.length) return;
  await tx.query(
    `UPDATE events SET payload = ${withoutContact}
     WHERE type IN (${contactTypes})
       AND case_id IN (SELECT case_id FROM events WHERE type = 'customer.erased' AND case_id IN ${idList})`,
    [jsonParam(touched)],
  );
}
