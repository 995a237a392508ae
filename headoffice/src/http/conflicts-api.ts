import { z } from 'zod';
import type { CaseState } from '../../../shared/domain/case-state.js';
import type { Refund } from '../../../shared/domain/events.js';
import { hlcWallMs } from '../../../shared/domain/hlc.js';
import type { Money } from '../../../shared/domain/money.js';
import type { Sale } from '../../../shared/sales/sale.js';
import type { Database } from '../db/database.js';
import { escape, htmlPage, select, type ClerkPage } from './clerk-pages.js';

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
type ConflictRow = {
  sale_id: string; store_code: string; receipt_no: string; lines: Sale['lines']; over: string[]; flagged_at: Date; cleared_at: Date | null;
  state: (typeof states)[number]; cases: CaseDetail[];
};

const pageSize = 500;
const flagged = (f: string) => `(SELECT jsonb_array_elements_text(${f}.cases))`;

/**
 * The over-refunds head office flagged, newest first: open while a case of it is neither settled by
 * a manager nor voided; cleared once its refunds are within bounds again (a case was voided).
 */
async function listConflicts(db: Database, f: Filter): Promise<ConflictRow[]> {
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
       WHERE $1::text IS NULL OR f.store_code = $1
     ) x
     WHERE $2::text IS NULL OR state = $2
     ORDER BY flagged_at DESC LIMIT ${pageSize}`,
    [f.store ?? null, f.state ?? null],
  );
}

const minute = (t: Date | number) => new Date(t).toISOString().slice(0, 16).replace('T', ' ');
const amount = (m: Money) => `${(m.amount / 100).toFixed(2)} ${escape(m.currency)}`;

/** A line by its id and name on the receipt; `payment.cash` and the like as they are. */
function overText(over: string, lines: Sale['lines']): string {
  const line = lines.find((l) => l.id === over);
  return line ? `line ${escape(line.id)}: ${escape(line.name)}` : escape(over);
}

/** A case of the conflict: its desk, what it refunded (or an exchange gave back) and how, and its manager's settlement. */
function caseText(c: CaseDetail): string {
  const parts = c.refund?.parts ? ` (${c.refund.parts.map((p) => `${escape(p.method)} ${amount(p.amount)}`).join(', ')})` : '';
  const gaveBack = c.difference && c.settlement && c.difference.amount < 0 ? `, gave back ${amount({ ...c.difference, amount: -c.difference.amount })} by ${escape(c.settlement)}` : '';
  const refund = c.refund ? `, refunded ${amount(c.refund.amount)}${parts}` : gaveBack;
  const settled = c.settled ? `<br>settled ${minute(hlcWallMs(c.settled.at))} by ${escape(c.settled.managerId)}: ${escape(c.settled.note)}` : '';
  return `<li>${escape(c.caseNo)}, desk ${escape(c.deskCode)}, ${escape(c.status)}${refund}${settled}</li>`;
}

function render(rows: ConflictRow[], stores: string[], f: Filter): string {
  const body = rows.map((r) => `<tr class="${r.state}"><td>${escape(r.state)}${r.cleared_at ? ` since ${minute(r.cleared_at)}` : ''}</td><td>${minute(r.flagged_at)}</td>`
    + `<td>${escape(r.store_code)}</td><td>${escape(r.receipt_no)}</td><td>${escape(r.sale_id)}</td>`
    + `<td>${r.over.map((o) => overText(o, r.lines)).join('<br>')}</td><td><ul>${r.cases.map(caseText).join('')}</ul></td></tr>`);
  return htmlPage('over-refund conflicts', `<h1>Over-refund conflicts</h1><p><a href="/">Cases</a></p>
<p>Refunds of one sale, recorded at desks that could not see each other, together beyond what was sold or paid. Every case of the sale was flagged; a manager settles each at the desk.</p>
<form method="get">${select('store', stores, f.store)}${select('state', states, f.state)}<button>Show</button></form>
<p>${rows.length}${rows.length === pageSize ? '+' : ''} conflicts</p>
<table><thead><tr><th>State</th><th>Flagged</th><th>Store</th><th>Receipt</th><th>Sale</th><th>Over</th><th>Cases</th></tr></thead><tbody>${body.join('')}</tbody></table>`,
  'tr.open td:first-child{color:#a00;font-weight:600}ul{margin:0;padding-left:1rem}');
}

export function registerConflictsPage(page: ClerkPage, db: Database) {
  page('/conflicts', async (req) => {
    const f = filterSchema.parse(req.query ?? {});
    const [rows, stores] = await Promise.all([listConflicts(db, f), db.query<{ code: string }>('SELECT code FROM stores ORDER BY code')]);
    return render(rows, stores.map((s) => s.code), f);
  });
}
