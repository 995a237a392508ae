import { z } from 'zod';
import { localeSchema, type Locale } from '../../../shared/domain/jurisdiction.js';
import type { CaseState } from '../../../shared/domain/case-state.js';
import { createI18n } from '../../../shared/i18n/index.js';
import { complaintsRegister, registerTable, type RegisterTable } from '../../../shared/law/register.js';
import { registerCsv } from '../../../shared/law/register-csv.js';
import type { RegisterListView, RegisterStore } from '../../../shared/headoffice/registers.js';
import { limitConcurrency, QueueFull } from '../../../shared/concurrency.js';
import { renderRegisterPdf, type RegisterPdfJob } from '../../../main/core/register/register-pdf-thread.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.js';
import { inScope, scopeParam, storeInScope, type StoreScope } from '../auth/guard.js';
import { HeadOfficeError } from '../store/errors.js';
import { escape, htmlPage, select, type ClerkPage } from '../http/clerk-pages.js';

const querySchema = z.object({
  store: z.string().regex(/^[A-Z0-9]{2,8}$/).optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).catch(() => new Date().getUTCFullYear()).default(() => new Date().getUTCFullYear()),
  lang: localeSchema.catch('bg').default('bg'),
});
type Query = z.infer<typeof querySchema>;

/** A store keeps the register when it is in BG; one whose country head office does not know yet is listed too. */
const keepsRegister = "(country = 'BG' OR country IS NULL)";

/** The stores in `scope` that keep a complaints register, by code. */
export async function registerStores(db: Database, scope: StoreScope | null): Promise<RegisterStore[]> {
  return db.query<RegisterStore>(`SELECT code, name FROM stores WHERE ${inScope('code', 1)} AND ${keepsRegister} ORDER BY code`, [scopeParam(scope)]);
}

/**
 * A store's BG complaints register at head office: every desk's complaints it holds, numbered and
 * ordered as at the desks (shared/law/register.ts). A store in another country keeps none (404).
 */
export async function storeRegisterEntries(db: Database, store: string, year: number): Promise<RegisterListView> {
  const [rows, stores] = await Promise.all([
    db.query<{ state: CaseState }>("SELECT state FROM cases WHERE store_code = $1 AND type = 'complaint' AND case_no LIKE $2", [store, `${store}-%-${year}-%`]),
    db.query<RegisterStore>(`SELECT code, name FROM stores WHERE code = $1 AND ${keepsRegister}`, [store]),
  ]);
  if (!stores[0]) throw new HeadOfficeError(404, 'no_register', 'That store keeps no complaints register (Bulgarian stores only).');
  return { store: stores[0], year, entries: complaintsRegister(rows.map((r) => r.state)) };
}

async function storeRegister(db: Database, store: string, year: number, lang: Locale): Promise<RegisterTable> {
  const { entries, store: named } = await storeRegisterEntries(db, store, year);
  return registerTable(entries, named, year, createI18n(lang).t);
}

const link = (q: Query & { store: string }, ext: string) => `/register.${ext}?store=${q.store}&amp;year=${q.year}&amp;lang=${q.lang}`;

function render(table: RegisterTable | null, stores: string[], q: Query): string {
  const form = `<form method="get">${select('store', stores, q.store)}<label>year <input name="year" type="number" value="${q.year}"></label>${select('lang', localeSchema.options, q.lang)}<button>Show</button></form>`;
  if (!table || !q.store) return htmlPage('complaints register', `<h1>Complaints register (BG)</h1>${form}<p>Choose a store.</p>`);
  const head = table.columns.map((c) => `<th>${escape(c)}</th>`).join('');
  const body = table.rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('');
  const store = { ...q, store: q.store };
  return htmlPage('complaints register', `<h1>${escape(table.title)}</h1><p>${escape(table.citation)}</p>${form}
<p><a href="${link(store, 'csv')}">CSV</a> · <a href="${link(store, 'pdf')}">PDF (A4)</a> · ${table.rows.length} entries</p>
<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`, 'td{white-space:pre-wrap}');
}

/**
 * The query, once the user may see its store: a register lists every claim of a store with the
 * customers' contacts, so only the stores in the user's scope, and not for the service centre
 * (it sees the claims sent to it, not the stores' registers).
 */
function query(req: FastifyRequest): Query {
  if (req.session?.user.role === 'service_centre') throw new HeadOfficeError(403, 'forbidden', 'Your role may not see the stores\' registers.');
  const q = querySchema.parse(req.query ?? {});
  if (q.store && !storeInScope(req.scope, q.store)) throw new HeadOfficeError(403, 'forbidden', 'That store is outside your region.');
  return q;
}

/**
 * Register PDFs made at once, each in a thread of its own (seconds of a core for a large year), and
 * how many more wait their turn: fifty managers asking at once get a refusal past these, not fifty threads.
 */
export const pdfLimit = { running: 2, waiting: 10 };
/** What a refused PDF is told to wait (seconds): about a large year's PDF. */
const pdfRetryAfter = 10;

/** `/register` (view), `/register.csv` and `/register.pdf`, behind head office's sign-in like every page (see clerk-pages.ts). */
export function registerComplaintsRegister(page: ClerkPage, db: Database) {
  const inTurn = limitConcurrency(pdfLimit);
  const pdf = async (job: RegisterPdfJob, reply: FastifyReply) => {
    try {
      return await inTurn(() => renderRegisterPdf(job));
    } catch (e) {
      if (!(e instanceof QueueFull)) throw e;
      reply.header('Retry-After', pdfRetryAfter);
      throw new HeadOfficeError(503, 'busy', `Head office is making as many register PDFs as it can at once; try again in ${pdfRetryAfter} seconds.`);
    }
  };
  page('/register', async (req) => {
    const q = query(req);
    const stores = (await registerStores(db, req.scope)).map((s) => s.code);
    return render(q.store ? await storeRegister(db, q.store, q.year, q.lang) : null, stores, q);
  });
  const download = (ext: 'csv' | 'pdf') => page(`/register.${ext}`, async (req, reply) => {
    const q = query(req);
    if (!q.store) return render(null, [], q);
    const table = await storeRegister(db, q.store, q.year, q.lang);
    const fileName = `complaints-register-${q.store}-${q.year}.${ext}`;
    if (ext === 'csv') return { fileName, contentType: 'text/csv; charset=utf-8', body: registerCsv(table, q.lang) };
    // Made in a thread of its own (the desk's worker), `pdfLimit` at once: a large year does not hold up other requests.
    return { fileName, contentType: 'application/pdf', body: await pdf({ table, locale: q.lang }, reply) };
  });
  download('csv');
  download('pdf');
}
