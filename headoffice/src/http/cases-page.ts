import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { normalizeIP } from '@fastify/rate-limit';
import { z } from 'zod';
import { hlcWallMs } from '../../../shared/domain/hlc.js';
import type { Database } from '../db/database.js';
import { hashSecret } from '../store/secrets.js';
import { SignInLockout } from './sign-in-lockout.js';
import { fromThisMachine } from './from-this-machine.js';

const filterSchema = z.object({
  store: z.string().regex(/^[A-Z0-9]{2,8}$/).optional().catch(undefined),
  kind: z.enum(['complaint', 'return', 'exchange']).optional().catch(undefined),
  status: z.enum(['received', 'in_progress', 'resolved', 'closed', 'recorded', 'voided']).optional().catch(undefined),
  overdue: z.literal('1').optional().catch(undefined),
});
type Filter = z.infer<typeof filterSchema>;
type CaseRow = { store_code: string; case_no: string; type: string; kind: string | null; status: string; due_date: string | null; opened_at: string; customer: string | null; subject: string | null };

const pageSize = 500;
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const day = (hlc: string) => new Date(hlcWallMs(hlc)).toISOString().slice(0, 10);

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

function select(name: string, values: readonly string[], current: string | undefined) {
  const options = ['', ...values].map((v) => `<option value="${escape(v)}"${v === (current ?? '') ? ' selected' : ''}>${escape(v || 'all')}</option>`);
  return `<label>${name} <select name="${name}">${options.join('')}</select></label>`;
}

function render(rows: CaseRow[], stores: string[], f: Filter, today: string): string {
  const body = rows.map((r) => {
    const overdue = (r.status === 'received' || r.status === 'in_progress') && r.due_date !== null && r.due_date < today;
    return `<tr${overdue ? ' class="overdue"' : ''}><td>${escape(r.case_no)}</td><td>${escape(r.store_code)}</td><td>${escape(r.type)}${r.kind ? ` (${escape(r.kind)})` : ''}</td>`
      + `<td>${escape(r.status)}</td><td>${day(r.opened_at)}</td><td>${escape(r.due_date ?? '')}${overdue ? ' overdue' : ''}</td><td>${escape(r.customer ?? '')}</td><td>${escape((r.subject ?? '').slice(0, 80))}</td></tr>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Head office: cases</title>
<style>body{font:14px system-ui,sans-serif;margin:1.5rem}table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left}tr.overdue td{color:#a00;font-weight:600}form{margin-bottom:1rem;display:flex;gap:1rem}</style></head>
<body><h1>Cases</h1><form method="get">${select('store', stores, f.store)}${select('kind', ['complaint', 'return', 'exchange'], f.kind)}
${select('status', ['received', 'in_progress', 'resolved', 'closed', 'recorded', 'voided'], f.status)}
<label><input type="checkbox" name="overdue" value="1"${f.overdue ? ' checked' : ''}> overdue only</label><button>Show</button></form>
<p>${rows.length}${rows.length === pageSize ? '+' : ''} cases</p>
<table><thead><tr><th>Case</th><th>Store</th><th>Kind</th><th>Status</th><th>Opened</th><th>Due</th><th>Customer</th><th>What</th></tr></thead><tbody>${body.join('')}</tbody></table></body></html>`;
}

/** With a password: HTTP Basic (any user name). Without: only a browser on this machine. */
function allowed(req: FastifyRequest, password: string | undefined): boolean {
  if (!password) return fromThisMachine(req);
  const given = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  const pass = given ? Buffer.from(given, 'base64').toString().split(':').slice(1).join(':') : '';
  return timingSafeEqual(Buffer.from(hashSecret(pass)), Buffer.from(hashSecret(password)));
}

export function registerCasesPage(app: FastifyInstance, db: Database, password: string | undefined) {
  const lockout = new SignInLockout();
  app.get('/', async (req, reply) => {
    // Customers' names and phones: never framed (clickjacking), sniffed or kept in a cache.
    reply.headers({
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    // Once on HTTPS, a browser must never fall back to sending the password in clear.
    if (req.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000');
    const address = normalizeIP(req.ip);
    const wait = lockout.lockedFor(address);
    if (wait) {
      return reply.code(429).header('Retry-After', Math.ceil(wait / 1000))
        .send({ error: 'locked', message: `Too many wrong passwords from this address; try again in ${Math.ceil(wait / 60_000)} min.` });
    }
    if (!allowed(req, password)) {
      // A browser's first request carries no password: only a wrong one counts.
      if (password && req.headers.authorization) lockout.failed(address);
      return reply.code(401).header('WWW-Authenticate', 'Basic realm="head office"').send({ error: 'unauthorized', message: 'Sign in to see cases.' });
    }
    const f = filterSchema.parse(req.query ?? {});
    const today = new Date().toISOString().slice(0, 10);
    const [rows, stores] = await Promise.all([listCases(db, f, today), db.query<{ code: string }>('SELECT code FROM stores ORDER BY code')]);
    return reply.type('text/html; charset=utf-8').send(render(rows, stores.map((s) => s.code), f, today));
  });
}
