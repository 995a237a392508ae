import type { CaseState } from '../../../shared/domain/case-state.js';
import type { DeskEvent } from '../../../shared/domain/events.js';
import type { Queryable } from '../db/database.js';
import { eventColumns, eventFromRow, type EventRow } from '../store/event-store.js';
import type { Figure } from './facts.js';
import { coveringPeriods } from './periods.js';
import { firstRowsByStore, rollupSources, storeFilter, storesCovered, type Scope, type Where } from './scope.js';

/** What a figure's rows are split by: its key (reason, method, staff…), the product's category, store, region, or nothing (chain). */
export type SplitBy = 'key' | 'category' | 'store' | 'region' | 'chain';
export type Range = { from: string; to: string };
export type FigureRow = { split: string; currency: string; n: number; amount: number };

const splitColumn: Record<SplitBy, string> = {
  key: 't.key',
  // The catalogue's category at the time of asking; an item it does not know is ''.
  category: "coalesce(ci.category, '')",
  store: 't.store_code',
  region: "coalesce(s.region, '')",
  chain: "''",
};
const joins = (by: SplitBy) =>
  by === 'region' ? 'JOIN stores s ON s.code = t.store_code' : by === 'category' ? 'LEFT JOIN catalogue_items ci ON ci.sku = t.key' : '';
/** The split of a roll-up's row ('*' the chain, 'r:' + region); never split by store. */
const rollupSplit: Record<Exclude<SplitBy, 'store'>, string> = { key: 't.key', category: splitColumn.category, region: 'substr(t.rollup, 3)', chain: "''" };

/**
 * The stored rows a figure of the covered stores adds up, each with its split (and period), under
 * `cond` (on t.figure, t.grain, t.period): the chain's or whole regions' roll-ups, with the deltas
 * not yet moved into them, and the totals of the stores left (rollupSources). List parameter `$n`.
 */
function storedRows(covered: 'all' | string[], by: SplitBy, cond: string, n: number, withPeriod = false) {
  const src = rollupSources(covered, by === 'store', by === 'region', n);
  const columns = (split: string) => `${withPeriod ? 't.period, ' : ''}${split} AS split, t.currency, t.n, t.amount`;
  const parts: string[] = [];
  if (src.rollups && by !== 'store') {
    for (const table of ['figure_rollups', 'figure_rollup_deltas']) {
      parts.push(`SELECT ${columns(rollupSplit[by])} FROM ${table} t ${by === 'category' ? joins(by) : ''} WHERE ${cond} AND ${src.rollups}`);
    }
  }
  if (src.stores) parts.push(`SELECT ${columns(splitColumn[by])} FROM figure_totals t ${joins(by)} WHERE ${cond} AND ${src.stores}`);
  return { sql: parts.join(' UNION ALL '), params: src.params };
}

/** Totals and counts never pass 2^53: read as numbers on both drivers. */
const sums = 'sum(t.n)::float8 AS n, sum(t.amount)::float8 AS amount';

/**
 * A figure over a date range, split as asked, per currency (money of different currencies is never
 * added up), largest count first. Read from the stored totals covering the range (coveringPeriods):
 * the chain's and whole regions' roll-ups where they cover, else the stores' totals.
 */
export async function figureTotals(db: Queryable, scope: Scope, q: Where & Range & { figure: Figure; by: SplitBy }): Promise<FigureRow[]> {
  const covered = await storesCovered(db, scope, q);
  if (covered !== 'all' && !covered.length) return [];
  // The periods as two arrays: unnest's row count is known when planning (a jsonb set is guessed at
  // 100 rows, which overrates the query into JIT compiling, slower than the query itself).
  const periods = coveringPeriods(q.from, q.to);
  const rows = storedRows(covered, q.by, 't.figure = $1 AND (t.grain, t.period) IN (SELECT * FROM unnest($2::char(1)[], $3::date[]))', 4);
  return db.query<FigureRow>(
    `SELECT t.split, t.currency, ${sums} FROM (${rows.sql}) t
     GROUP BY 1, 2 HAVING sum(t.n) <> 0 OR sum(t.amount) <> 0 ORDER BY 3 DESC, 1, 2`,
    [q.figure, periods.map((p) => p.grain), periods.map((p) => p.period), ...rows.params],
  );
}

export type TrendRow = { period: string; split: string; currency: string; n: number; amount: number };
const grainOf = { day: 'd', week: 'w', month: 'm' } as const;

/**
 * A figure over time: one row per day, week (from Monday) or month and split. Weeks and months are
 * whole: the first and last may reach outside the range.
 */
export async function figureTrend(db: Queryable, scope: Scope, q: Where & Range & { figure: Figure; by: SplitBy; every: keyof typeof grainOf }): Promise<TrendRow[]> {
  const covered = await storesCovered(db, scope, q);
  if (covered !== 'all' && !covered.length) return [];
  const rows = storedRows(covered, q.by, 't.figure = $1 AND t.grain = $2 AND t.period BETWEEN figure_period($2, $3::date) AND $4::date', 5, true);
  return db.query<TrendRow>(
    `SELECT t.period::text AS period, t.split, t.currency, ${sums} FROM (${rows.sql}) t
     GROUP BY 1, 2, 3 HAVING sum(t.n) <> 0 OR sum(t.amount) <> 0 ORDER BY 1, 2, 3`,
    [q.figure, grainOf[q.every], q.from, q.to, ...rows.params],
  );
}

export type ComplaintsRow = { split: string; open: number; overdue: number };

/** Complaints open now, and those past their statutory due date (`today`, the store's date), split by store, region or chain. */
export async function openComplaints(db: Queryable, scope: Scope, q: Where & { today: string; by: 'store' | 'region' | 'chain' }): Promise<ComplaintsRow[]> {
  const covered = await storesCovered(db, scope, q);
  if (covered !== 'all' && !covered.length) return [];
  const stores = storeFilter('t.store_code', covered, 2);
  // The counts kept per store and deadline (migration 12), not the open complaints themselves.
  return db.query<ComplaintsRow>(
    `SELECT ${splitColumn[q.by]} AS split, sum(t.n)::float8 AS open, coalesce(sum(t.n) FILTER (WHERE t.due_date < $1), 0)::float8 AS overdue
     FROM open_complaint_counts t ${joins(q.by)}
     WHERE ${stores.sql}
     GROUP BY 1 HAVING sum(t.n) > 0 ORDER BY 1`,
    [q.today, ...stores.params],
  );
}

/** A row of a drill-down list: the case and what it counts toward the figure. */
export type DrillRow = { day: string; caseId: string; caseNo: string; storeCode: string; type: string; status: string; n: number; amount: number; currency: string };
export type Page<T> = { rows: T[]; next: string | null };
const drillColumns = `f.day::text AS day, f.case_id::text AS "caseId", c.case_no AS "caseNo", c.store_code AS "storeCode", c.type, c.status,
  f.n::float8 AS n, f.amount::float8 AS amount, f.currency`;
/** A page cursor: the last row's day, case id and currency (a case counts once per currency). */
const cursorOf = (r: DrillRow) => `${r.day}/${r.caseId}/${r.currency}`;
/**
 * What a drill-down page reads: the user's stores among those asked for (null when none is), as
 * the filter on `f.store_code` (parameters from $9), and the row it starts after (the cursor's,
 * or none: the newest).
 */
export async function drillStart(db: Queryable, scope: Scope, q: Where & { after?: string }) {
  const covered = await storesCovered(db, scope, q);
  if (covered !== 'all' && !covered.length) return null;
  const [day = '9999-12-31', caseId = 'ffffffff-ffff-ffff-ffff-ffffffffffff', currency = '\u{10FFFF}'] = q.after?.split('/') ?? [];
  return { covered, stores: storeFilter('f.store_code', covered, 9), cursor: [day, caseId, currency] as const };
}
/** A page of `limit` rows from the `limit + 1` read, with the next page's cursor when there is more. */
export function drillPageOf(rows: DrillRow[], limit: number): Page<DrillRow> {
  const page = rows.slice(0, limit);
  return { rows: page, next: rows.length > limit ? cursorOf(page.at(-1)!) : null };
}

/** The cases behind one figure's key over a range, newest first, `limit` at a time (keyset: stable while cases arrive). */
export async function figureCases(
  db: Queryable, scope: Scope, q: Where & Range & { figure: Figure; key: string; after?: string; limit: number },
): Promise<Page<DrillRow>> {
  const start = await drillStart(db, scope, q);
  if (!start) return { rows: [], next: null };
  const { covered, cursor: [day, caseId, currency] } = start;
  const order = 'ORDER BY day DESC, case_id DESC, currency DESC LIMIT $8';
  const firstRows = (stores: string) =>
    `SELECT f.day, f.case_id, f.n, f.amount, f.currency FROM case_figures f
     WHERE f.figure = $1 AND f.key = $2 AND f.day BETWEEN $3::date AND $4::date
       AND (f.day, f.case_id, f.currency) < ($5::date, $6::uuid, $7::text) AND ${stores} ${order}`;
  // The page is cut from case_figures first (the drill index for the chain, each store's own for
  // stores), then only its rows read their case.
  const merged = firstRowsByStore(covered, 'f.store_code', 9, firstRows, order);
  const rows = await db.query<DrillRow>(
    `SELECT ${drillColumns} FROM (${merged.sql}) f JOIN cases c ON c.id = f.case_id ORDER BY f.day DESC, f.case_id DESC, f.currency DESC`,
    [q.figure, q.key, q.from, q.to, day, caseId, currency, q.limit + 1, ...merged.params],
  );
  return drillPageOf(rows, q.limit);
}

export type OpenComplaintRow = { dueDate: string | null; caseId: string; caseNo: string; storeCode: string; status: string; openedAt: string };

/** The open complaints (or only the overdue ones), oldest deadline first, those without one last, `limit` at a time. */
export async function openComplaintCases(
  db: Queryable, scope: Scope, q: Where & { today: string; overdue: boolean; after?: string; limit: number },
): Promise<Page<OpenComplaintRow>> {
  const covered = await storesCovered(db, scope, q);
  if (covered !== 'all' && !covered.length) return { rows: [], next: null };
  const [due = '', caseId = '00000000-0000-0000-0000-000000000000'] = q.after?.split('/') ?? [];
  const firstRows = (stores: string) =>
    `SELECT c.due_date AS "dueDate", c.id::text AS "caseId", c.case_no AS "caseNo", c.store_code AS "storeCode", c.status, c.opened_at AS "openedAt",
       coalesce(c.due_date, '9999-12-31') AS due, c.id
     FROM cases c
     WHERE c.type = 'complaint' AND c.status IN ('received', 'in_progress')
       AND (coalesce(c.due_date, '9999-12-31'), c.id) > ($1::text, $2::uuid)
       AND (NOT $3::boolean OR coalesce(c.due_date, '9999-12-31') < $4) AND ${stores}
     ORDER BY due, c.id LIMIT $5`;
  // In deadline order: the chain's from its index, stores' each from its own (store-led).
  const merged = firstRowsByStore(covered, 'c.store_code', 6, firstRows, 'ORDER BY due, id LIMIT $5');
  const rows = await db.query<OpenComplaintRow>(
    `SELECT "dueDate", "caseId", "caseNo", "storeCode", status, "openedAt" FROM (${merged.sql}) x ORDER BY due, id`,
    [due, caseId, q.overdue, q.today, q.limit + 1, ...merged.params],
  );
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return { rows: page, next: rows.length > q.limit && last ? `${last.dueDate ?? '9999-12-31'}/${last.caseId}` : null };
}

/** A case and every event it holds, in the order they were stored; null when it does not exist or is outside the scope. */
export async function caseHistory(db: Queryable, scope: Scope, caseId: string): Promise<{ state: CaseState; events: DeskEvent[] } | null> {
  const [row] = await db.query<{ state: CaseState; store_code: string }>('SELECT state, store_code FROM cases WHERE id = $1', [caseId]);
  if (!row || (scope.stores !== 'all' && !scope.stores.includes(row.store_code))) return null;
  const events = await db.query<EventRow>(`SELECT ${eventColumns} FROM events WHERE case_id = $1 ORDER BY pos`, [caseId]);
  return { state: row.state, events: events.map(eventFromRow) };
}
