import { foldCase } from '../../../shared/domain/fold.js';
import { saleRefundOf } from '../../../shared/sales/refund-bounds.js';
import type { DeskEvent } from '../../../shared/domain/events.js';
import type { Queryable } from '../db/database.js';
import { updateCaseFigures } from '../dashboards/aggregates.js';
import { eventColumns, eventFromRow, idList, jsonParam, type EventRow } from './event-store.js';

/**
 * Re-folds the given cases from every event head office holds, with the desk's own fold
 * (shared/domain/fold.ts), so head office and every desk agree on each case's state. Keeps each
 * case's refund of its sale (`case_sale_refunds`) and what it counts toward on the dashboards
 * (`updateCaseFigures`) with it; answers the sales whose refunds these
 * cases make or made (a case voided now no longer refunds), for the over-refund check.
 */
export async function refoldCases(tx: Queryable, storeCode: string, caseIds: Iterable<string>): Promise<Set<string>> {
  const ids = [...new Set(caseIds)];
  if (!ids.length) return new Set();
  const rows = await tx.query<EventRow>(`SELECT ${eventColumns} FROM events WHERE case_id IN ${idList}`, [jsonParam(ids)]);
  return storeFolds(tx, storeCode, eventsByCase(rows.map(eventFromRow)));
}

/** Events grouped by their case. */
export function eventsByCase(events: Iterable<DeskEvent>): Map<string, DeskEvent[]> {
  const byCase = new Map<string, DeskEvent[]>();
  for (const e of events) {
    const list = byCase.get(e.caseId);
    if (list) list.push(e);
    else byCase.set(e.caseId, [e]);
  }
  return byCase;
}

/**
 * refoldCases from the events the caller holds: every event head office holds of each case (ingest
 * has them in hand, and reading back what it just wrote would cost a query per push).
 */
export async function storeFolds(tx: Queryable, storeCode: string, byCase: ReadonlyMap<string, DeskEvent[]>): Promise<Set<string>> {
  const cases = [...byCase.values()].flatMap((events) => {
    const s = foldCase(events);
    if (!s) return [];
    const open = s.status === 'received' || s.status === 'in_progress';
    return [{
      id: s.id, case_no: s.caseNo, type: s.type, kind: s.complaint?.kind ?? null, status: s.status,
      due_date: open ? (s.complaint?.dueDate ?? null) : null, opened_at: s.openedAt, updated_at: s.updatedAt, state: s,
    }];
  });
  if (!cases.length) return new Set();
  // Which cases are new (inserted, not updated: xmax 0): they hold no figures or refunds yet.
  const written = await tx.query<{ id: string; fresh: boolean }>(
    `INSERT INTO cases (id, store_code, case_no, type, kind, status, due_date, opened_at, updated_at, state)
     SELECT id, $2, case_no, type, kind, status, due_date, opened_at, updated_at, state
     FROM jsonb_to_recordset($1::jsonb) AS x (id uuid, case_no text, type text, kind text, status text, due_date text, opened_at text, updated_at text, state jsonb)
     ON CONFLICT (id) DO UPDATE SET status = excluded.status, kind = excluded.kind, due_date = excluded.due_date,
       updated_at = excluded.updated_at, state = excluded.state
     RETURNING id::text AS id, xmax = 0 AS fresh`,
    [jsonParam(cases), storeCode],
  );
  const fresh = new Set(written.filter((w) => w.fresh).map((w) => w.id));
  await updateCaseFigures(tx, storeCode, cases.map((c) => c.state), fresh);
  const refunds = cases.flatMap((c) => {
    const refund = saleRefundOf(c.state);
    return refund ? [{ case_id: c.id, sale_id: refund.saleId, case_no: c.case_no, refund }] : [];
  });
  const before = [...byCase.keys()].filter((id) => !fresh.has(id));
  const gone = !before.length ? [] : await tx.query<{ sale_id: string }>(`DELETE FROM case_sale_refunds WHERE case_id IN ${idList} RETURNING sale_id`, [jsonParam(before)]);
  if (refunds.length) {
    await tx.query(
      `INSERT INTO case_sale_refunds (case_id, store_code, sale_id, case_no, refund)
       SELECT case_id, $2, sale_id, case_no, refund FROM jsonb_to_recordset($1::jsonb) AS x (case_id uuid, sale_id text, case_no text, refund jsonb)`,
      [jsonParam(refunds), storeCode],
    );
  }
  return new Set([...gone, ...refunds].map((r) => r.sale_id));
}
