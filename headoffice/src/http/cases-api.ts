import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Database } from '../db/database.js';
import { inScope, requireUser, scopeParam, sentToService } from '../auth/guard.js';
import { parseBody } from './parse-body.js';

export const caseFilterSchema = z.object({
  store: z.string().regex(/^[A-Z0-9]{2,8}$/).optional().catch(undefined),
  kind: z.enum(['complaint', 'return', 'exchange']).optional().catch(undefined),
  status: z.enum(['received', 'in_progress', 'resolved', 'closed', 'recorded', 'voided']).optional().catch(undefined),
  overdue: z.enum(['1', 'true']).optional().catch(undefined),
});
type Filter = z.infer<typeof caseFilterSchema>;
export type CaseRow = { store_code: string; case_no: string; type: string; kind: string | null; status: string; due_date: string | null; opened_at: string; customer: string | null; subject: string | null };

export const casesPageSize = 500;

/**
 * Cases across the stores in scope, newest first; only the claims sent to service for the service
 * centre. Read-only: nothing here writes.
 */
async function listCases(db: Database, f: Filter, scope: string | null, serviceOnly: boolean, today: string): Promise<CaseRow[]> {
  return db.query<CaseRow>(
    `SELECT store_code, case_no, type, kind, status, due_date, opened_at, state->'customer'->>'name' AS customer,
       coalesce(state->'complaint'->'product'->>'name', state->'complaint'->>'description', state->'return'->'lines'->0->>'item', state->'exchange'->'returned'->0->>'item') AS subject
     FROM cases
     WHERE ($1::text IS NULL OR store_code = $1) AND ($2::text IS NULL OR type = $2) AND ($3::text IS NULL OR status = $3)
       AND (NOT $4::boolean OR (status IN ('received', 'in_progress') AND due_date < $5))
       AND ${inScope('store_code', 6)} AND (NOT $7::boolean OR ${sentToService})
     ORDER BY updated_at DESC LIMIT ${casesPageSize}`,
    [f.store ?? null, f.kind ?? null, f.status ?? null, f.overdue !== undefined, today, scope, serviceOnly],
  );
}

/** The codes of the stores in scope, for the filters. */
export async function storesInScope(db: Database, scope: string | null): Promise<string[]> {
  return (await db.query<{ code: string }>(`SELECT code FROM stores WHERE ${inScope('code', 1)} ORDER BY code`, [scope])).map((s) => s.code);
}

/** `GET /api/cases`: the cases screen's list and the stores to filter by, within the user's scope. */
export function registerCasesApi(app: FastifyInstance, db: Database) {
  const preHandler = requireUser(db, { stores: (req) => [parseBody(caseFilterSchema, req.query).store ?? ''].filter(Boolean) });
  app.get('/api/cases', { preHandler }, async (req) => {
    const f = parseBody(caseFilterSchema, req.query);
    const scope = scopeParam(req.scope);
    const today = new Date().toISOString().slice(0, 10);
    const [cases, stores] = await Promise.all([
      listCases(db, f, scope, req.session!.user.role === 'service_centre', today),
      storesInScope(db, scope),
    ]);
    return { cases, stores, today, limit: casesPageSize };
  });
}
