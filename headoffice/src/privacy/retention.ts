import { countrySchema } from '../../../shared/domain/jurisdiction.js';
import { formatHlc } from '../../../shared/domain/hlc.js';
import { retentionCutoff } from '../../../shared/law/retention.js';
import type { Database } from '../db/database.js';
import { appendAtHeadOffice, type HeadOfficeEntry } from '../store/headoffice-device.js';
import { refoldAndFlag } from '../store/over-refunds.js';

/** The actor of head office's erasures by the calendar (the desks' sweep records the same). */
export const retentionActor = 'retention';
/** Erased per transaction: a first sweep over years of cases neither holds one huge transaction nor stalls a store's pushes for long. */
const batchSize = 500;

/**
 * Head office's own retention sweep over the cases it holds (a desk may be gone, or offline for
 * good): each closed case past its country's retention period (shared/law/retention.ts) gets
 * `customer.erased` as head office's device. Storing it scrubs the case's events
 * (privacy/scrub-contact.ts), the case is refolded without contact, and the store's desks pull
 * the event and erase theirs. Answers how many cases were erased.
 */
export async function eraseExpiredContacts(db: Database, now = Date.now): Promise<number> {
  let erased = 0;
  for (const country of countrySchema.options) {
    const cutoff = formatHlc({ wall: retentionCutoff(country, now()), counter: 0 }, '');
    for (;;) {
      const n = await db.transaction(async (tx) => {
        const due = await tx.query<{ id: string; store_code: string }>(
          `SELECT id::text AS id, store_code FROM cases
           WHERE status IN ('closed', 'recorded', 'voided') AND updated_at < $1 AND state->>'country' = $2
             AND (state ? 'customer' OR state->'feedback' ? 'comment') AND NOT state ? 'erased'
           ORDER BY store_code LIMIT ${batchSize}`,
          [cutoff, country],
        );
        const byStore = new Map<string, typeof due>();
        for (const c of due) byStore.set(c.store_code, [...(byStore.get(c.store_code) ?? []), c]);
        for (const [store, cases] of byStore) {
          const entries = cases.map((c): HeadOfficeEntry => ({ caseId: c.id, type: 'customer.erased', payload: { reason: 'retention' } }));
          await appendAtHeadOffice(tx, store, retentionActor, entries, now);
          await refoldAndFlag(tx, store, cases.map((c) => c.id), now);
        }
        return due.length;
      });
      erased += n;
      if (n < batchSize) break;
    }
  }
  return erased;
}

/** Sweeps when the server starts and then once a day; the returned function stops it. */
export function scheduleContactRetention(db: Database, log: { error(e: unknown): void }, everyMs = 24 * 3_600_000): () => void {
  const run = () => void eraseExpiredContacts(db).catch((e: unknown) => log.error(e));
  const first = setTimeout(run, 10_000);
  const daily = setInterval(run, everyMs);
  first.unref();
  daily.unref();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
  };
}
