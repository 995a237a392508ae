import type { CaseState } from '../../../shared/domain/case-state.js';
import { foldCase } from '../../../shared/domain/fold.js';
import type { DeskEvent } from '../../../shared/domain/events.js';
import type { EventLog } from './event-log.js';
import type { Database } from './sqlite.js';

/** A short line that says what a case is about, for lists. */
export function caseSubject(s: CaseState): string {
  if (s.complaint) return s.complaint.product?.name ?? s.complaint.description.slice(0, 80);
  const lines = s.return?.lines ?? [...(s.exchange?.returned ?? []), ...(s.exchange?.issued ?? [])];
  return lines.map((l) => l.item).join(', ').slice(0, 200);
}

/** All that a clerk might type to find a case: number, name, phone (also as bare digits), receipt, items, serials. */
function searchText(s: CaseState): string {
  const phone = s.customer?.phone ?? '';
  const purchase = s.complaint?.purchase ?? s.return?.purchase ?? s.exchange?.purchase;
  return [
    s.caseNo, s.customer?.name, phone, phone.replace(/\D/g, ''), s.customer?.email, purchase?.receiptNo,
    s.complaint?.product?.name, s.complaint?.product?.sku, s.complaint?.product?.serial, caseSubject(s),
    ...(s.return?.lines ?? []).map((l) => l.sku),
  ].filter(Boolean).join(' ');
}

/** Keeps the `cases` table and the search index equal to the fold of the log. */
export class CaseProjection {
  private readonly upsert;
  private readonly unindex;
  private readonly index;

  constructor(private readonly db: Database) {
    this.upsert = db.prepare(`
      INSERT INTO cases (id, case_no, type, status, opened_at, updated_at, due_date, customer_name, customer_phone, subject, state)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at, due_date = excluded.due_date,
        customer_name = excluded.customer_name, customer_phone = excluded.customer_phone, subject = excluded.subject, state = excluded.state`);
    this.unindex = db.prepare('DELETE FROM case_search WHERE case_id = ?');
    this.index = db.prepare('INSERT INTO case_search (case_id, body) VALUES (?, ?)');
  }

  /** Re-folds one case from its events and stores the result; null when it has no opening event yet. */
  refresh(log: EventLog, caseId: string): CaseState | null {
    return this.store(foldCase(log.eventsOf(caseId)));
  }

  store(s: CaseState | null): CaseState | null {
    if (!s) return null;
    const due = s.status === 'received' || s.status === 'in_progress' ? (s.complaint?.dueDate ?? null) : null;
    this.upsert.run(s.id, s.caseNo, s.type, s.status, s.openedAt, s.updatedAt, due, s.customer?.name ?? null, s.customer?.phone ?? null, caseSubject(s), JSON.stringify(s));
    this.unindex.run(s.id);
    this.index.run(s.id, searchText(s));
    return s;
  }

  /** Throws away every projection and folds them again from the log. */
  rebuild(log: EventLog): number {
    return this.db.transaction(() => {
      this.db.exec('DELETE FROM cases; DELETE FROM case_search;');
      const byCase = new Map<string, DeskEvent[]>();
      for (const e of log.all()) {
        const list = byCase.get(e.caseId);
        if (list) list.push(e);
        else byCase.set(e.caseId, [e]);
      }
      for (const events of byCase.values()) this.store(foldCase(events));
      return byCase.size;
    })();
  }
}
