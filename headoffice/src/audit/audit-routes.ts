import type { FastifyInstance } from 'fastify';
import { localeSchema } from '../../../shared/domain/jurisdiction.js';
import { headofficeStrings } from '../../../shared/i18n/headoffice/index.js';
import type { Database } from '../db/database.js';
import { requireUser } from '../auth/guard.js';
import { HeadOfficeError } from '../store/errors.js';
import { sendCsv } from '../http/csv-download.js';
import { auditActions, auditFilterSchema, queryAudit, type AuditFilter } from './audit-query.js';

const pageSize = 200;
/** One export holds at most this many entries (a year of a busy head office); narrow the dates for more. */
const exportLimit = 100_000;

const filterOf = (query: unknown): AuditFilter => {
  const parsed = auditFilterSchema.safeParse(query ?? {});
  if (!parsed.success) throw new HeadOfficeError(400, 'malformed', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
};

/** The audit log for administrators: a page at a time (`/api/audit`), or all that match as CSV (`/api/audit.csv`). */
export function registerAuditRoutes(app: FastifyInstance, db: Database) {
  const admin = requireUser(db, { roles: ['administrator'] });

  app.get('/api/audit', { preHandler: admin }, async (req) => {
    const entries = await queryAudit(db, filterOf(req.query), pageSize);
    return { entries, more: entries.length === pageSize, actions: await auditActions(db) };
  });

  app.get('/api/audit.csv', { preHandler: admin }, async (req, reply) => {
    const locale = localeSchema.catch('en').parse((req.query as { locale?: unknown } | undefined)?.locale);
    const columns = headofficeStrings[locale].audit.columns;
    const entries = await queryAudit(db, filterOf(req.query), exportLimit);
    const json = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v));
    return sendCsv(reply, `audit-${new Date().toISOString().slice(0, 10)}.csv`, locale,
      [columns.at, columns.actor, columns.action, columns.target, columns.address, columns.before, columns.after],
      entries.map((e) => [e.at, e.actor, e.action, e.target, e.address, json(e.before), json(e.after)]));
  });
}
