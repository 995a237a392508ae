import { z } from 'zod';
import type { CaseState } from '../../../shared/domain/case-state.js';
import type { Refund } from '../../../shared/domain/events.js';
import type { Sale } from '../../../shared/sales/sale.js';
import type { Database } from '../db/database.js';
import type { FastifyInstance } from 'fastify';
import { inScope, requireUser, scopeParam } from '../auth/guard.js';
import { parseBody } from './parse-body.js';
import { storesInScope } from './cases-api.js';

const states = ['open', 'settled', 'cleared'] as const;
const filterSchema = z.object({
  store: z.string().regex(/^[A-Z0-9]{2,8}$/).optional().catch(undefined),
  state: z.enum(states).optional().catch(undefined),
});
type Filter = z.infer<typeof filterSchema>;

type Exchange = NonNullable<CaseState['exchange']>;
type CaseDetail = {
  caseNo: string; deskCode: string; status: string; refund: Refund | null; difference: Exchange['difference'] | null; settlement: Exchange['settlement'] | null;
  settled: NonNullable<CaseState['conflict']>['settled'] | null;
};
export type ConflictRow = {
  sale_id: string; store_code: string; receipt_no: string; lines: Sale['lines']; over: string[]; flagged_at: Date; cleared_at: Date | null;
  state: (typeof states)[number]; cases: CaseDetail[];
};

const pageSize = 500;
const flagged = (f: string) => `(SELECT jsonb_array_elements_text(${f}.cases))`;

/**
 * The over-refunds head office flagged, newest first: open while a case of it is neither settled by
 * a manager nor voided; cleared once its refunds are within bounds again (a case was voided).
 */
async function listConflicts(db: Database, f: Filter, scope: string | null): Promise<ConflictRow[]> {
  return db.query<ConflictRow>(
    `SELECT * FROM (
       SELECT f.sale_id, f.store_code, s.receipt_no, s.body->'lines' AS lines, f.over, f.flagged_at, f.cleared_at,
         CASE WHEN f.cleared_at IS NOT NULL THEN 'cleared'
              WHEN EXISTS (SELECT 1 FROM cases c WHERE c.case_no IN ${flagged('f')} AND c.store_code = f.store_code
                             AND c.status <> 'voided' AND c.state->'conflict'->'settled' IS NULL) THEN 'open'
              ELSE 'settled' END AS state,
         coalesce((SELECT jsonb_agg(jsonb_build_object('caseNo', c.case_no, 'deskCode', c.state->>'deskCode', 'status', c.status,
                     'refund', c.state->'return'->'refund', 'difference', c.state->'exchange'->'difference', 'settlement', c.state->'exchange'->'settlement',
                     'settled', c.state->'conflict'->'settled') ORDER BY c.case_no)
                   FROM cases c WHERE c.case_no IN ${flagged('f')} AND c.store_code = f.store_code), '[]') AS cases
       FROM over_refunds f JOIN sales s ON s.id = f.sale_id
       WHERE ($1::text IS NULL OR f.store_code = $1) AND ${inScope('f.store_code', 3)}
     ) x
     WHERE $2::text IS NULL OR state = $2
     ORDER BY flagged_at DESC LIMIT ${pageSize}`,
    [f.store ?? null, f.state ?? null, scope],
  );
}

/** `GET /api/conflicts`: the over-refunds of the stores in scope; not the service centre's work. */
export function registerConflictsApi(app: FastifyInstance, db: Database) {
  const preHandler = requireUser(db, {
    roles: ['administrator', 'regional_manager', 'viewer'],
    stores: (req) => [parseBody(filterSchema, req.query).store ?? ''].filter(Boolean),
  });
  app.get('/api/conflicts', { preHandler }, async (req) => {
    const scope = scopeParam(req.scope);
    const [conflicts, stores] = await Promise.all([listConflicts(db, parseBody(filterSchema, req.query), scope), storesInScope(db, scope)]);
    return { conflicts, stores, limit: pageSize };
  });
}
