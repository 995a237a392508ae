import { z } from 'zod';
import type { Database } from '../db/database.js';
import { day, escape, htmlPage, select, type ClerkPage } from './clerk-pages.js';

const filterSchema = z.object({
  store: z.string().regex(/^[A-Z0-9]{2,8}$/).optional().catch(undefined),
  kind: z.enum(['complaint', 'return', 'exchange']).optional().catch(undefined),
  status: z.enum(['received', 'in_progress', 'resolved', 'closed', 'recorded', 'voided']).optional().catch(undefined),
  overdue: z.literal('1').optional().catch(undefined),
});
type Filter = z.infer<typeof filterSchema>;
type CaseRow = { store_code: string; case_no: string; type: string; kind: string | null; status: string; due_date: string | null; opened_at: string; customer: string | null; subject: string | null };

const pageSize = 500;

/** Cases across stores, newest first, for a head-office clerk. Read-only: nothing here writes. */
async function listCases(db: Database, f: Filter, today: string): Promise<CaseRow[]> {
  return db.query<CaseRow>(
    `SELECT store_code, case_no, type, kind, status, due_date, opened_at, state->'customer'->>'name' AS customer,
       coalesce(state->'complaint'->'product'->>'name', state->'complaint'->>'description', state->'return'->'lines'->0->>'item', state->'exchange'->'returned'->0->>'item') AS subject
     FROM cases
     WHERE ($1::text IS NULL OR store_code = $1) AND ($2::text IS NULL OR type = $2) AND ($3::text IS NULL OR status = $3)
       AND (NOT $4::boolean OR (status IN ('received', 'in_progress') AND due_date < $5))
     ORDER BY updated_at DESC LIMIT ${pageSize}`,
    [f.store ?? null, f.kind ?? null, f.status ?? null, f.overdue === '1', today],
  );
}

function render(rows: CaseRow[], stores: string[], f: Filter, today: string): string {
  const body = rows.map((r) => {
    const overdue = (r.status === 'received' || r.status === 'in_progress') && r.due_date !== null && r.due_date < today;
    return `<tr${overdue ? ' class="overdue"' : ''}><td>${escape(r.case_no)}</td><td>${escape(r.store_code)}</td><td>${escape(r.type)}${r.kind ? ` (${escape(r.kind)})` : ''}</td>`
      + `<td>${escape(r.status)}</td><td>${day(r.opened_at)}</td><td>${escape(r.due_date ?? '')}${overdue ? ' overdue' : ''}</td><td>${escape(r.customer ?? '')}</td><td>${escape((r.subject ?? '').slice(0, 80))}</td></tr>`;
  });
  return htmlPage('cases', `<h1>Cases</h1><p><a href="/conflicts">Over-refund conflicts</a></p><form method="get">${select('store', stores, f.store)}${select('kind', ['complaint', 'return', 'exchange'], f.kind)}
${select('status', ['received', 'in_progress', 'resolved', 'closed', 'recorded', 'voided'], f.status)}
<label><input type="checkbox" name="overdue" value="1"${f.overdue ? ' checked' : ''}> overdue only</label><button>Show</button></form>
<p>${rows.length}${rows.length === pageSize ? '+' : ''} cases</p>
<table><thead><tr><th>Case</th><th>Store</th><th>Kind</th><th>Status</th><th>Opened</th><th>Due</th><th>Customer</th><th>What</th></tr></thead><tbody>${body.join('')}</tbody></table>`,
  'tr.overdue td{color:#a00;font-weight:600}');
}

export function registerCasesPage(page: ClerkPage, db: Database) {
  page('/', async (req) => {
    const f = filterSchema.parse(req.query ?? {});
    const today = new Date().toISOString().slice(0, 10);
    const [rows, stores] = await Promise.all([listCases(db, f, today), db.query<{ code: string }>('SELECT code FROM stores ORDER BY code')]);
    return render(rows, stores.map((s) => s.code), f, today);
  });
}
