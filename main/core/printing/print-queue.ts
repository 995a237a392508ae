import { v7 as uuidv7 } from 'uuid';
import type { PrintJob, PrintJobState } from '../../../shared/api/printing.js';
import type { ReceiptDoc } from '../../../shared/printing/receipt-doc.js';
import { DeskError } from '../../../shared/result.js';
import type { Database } from '../db/sqlite.js';

/** In the table a job being sent is 'sending'; the API calls it 'printing'. */
type Row = {
  id: string; case_id: string | null; kind: string; reference: string; doc: string; copies: number; state: PrintJobState | 'sending';
  attempts: number; next_at: number | null; last_error: string | null; created_at: number; printed_at: number | null;
};
export type QueuedJob = { id: string; doc: ReceiptDoc; copies: number; attempts: number };

const columns = 'id, case_id, kind, reference, doc, copies, state, attempts, next_at, last_error, created_at, printed_at';
const toJob = (r: Omit<Row, 'doc'>): PrintJob & { lastFault: string | null } => ({
  id: r.id, caseId: r.case_id, kind: r.kind as PrintJob['kind'], reference: r.reference, state: r.state === 'sending' ? 'printing' : r.state, copies: r.copies,
  attempts: r.attempts, nextAt: r.next_at, lastError: null, lastFault: r.last_error, createdAt: r.created_at, printedAt: r.printed_at,
});

/**
 * The print queue, in the desk's SQLite file: a job is written in the same transaction as the
 * case it prints, so a case is never saved without its document, nor a document queued for a
 * case that was rolled back. The document is stored as a ReceiptDoc and rendered to bytes only
 * when printed, so a corrected printer setting applies to jobs still waiting.
 */
export class PrintQueue {
  private readonly insert;

  constructor(private readonly db: Database, private readonly now: () => number) {
    this.insert = db.prepare(`INSERT INTO print_jobs (${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, NULL, ?, NULL)`);
    // A job caught mid-send by a crash or a close may or may not have printed: never resend it
    // blindly. (One interrupted before sending is still 'queued' and simply goes again.)
    db.prepare("UPDATE print_jobs SET state = 'unconfirmed', next_at = NULL WHERE state = 'sending'").run();
  }

  enqueue(caseId: string | null, doc: ReceiptDoc, copies: number, state: 'queued' | 'skipped' = 'queued'): PrintJob {
    const id = uuidv7();
    const at = this.now();
    const nextAt = state === 'queued' ? at : null;
    this.insert.run(id, caseId, doc.kind, doc.reference, JSON.stringify(doc), copies, state, nextAt, at);
    // The job as just written (runs inside a command's transaction: no need to read the row back).
    return toJob({ id, case_id: caseId, kind: doc.kind, reference: doc.reference, copies, state, attempts: 0, next_at: nextAt, last_error: null, created_at: at, printed_at: null });
  }

  get(id: string): PrintJob & { lastFault: string | null } {
    const row = this.db.prepare(`SELECT ${columns} FROM print_jobs WHERE id = ?`).all(id)[0] as Row | undefined;
    if (!row) throw new DeskError('not_found');
    return toJob(row);
  }

  list(caseId: string | undefined, limit: number) {
    const rows = (caseId
      ? this.db.prepare(`SELECT ${columns} FROM print_jobs WHERE case_id = ? ORDER BY created_at DESC, id DESC LIMIT ?`).all(caseId, limit)
      : this.db.prepare(`SELECT ${columns} FROM print_jobs ORDER BY created_at DESC, id DESC LIMIT ?`).all(limit)) as Row[];
    return rows.map(toJob);
  }

  /** The oldest job whose turn has come, or undefined. */
  nextDue(now: number): QueuedJob | undefined {
    const r = this.db
      .prepare("SELECT id, doc, copies, attempts FROM print_jobs WHERE state = 'queued' AND next_at <= ? ORDER BY next_at, created_at, id LIMIT 1")
      .all(now)[0] as Pick<Row, 'id' | 'doc' | 'copies' | 'attempts'> | undefined;
    return r && { id: r.id, doc: JSON.parse(r.doc) as ReceiptDoc, copies: r.copies, attempts: r.attempts };
  }

  /** When the next waiting job is due, if any. */
  nextWake(): number | undefined {
    const r = this.db.prepare("SELECT min(next_at) AS at FROM print_jobs WHERE state = 'queued'").all()[0] as { at: number | null } | undefined;
    return r?.at ?? undefined;
  }

  private set(id: string, sql: string, ...params: unknown[]) {
    this.db.prepare(`UPDATE print_jobs SET ${sql} WHERE id = ?`).run(...params, id);
  }

  // Each mark is one durable write (synchronous=FULL), so an attempt costs two: it counts when it
  // fails before sending, or when sending starts.
  /** The first byte of the job is about to go out: from here on it may print. */
  markSending = (id: string) => this.set(id, "state = 'sending', attempts = attempts + 1");
  markDone = (id: string) => this.set(id, "state = 'done', next_at = NULL, last_error = NULL, printed_at = ?", this.now());
  markRetry = (id: string, nextAt: number, fault: string) => this.set(id, "state = 'queued', attempts = attempts + 1, next_at = ?, last_error = ?", nextAt, fault);
  markUnconfirmed = (id: string, fault: string) => this.set(id, "state = 'unconfirmed', next_at = NULL, last_error = ?", fault);
  markSkipped = (id: string) => this.set(id, "state = 'skipped', next_at = NULL");

  /** Staff asked to try a waiting job now instead of at its next retry. */
  retryNow(id: string) {
    const job = this.get(id);
    if (job.state !== 'queued') throw new DeskError('invalid_transition', { status: job.state });
    this.set(id, 'next_at = ?', this.now());
  }
}
