import type { CaseState } from '../../../shared/domain/case-state.js';
import { foldCase } from '../../../shared/domain/fold.js';
import { compactCode, digitsOnly, searchFold } from '../../../shared/domain/search-fold.js';
import type { DeskEvent } from '../../../shared/domain/events.js';
import { saleRefundOf } from '../../../shared/sales/refund-bounds.js';
import { allEvents, type EventLog } from './event-log.js';
import { scalar, type Database } from './sqlite.js';

/**
 * The layout of the projection tables. Bump it when what `store` writes changes: an older
 * database is then re-folded from its log when it opens, so a case stays findable after an update.
 * 2: a case's search row shares the rowid of its `cases` row (deleting by the UNINDEXED case_id
 * scanned the whole index on every command).
 * 3: the body is folded (search-fold.ts), and numbers and codes are also stored compact and as bare digits.
 * 4: what a case refunds of a sale (sale_refunds, sale_refund_payments) and its open conflict.
 */
export const PROJECTION_VERSION = 4;

/** A short line that says what a case is about, for lists. */
export function caseSubject(s: CaseState): string {
  if (s.complaint) return s.complaint.product?.name ?? s.complaint.description.slice(0, 80);
  const lines = s.return?.lines ?? [...(s.exchange?.returned ?? []), ...(s.exchange?.issued ?? [])];
  return lines.map((l) => l.item).join(', ').slice(0, 200);
}

/**
 * All that a clerk might type to find a case, folded: number, name, phone, receipt, items, serials.
 * Numbers and codes are also stored without separators and as bare digits, so they are found
 * however they are grouped (see case-list.ts).
 */
function searchText(s: CaseState): string {
  const purchase = s.complaint?.purchase ?? s.return?.purchase ?? s.exchange?.purchase;
  const codes = [s.caseNo, s.customer?.phone, purchase?.receiptNo, s.complaint?.product?.sku, s.complaint?.product?.serial, ...(s.return?.lines ?? []).map((l) => l.sku)]
    .filter((c): c is string => !!c);
  const words = [s.customer?.name, s.customer?.email, s.complaint?.product?.name, caseSubject(s), ...codes].filter((w): w is string => !!w).map(searchFold);
  return [...new Set([...words, ...codes.flatMap((c) => [compactCode(c), digitsOnly(c)])])].filter(Boolean).join(' ');
}

/** Keeps the `cases` table and the search index equal to the fold of the log. */
export class CaseProjection {
  private readonly upsert;
  private readonly rowidOf;
  private readonly unindex;
  private readonly index;
  private readonly forgetRefunds;
  private readonly forgetPayments;
  private readonly refundLine;
  private readonly refundPayment;

  constructor(private readonly db: Database) {
    this.upsert = db.prepare(`
      INSERT INTO cases (id, case_no, type, status, opened_at, updated_at, due_date, customer_name, customer_phone, subject, state, conflict)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at, due_date = excluded.due_date,
        customer_name = excluded.customer_name, customer_phone = excluded.customer_phone, subject = excluded.subject, state = excluded.state,
        conflict = excluded.conflict`);
    // Not RETURNING rowid: with libsql, thousands of RETURNING statements in one transaction (a rebuild) failed with SQLITE_FULL.
    this.rowidOf = db.prepare('SELECT rowid FROM cases WHERE id = ?').raw();
    this.unindex = db.prepare('DELETE FROM case_search WHERE rowid = ?');
    this.index = db.prepare('INSERT INTO case_search (rowid, case_id, body) VALUES (?, ?, ?)');
    this.forgetRefunds = db.prepare('DELETE FROM sale_refunds WHERE case_id = ?');
    this.forgetPayments = db.prepare('DELETE FROM sale_refund_payments WHERE case_id = ?');
    this.refundLine = db.prepare('INSERT INTO sale_refunds (case_id, case_no, sale_id, line_id, qty, paid) VALUES (?, ?, ?, ?, ?, ?)');
    this.refundPayment = db.prepare('INSERT INTO sale_refund_payments (case_id, case_no, sale_id, method, amount) VALUES (?, ?, ?, ?, ?)');
    const stored = scalar<string>(db, "SELECT value FROM meta WHERE key = 'projection_version'");
    if (stored !== String(PROJECTION_VERSION)) this.rebuildFrom(allEvents(db));
  }

  /** Re-folds one case from its events and stores the result; null when it has no opening event yet. */
  refresh(log: EventLog, caseId: string): CaseState | null {
    return this.store(foldCase(log.eventsOf(caseId)));
  }

  /** `opened`: the case is not stored yet (its first events), so it has no rows to replace. */
  store(s: CaseState | null, opened = false): CaseState | null {
    if (!s) return null;
    const due = s.status === 'received' || s.status === 'in_progress' ? (s.complaint?.dueDate ?? null) : null;
    const conflict = s.conflict && !s.conflict.settled ? 1 : 0;
    this.upsert.run(s.id, s.caseNo, s.type, s.status, s.openedAt, s.updatedAt, due, s.customer?.name ?? null, s.customer?.phone ?? null, caseSubject(s), JSON.stringify(s), conflict);
    const [rowid] = this.rowidOf.get(s.id) as [number];
    if (!opened) this.unindex.run(rowid);
    this.index.run(rowid, s.id, searchText(s));
    this.storeSaleRefund(s, opened);
    return s;
  }

  /** What the case refunds of its sale, replaced as a whole (a void refunds nothing): the bounds of later returns read it. */
  private storeSaleRefund(s: CaseState, opened: boolean) {
    if (s.type === 'complaint') return;
    if (!opened) {
      this.forgetRefunds.run(s.id);
      this.forgetPayments.run(s.id);
    }
    const r = saleRefundOf(s);
    if (!r) return;
    for (const l of r.lines) this.refundLine.run(s.id, s.caseNo, r.saleId, l.lineId, l.qty, l.paid);
    for (const p of r.payments) this.refundPayment.run(s.id, s.caseNo, r.saleId, p.method, p.amount);
  }

  /** Throws away every projection and folds them again from the log. */
  rebuild(log: EventLog): number {
    return this.rebuildFrom(log.all());
  }

  private rebuildFrom(events: Iterable<DeskEvent>): number {
    return this.db.transaction(() => {
      this.db.exec('DELETE FROM cases; DELETE FROM case_search; DELETE FROM sale_refunds; DELETE FROM sale_refund_payments;');
      this.db.prepare("INSERT INTO meta (key, value) VALUES ('projection_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(String(PROJECTION_VERSION));
      const byCase = new Map<string, DeskEvent[]>();
      for (const e of events) {
        const list = byCase.get(e.caseId);
        if (list) list.push(e);
        else byCase.set(e.caseId, [e]);
      }
      for (const events of byCase.values()) this.store(foldCase(events), true);
      return byCase.size;
    })();
  }
}
