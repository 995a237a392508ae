import type { Locale } from '../../../shared/domain/jurisdiction.js';
import type { QueueItem, ServiceStep } from '../../../shared/headoffice/service.js';
import { headofficeStrings } from '../../../shared/i18n/headoffice/index.js';
import type { Database } from '../db/database.js';
import { audited, type Actor } from '../audit/audit-log.js';
import { inScope, sentToService } from '../auth/guard.js';
import { HeadOfficeError } from '../store/errors.js';
import { recordAtHeadOffice } from '../store/headoffice-events.js';

/** The claims sent to service and still open, in scope: the oldest statutory deadline first (none last), then the oldest claim. */
export async function serviceQueue(db: Database, scope: string | null, today: string): Promise<QueueItem[]> {
  const rows = await db.query<{
    case_no: string; store_code: string; status: string; due_date: string | null; days_left: number | null; opened_at: string;
    product: string | null; description: string; customer: string | null;
  }>(
    `SELECT case_no, store_code, status, due_date, (due_date::date - $2::date) AS days_left, opened_at,
       state->'complaint'->'product'->>'name' AS product, state->'complaint'->>'description' AS description,
       state->'customer'->>'name' AS customer
     FROM cases
     WHERE ${sentToService} AND status IN ('received', 'in_progress') AND ${inScope('store_code', 1)}
     ORDER BY due_date ASC NULLS LAST, opened_at ASC LIMIT 1000`,
    [scope, today],
  );
  return rows.map((r) => ({
    caseNo: r.case_no, storeCode: r.store_code, status: r.status, dueDate: r.due_date, daysLeft: r.days_left, openedAt: r.opened_at,
    product: r.product, description: r.description, customer: r.customer,
  }));
}

/** The desk prints and shows notes as written: the receipt's note is in the store's language. */
const storeLocale: Record<string, Locale> = { CZ: 'cs', BG: 'bg', UA: 'uk', RU: 'ru' };

/**
 * Records a step on a claim sent to service as head office's event on the case (the same events
 * `resolve` writes: `complaint.progressed`, `complaint.resolved`), which the store's desks pull
 * and fold like their own; with its audit line in the same transaction.
 */
export async function recordServiceStep(db: Database, who: Actor, scope: string | null, caseNo: string, step: ServiceStep, actorName: string) {
  const [claim] = await db.query<{ status: string; country: string | null }>(
    `SELECT c.status, s.country FROM cases c JOIN stores s ON s.code = c.store_code
     WHERE c.case_no = $1 AND ${sentToService} AND ${inScope('c.store_code', 2)}`,
    [caseNo, scope],
  );
  if (!claim) throw new HeadOfficeError(404, 'case_not_found', `No claim ${caseNo} sent to service.`);
  if (claim.status !== 'received' && claim.status !== 'in_progress') throw new HeadOfficeError(409, 'claim_decided', `Claim ${caseNo} is already ${claim.status}.`);
  const logged = audited<{ id: string }>(db, who, (event) => ({ action: `service.${step.step}`, target: caseNo, before: { status: claim.status }, after: { ...step, event: event.id } }));
  const actor = actorName.slice(0, 64);
  if (step.step === 'verdict') {
    return recordAtHeadOffice(logged, caseNo, 'complaint.resolved', actor, { outcome: step.outcome, method: step.method, reason: step.reason });
  }
  const locale = storeLocale[claim.country ?? ''] ?? 'en';
  const receivedNote = headofficeStrings[locale].service.receivedNote;
  const note = step.step === 'received' ? [receivedNote, step.note].filter(Boolean).join(': ') : step.note;
  return recordAtHeadOffice(logged, caseNo, 'complaint.progressed', actor, { sentTo: 'service', note });
}
