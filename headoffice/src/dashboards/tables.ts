import { tableIds, type Column, type DashboardTable, type Drill, type KeyKind, type Place, type TableId, type TableRow } from '../../../shared/headoffice/dashboards.js';
import type { Queryable } from '../db/database.js';
import type { Figure } from './facts.js';
import { figureTotals, figureTrend, openComplaints, type FigureRow, type Range, type SplitBy, type TrendRow } from './queries.js';
import type { Scope, Where } from './scope.js';

/** The range, the page's region or store, how per-place tables split, and today (for overdue). */
export type TableQuery = Where & Range & { by: Place; today: string };

const round = (x: number, decimals: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;
const percent = (part: number, whole: number) => (whole ? round((100 * part) / whole, 1) : null);
const average = (sum: number, n: number) => (n ? round(sum / n, 2) : null);
const DAY = 86_400_000;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** Trends by day up to a month and a bit, by week up to half a year, else by month. */
export function trendGrain({ from, to }: Range): 'day' | 'week' | 'month' {
  const days = (Date.parse(to) - Date.parse(from)) / DAY + 1;
  return days <= 35 ? 'day' : days <= 183 ? 'week' : 'month';
}

/** The days of a trend's period that fall in the range (a week or month may reach outside it). */
function periodRange(period: string, grain: 'day' | 'week' | 'month', range: Range): Range {
  const start = new Date(`${period}T00:00:00Z`);
  const end = grain === 'day' ? period : grain === 'week' ? addDays(period, 6)
    : new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
  return { from: period < range.from ? range.from : period, to: end > range.to ? range.to : end };
}

/** A place's filter for a drill: a store by its code, a region by its name. */
const placeDrill = (by: Place, key: string) => (by === 'store' ? { store: key } : { region: key });

/** A figure split by its key, one row per key and currency: `n` and, for money, the amount. */
const byKey = (rows: FigureRow[], figure: Figure, money: boolean): TableRow[] =>
  rows.map((r) => {
    const drill: Drill = { figure, key: r.split };
    return { key: r.split, currency: r.currency, cells: money ? [r.n, r.amount] : [r.n], drills: money ? [drill, drill] : [drill] };
  });

/**
 * The values of queries run at once, once every one has ended (none left running on the pool after
 * the answer); if any failed, the error of the first in order, as if they had run one after another.
 */
async function settledInOrder<T extends unknown[]>(queries: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(queries);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as T;
}

/** Sums per period over splits (a chain trend has one split per period already). */
const perPeriod = (rows: TrendRow[]) => new Map(rows.map((r) => [`${r.period}\u0000${r.currency}`, r]));

/**
 * One table of the dashboards (shared/headoffice/dashboards.ts) over the range, within the scope and the page's region or store,
 * built from the stored totals (queries.ts): the screen's chart and table and the CSV hold the same rows.
 */
export async function dashboardTable(db: Queryable, scope: Scope, q: TableQuery, id: TableId): Promise<DashboardTable> {
  const totals = (figure: Figure, by: SplitBy) => figureTotals(db, scope, { ...q, figure, by });
  const table = (keyKind: KeyKind, columns: Column[], rows: TableRow[]): DashboardTable => ({ id, keyKind, columns, rows, cut: 0 });
  switch (id) {
    case 'complaints': {
      const rows = await openComplaints(db, scope, { ...q, by: q.by });
      return table(q.by, ['open', 'overdue'], rows.map((r) => ({
        key: r.split, currency: '', cells: [r.open, r.overdue],
        drills: [{ open: true, overdue: false, ...placeDrill(q.by, r.split) }, { open: true, overdue: true, ...placeDrill(q.by, r.split) }],
      })));
    }
    case 'resolved': {
      const rows = await totals('complaints.resolved', 'key');
      const all = rows.reduce((sum, r) => sum + r.n, 0);
      return table('resolved', ['count', 'share'], rows.map((r) => {
        const drill: Drill = { figure: 'complaints.resolved', key: r.split };
        return { key: r.split, currency: '', cells: [r.n, percent(r.n, all)], drills: [drill, drill] };
      }));
    }
    case 'opened': return table('kind', ['count'], byKey(await totals('complaints.opened', 'key'), 'complaints.opened', false));
    case 'returns': return table('caseType', ['cases'], byKey(await totals('returns.cases', 'key'), 'returns.cases', false));
    case 'reasons': return table('reason', ['units', 'value'], byKey(await totals('returns.reason', 'key'), 'returns.reason', true));
    case 'products': return table('product', ['units', 'value'], byKey(await totals('returns.product', 'key'), 'returns.product', true));
    case 'categories': {
      const rows = await totals('returns.product', 'category');
      return table('category', ['units', 'value'], rows.map((r) => {
        const drill: Drill = { figure: 'returns.product', category: r.split };
        return { key: r.split, currency: r.currency, cells: [r.n, r.amount], drills: [drill, drill] };
      }));
    }
    case 'methods': return table('refundMethod', ['refunds', 'value'], byKey(await totals('refunds.method', 'key'), 'refunds.method', true));
    case 'staff': return table('staff', ['refunds', 'value'], byKey(await totals('refunds.staff', 'key'), 'refunds.staff', true));
    case 'voids': return table('staff', ['voids', 'value'], byKey(await totals('voids', 'key'), 'voids', true));
    case 'returnRate': {
      // The value of the units returned against the value sold, per place and currency.
      const [sales, returned] = await settledInOrder([totals('sales', q.by), totals('returns.reason', q.by)]);
      const id = (r: FigureRow) => `${r.split}\u0000${r.currency}`;
      const soldBy = new Map(sales.map((r) => [id(r), r]));
      const returnedBy = new Map(returned.map((r) => [id(r), r]));
      const keys = [...new Set([...soldBy.keys(), ...returnedBy.keys()])].sort();
      return table(q.by, ['sales', 'salesValue', 'returnedValue', 'rate'], keys.map((k) => {
        const [split, currency] = k.split('\u0000') as [string, string];
        const sold = soldBy.get(k);
        const back = returnedBy.get(k)?.amount ?? 0;
        const drill: Drill = { figure: 'returns.reason', ...placeDrill(q.by, split) };
        return { key: split, currency, cells: [sold?.n ?? 0, sold?.amount ?? 0, back, sold ? percent(back, sold.amount) : null], drills: [null, null, drill, drill] };
      }));
    }
    case 'csatStores': {
      const rows = await totals('csat', q.by);
      return table(q.by, ['ratings', 'average'], rows.map((r) => {
        const drill: Drill = { figure: 'csat', ...placeDrill(q.by, r.split) };
        return { key: r.split, currency: '', cells: [r.n, average(r.amount, r.n)], drills: [drill, drill] };
      }));
    }
    case 'csatStaff': {
      const rows = await totals('csat', 'key');
      return table('staff', ['ratings', 'average'], rows.map((r) => {
        const drill: Drill = { figure: 'csat', key: r.split };
        return { key: r.split, currency: '', cells: [r.n, average(r.amount, r.n)], drills: [drill, drill] };
      }));
    }
    case 'csatWeeks': {
      const rows = await figureTrend(db, scope, { ...q, figure: 'csat', by: 'chain', every: 'week' });
      return table('week', ['ratings', 'average'], rows.map((r) => {
        const drill: Drill = { figure: 'csat', ...periodRange(r.period, 'week', q) };
        return { key: r.period, currency: '', cells: [r.n, average(r.amount, r.n)], drills: [drill, drill] };
      }));
    }
    case 'trend': {
      const every = trendGrain(q);
      const trend = (figure: Figure) => figureTrend(db, scope, { ...q, figure, by: 'chain', every });
      const [returned, opened] = await settledInOrder([trend('returns.cases'), trend('complaints.opened')]);
      const [returns, complaints] = [perPeriod(returned), perPeriod(opened)];
      const periods = [...new Set([...returns.values(), ...complaints.values()].map((r) => r.period))].sort();
      return table('period', ['returns', 'complaints'], periods.map((period) => {
        const days = periodRange(period, every, q);
        return {
          key: period, currency: '', cells: [returns.get(`${period}\u0000`)?.n ?? 0, complaints.get(`${period}\u0000`)?.n ?? 0],
          drills: [{ figure: 'returns.cases', ...days }, { figure: 'complaints.opened', ...days }],
        };
      }));
    }
    case 'refundsTrend': {
      const every = trendGrain(q);
      const rows = await figureTrend(db, scope, { ...q, figure: 'refunds.staff', by: 'chain', every });
      return table('period', ['refunds', 'value'], rows.map((r) => {
        const drill: Drill = { figure: 'refunds.staff', ...periodRange(r.period, every, q) };
        return { key: r.period, currency: r.currency, cells: [r.n, r.amount], drills: [drill, drill] };
      }));
    }
  }
}

/** Lists that can run to thousands of rows (every product returned), largest first: the screen shows the first `limit`. */
const cutTables: readonly TableId[] = ['products'];

/**
 * Every table of the dashboards, their queries at once (the pool runs as many as it has
 * connections): the page answers in the time of its slowest. A long list (`cutTables`) is cut to
 * its first `limit` rows, the others are whole (the cards add them up).
 */
export async function dashboardTables(db: Queryable, scope: Scope, q: TableQuery, limit: number): Promise<DashboardTable[]> {
  const tables = await settledInOrder(tableIds.map((id) => dashboardTable(db, scope, q, id)));
  return tables.map((t) => (cutTables.includes(t.id) && t.rows.length > limit ? { ...t, rows: t.rows.slice(0, limit), cut: t.rows.length - limit } : t));
}
