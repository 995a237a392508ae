import { z } from 'zod';
import { withoutUnstorableChars } from '../../../shared/domain/events.js';
import type { Database } from '../db/database.js';

/** The audit log's filters as the web app sends them (a query string: hostile like any input). */
export const auditFilterSchema = z.object({
  user: z.string().trim().max(200).transform(withoutUnstorableChars).optional(),
  action: z.string().trim().regex(/^[a-z_.]{1,64}$/).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  /** Older than this entry: the next page. */
  before: z.coerce.number().int().positive().optional(),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;

export type AuditRow = { id: number; at: string; actor: string; action: string; target: string | null; address: string | null; before: unknown; after: unknown };

/**
 * Entries newest first: by whom (part of their email, or the command line), what kind of action
 * (a prefix like `user.` or one action), and days `from`..`to` inclusive (UTC).
 */
export async function queryAudit(db: Database, f: AuditFilter, limit: number): Promise<AuditRow[]> {
  const rows = await db.query<AuditRow & { id: string; at: Date }>(
    `SELECT id, at, actor, action, target, address, before, after FROM audit_log
     WHERE ($1::text IS NULL OR strpos(lower(actor), lower($1)) > 0)
       AND ($2::text IS NULL OR action = $2 OR starts_with(action, $2 || '.'))
       AND ($3::date IS NULL OR at >= $3::date) AND ($4::date IS NULL OR at < $4::date + 1)
       AND ($5::bigint IS NULL OR id < $5)
     ORDER BY id DESC LIMIT ${limit}`,
    [f.user || null, f.action || null, f.from ?? null, f.to ?? null, f.before ?? null],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id), at: new Date(r.at).toISOString() }));
}

/** The actions recorded so far, for the filter's list. */
export async function auditActions(db: Database): Promise<string[]> {
  return (await db.query<{ action: string }>('SELECT DISTINCT action FROM audit_log ORDER BY 1')).map((r) => r.action);
}
