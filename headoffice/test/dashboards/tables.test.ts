import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { v7 as uuidv7 } from 'uuid';
import type { ReturnLine } from '../../../shared/domain/events.js';
import { tableIds, type DashboardPlaces, type DashboardTable, type TableId } from '../../../shared/headoffice/dashboards.js';
import { dashboardStrings } from '../../../shared/i18n/headoffice-dashboards/index.js';
import { terms as csTerms } from '../../../shared/i18n/terms/cs.js';
import { runAdminCommand } from '../../src/admin-commands.js';
import type { Queryable } from '../../src/db/database.js';
import { dashboardTables } from '../../src/dashboards/tables.js';
import { bearer, headOfficeAppForFile } from '../api.js';
import { signedIn } from '../auth/sign-in.js';
import { makeSale } from '../sales/fixtures.js';
import { deskIn, event, nextCaseNo, noon, push, type Desk } from './fixtures.js';

// The dashboard screens' routes over a small chain counted by hand (November 2026): PRG01 and
// BRN02 (CZK) in region West, SOF01 (EUR) in East. Every table, its CSV in cs and en, the cases
// behind cells with no single key, and what a regional manager may see.
const ho = headOfficeAppForFile();
const november = 'from=2026-11-01&to=2026-11-30';
const caseIds = {} as Record<'prg' | 'brn' | 'sof', string>;
let brno: Desk;

const line = (d: Desk, sku: string, qty: number, paid: number, reason: ReturnLine['reason']): ReturnLine => ({
  item: sku, sku, qty, unitPrice: { amount: paid / qty, currency: d.currency }, reason, condition: 'new', restock: true, paid: { amount: paid, currency: d.currency },
});

async function returnRated(d: Desk, day: number, actor: string, lines: ReturnLine[], parts: ['cash' | 'card', number][], score: number) {
  const caseId = uuidv7();
  const amount = parts.reduce((sum, [, a]) => sum + a, 0);
  await push(ho.app, d, [
    event(d, caseId, noon(day), actor, 'return.recorded', {
      caseNo: nextCaseNo(d), country: d.country, purchase: { purchaseDate: '2026-10-30', proof: 'receipt' }, lines,
      refund: { method: parts[0]![0], amount: { amount, currency: d.currency }, parts: parts.map(([method, a]) => ({ method, amount: { amount: a, currency: d.currency }, saleAmount: a })) },
    }),
    event(d, caseId, noon(day, 30), 'customer', 'feedback.recorded', { score, solved: 'yes' }),
  ]);
  return caseId;
}

beforeAll(async () => {
  const prg = await deskIn(ho.app, ho.db, 'PRG01', 'CZ', 'CZK');
  const brn = (brno = await deskIn(ho.app, ho.db, 'BRN02', 'CZ', 'CZK'));
  const sof = await deskIn(ho.app, ho.db, 'SOF01', 'BG', 'EUR');
  for (const [store, region] of [['PRG01', 'West'], ['BRN02', 'West'], ['SOF01', 'East']]) await runAdminCommand(ho.db, 'set-region', { store, region });
  // PRG01: a kettle (99.00) and two mugs (10.00) back, to the card and in cash, rated 5; a complaint resolved in time, one open past its deadline.
  caseIds.prg = await returnRated(prg, 2, 'anna', [line(prg, 'KET-20', 1, 9900, 'defective'), line(prg, 'MUG-01', 2, 1000, 'changed_mind')], [['card', 9900], ['cash', 1000]], 5);
  const resolved = uuidv7();
  await push(ho.app, prg, [
    event(prg, resolved, noon(3), 'anna', 'complaint.opened', { caseNo: nextCaseNo(prg), country: 'CZ', kind: 'defect', remedy: 'repair', description: 'Kettle leaks', dueDate: '2026-11-20' }),
    event(prg, resolved, noon(12), 'anna', 'complaint.resolved', { outcome: 'accepted' }),
    event(prg, uuidv7(), noon(4), 'anna', 'complaint.opened', { caseNo: nextCaseNo(prg), country: 'CZ', kind: 'defect', remedy: 'repair', description: 'Iron', dueDate: '2026-11-10' }),
  ]);
  // BRN02: shoes (20.00, not in the catalogue) back in cash, rated 3. SOF01: a kettle (50.00 EUR) to the card, rated 4.
  caseIds.brn = await returnRated(brn, 9, 'boris', [line(brn, 'SHOE-42', 1, 2000, 'wrong_size')], [['cash', 2000]], 3);
  caseIds.sof = await returnRated(sof, 16, 'vera', [line(sof, 'KET-20', 1, 5000, 'defective')], [['card', 5000]], 4);
  // Sales (135.00 each): two at PRG01, one at BRN02, none at SOF01.
  const { token } = (await runAdminCommand(ho.db, 'integration-token', { name: 'ERP', stores: 'PRG01,BRN02' })) as { token: string };
  const sales = ['PRG01', 'PRG01', 'BRN02'].map((store, i) => makeSale(store, { soldAt: `2026-11-0${i + 1}T10:00:00+00:00` }));
  expect((await ho.app.inject({ method: 'POST', url: '/v1/sales', headers: bearer(token), payload: { sales } })).json()).toMatchObject({ stored: 3 });
  await ho.db.query(`INSERT INTO catalogue_items (sku, names, category, returnable, warranty_months) VALUES
    ('KET-20', '{"en":"Kettle"}', 'kitchen', true, 24), ('MUG-01', '{"en":"Mug"}', 'kitchen', true, 0)`);
});

type Answer = { today: string; tables: DashboardTable[] };
const get = (headers: Record<string, string>, url: string) => ho.app.inject({ method: 'GET', url, headers });
const tablesOf = async (headers: Record<string, string>, query = '') => {
  const res = await get(headers, `/api/dashboards/tables?${november}${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return new Map((res.json() as Answer).tables.map((t) => [t.id, t]));
};
/** A table's rows as [key, currency, ...cells], in the order sent. */
const rowsOf = (tables: Map<TableId, DashboardTable>, id: TableId) => tables.get(id)!.rows.map((r) => [r.key, r.currency, ...r.cells]);

describe('the dashboard tables', () => {
  test('every table over the chain, counted by hand', async () => {
    const { headers } = await signedIn(ho.app, ho.db, 'viewer');
    const t = await tablesOf(headers);
    expect(rowsOf(t, 'complaints')).toEqual([['PRG01', '', 1, 1]]);
    expect(rowsOf(t, 'resolved')).toEqual([['in_time', '', 1, 100]]);
    expect(rowsOf(t, 'reasons')).toEqual([['changed_mind', 'CZK', 2, 1000], ['defective', 'CZK', 1, 9900], ['defective', 'EUR', 1, 5000], ['wrong_size', 'CZK', 1, 2000]]);
    expect(rowsOf(t, 'categories')).toEqual([['kitchen', 'CZK', 3, 10900], ['', 'CZK', 1, 2000], ['kitchen', 'EUR', 1, 5000]]);
    expect(rowsOf(t, 'methods')).toEqual([['cash', 'CZK', 2, 3000], ['card', 'CZK', 1, 9900], ['card', 'EUR', 1, 5000]]);
    // Returned value against sales: 109.00 of 270.00 at PRG01 (40.4 %), 20.00 of 135.00 at BRN02; SOF01 sold nothing.
    expect(rowsOf(t, 'returnRate')).toEqual([['BRN02', 'CZK', 1, 13500, 2000, 14.8], ['PRG01', 'CZK', 2, 27000, 10900, 40.4], ['SOF01', 'EUR', 0, 0, 5000, null]]);
    expect(rowsOf(t, 'csatStores')).toEqual([['BRN02', '', 1, 3], ['PRG01', '', 1, 5], ['SOF01', '', 1, 4]]);
    // Weeks from Monday: 2 Nov (Anna's 5), 9 Nov (Boris's 3), 16 Nov (Vera's 4).
    expect(rowsOf(t, 'csatWeeks')).toEqual([['2026-11-02', '', 1, 5], ['2026-11-09', '', 1, 3], ['2026-11-16', '', 1, 4]]);
    // A month is shown by day: returns and complaints opened on the days that have any.
    expect(rowsOf(t, 'trend')).toEqual([['2026-11-02', '', 1, 0], ['2026-11-03', '', 0, 1], ['2026-11-04', '', 0, 1], ['2026-11-09', '', 1, 0], ['2026-11-16', '', 1, 0]]);
    expect(t.get('trend')!.rows[1]!.drills[1]).toEqual({ figure: 'complaints.opened', from: '2026-11-03', to: '2026-11-03' });
  });

  test('split by region; a quarter is shown by week; the complaints drill to their region', async () => {
    const { headers } = await signedIn(ho.app, ho.db, 'administrator');
    const t = await tablesOf(headers, '&by=region');
    expect(rowsOf(t, 'returnRate')).toEqual([['East', 'EUR', 0, 0, 5000, null], ['West', 'CZK', 3, 40500, 12900, 31.9]]);
    expect(t.get('complaints')!.rows[0]!.drills).toEqual([{ open: true, overdue: false, region: 'West' }, { open: true, overdue: true, region: 'West' }]);
    const quarter = await get(headers, '/api/dashboards/tables?from=2026-09-01&to=2026-11-30');
    const trend = (quarter.json() as Answer).tables.find((x) => x.id === 'trend')!;
    expect(trend.rows.map((r) => [r.key, ...r.cells])).toEqual([['2026-11-02', 1, 2], ['2026-11-09', 1, 0], ['2026-11-16', 1, 0]]);
    expect(trend.rows[0]!.drills[0]).toEqual({ figure: 'returns.cases', from: '2026-11-02', to: '2026-11-08' });
  });

  test("CSV: UTF-8 with BOM, the locale's separator, decimal mark and words; the same rows as the screen", async () => {
    const { headers } = await signedIn(ho.app, ho.db, 'viewer');
    const cs = await get(headers, `/api/dashboards/table.csv?${november}&table=reasons&locale=cs`);
    expect(cs.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(cs.headers['content-disposition']).toBe('attachment; filename="dashboard-reasons-2026-11-01-2026-11-30.csv"');
    expect(cs.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const words = dashboardStrings.cs;
    expect(parse(cs.body, { bom: true, delimiter: ';' })).toEqual([
      [words.keys.reason, words.columns.units, words.columns.value, words.columns.currency],
      [csTerms.reason.changed_mind, '2', '10,00', 'CZK'],
      [csTerms.reason.defective, '1', '99,00', 'CZK'],
      [csTerms.reason.defective, '1', '50,00', 'EUR'],
      [csTerms.reason.wrong_size, '1', '20,00', 'CZK'],
    ]);
    const en = await get(headers, `/api/dashboards/table.csv?${november}&table=returnRate&locale=en`);
    expect(parse(en.body, { bom: true })).toEqual([
      ['Store', 'Sales', 'Sold for', 'Returned for', 'Return rate (%)', 'Currency'],
      ['BRN02', '1', '135.00', '20.00', '14.8', 'CZK'], ['PRG01', '2', '270.00', '109.00', '40.4', 'CZK'], ['SOF01', '0', '0.00', '50.00', '', 'EUR'],
    ]);
    const categories = await get(headers, `/api/dashboards/table.csv?${november}&table=categories&locale=cs`);
    expect(parse(categories.body, { bom: true, delimiter: ';' }).map((r: string[]) => r[0])).toEqual([words.keys.category, 'kitchen', words.noCategory, 'kitchen']);
    const unknown = await get(headers, `/api/dashboards/table.csv?${november}&table=everything`);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ error: 'malformed', fields: ['table'] });
  });
});

test('a long list (products) is cut to its largest rows on screen; its CSV has them all', async () => {
  // 6 October (day -25 of November): one return of 22 products at 1.00 each line, the first line two units.
  const lines = Array.from({ length: 22 }, (_, i) => line(brno, `P-${String(i).padStart(2, '0')}`, i ? 1 : 2, 100, 'other'));
  await returnRated(brno, -25, 'boris', lines, [['cash', 2300]], 5);
  const { headers } = await signedIn(ho.app, ho.db, 'viewer');
  const october = 'from=2026-10-01&to=2026-10-31';
  const products = ((await get(headers, `/api/dashboards/tables?${october}`)).json() as Answer).tables.find((x) => x.id === 'products')!;
  expect(products.rows).toHaveLength(20);
  expect(products.cut).toBe(2);
  expect(products.rows[0]).toMatchObject({ key: 'P-00', cells: [2, 100] });
  const csv = parse((await get(headers, `/api/dashboards/table.csv?${october}&table=products&locale=en`)).body, { bom: true }) as string[][];
  expect(csv.slice(1).map((r) => r[0]).sort()).toEqual(lines.map((l) => l.sku).sort());
});

describe('the cases behind a cell with no single key', () => {
  type Rows = { rows: { caseId: string; storeCode: string; n: number; amount: number; currency: string }[]; next: string | null };
  const behind = async (headers: Record<string, string>, query: string) => {
    const res = await get(headers, `/api/dashboards/cases-behind?${november}&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Rows;
  };

  test("a store's ratings, a store's returned goods (a case of two reasons once), a category, the unknown category", async () => {
    const { headers } = await signedIn(ho.app, ho.db, 'administrator');
    expect((await behind(headers, 'figure=csat&store=PRG01')).rows.map((r) => r.caseId)).toEqual([caseIds.prg]);
    expect((await behind(headers, 'figure=returns.reason&store=PRG01')).rows).toMatchObject([{ caseId: caseIds.prg, n: 3, amount: 10900, currency: 'CZK' }]);
    expect((await behind(headers, 'figure=returns.product&category=kitchen')).rows.map((r) => r.caseId)).toEqual([caseIds.sof, caseIds.prg]);
    expect((await behind(headers, 'figure=returns.product&category=')).rows.map((r) => r.caseId)).toEqual([caseIds.brn]);
  });

  test('page by page, newest first, each case once', async () => {
    const { headers } = await signedIn(ho.app, ho.db, 'viewer');
    const first = await behind(headers, 'figure=csat&limit=2');
    expect(first.rows.map((r) => r.caseId)).toEqual([caseIds.sof, caseIds.brn]);
    const second = await behind(headers, `figure=csat&limit=2&after=${encodeURIComponent(first.next!)}`);
    expect(second).toMatchObject({ rows: [{ caseId: caseIds.prg }], next: null });
  });
});

describe('a regional manager', () => {
  test('picks among and sees only the stores of their region; another store named is refused', async () => {
    const { headers } = await signedIn(ho.app, ho.db, 'regional_manager', ['PRG01', 'BRN02']);
    expect((await get(headers, '/api/dashboards/places')).json() as DashboardPlaces).toEqual({ stores: [{ code: 'BRN02', region: 'West' }, { code: 'PRG01', region: 'West' }] });
    const t = await tablesOf(headers);
    expect(rowsOf(t, 'returnRate').map((r) => r[0])).toEqual(['BRN02', 'PRG01']);
    expect(rowsOf(t, 'csatStaff').map((r) => r[0])).toEqual(['anna', 'boris']);
    expect((await get(headers, `/api/dashboards/table.csv?${november}&table=reasons&store=SOF01`)).statusCode).toBe(403);
    expect((await get(headers, `/api/dashboards/cases-behind?${november}&figure=csat&store=SOF01`)).statusCode).toBe(403);
    expect((await behind(headers, 'figure=csat')).rows.map((r) => r.storeCode).sort()).toEqual(['BRN02', 'PRG01']);
  });

  test('without a session nothing is answered', async () => {
    expect((await get({}, `/api/dashboards/tables?${november}`)).statusCode).toBe(401);
    expect((await get({}, '/api/dashboards/places')).statusCode).toBe(401);
  });

  async function behind(headers: Record<string, string>, query: string) {
    return (await get(headers, `/api/dashboards/cases-behind?${november}&${query}`)).json() as { rows: { storeCode: string }[] };
  }
});

describe("head office's own reason codes", () => {
  // 12 August at BRN02: a shirt back for its colour, a scarf given unwanted, a toaster defective, and a code head office never named.
  const august = 'from=2026-08-01&to=2026-08-31';
  beforeAll(async () => {
    const { headers } = await signedIn(ho.app, ho.db, 'administrator');
    const reasons: [string, string, Record<string, string>][] = [
      ['chain', 'wrong_colour', { cs: 'Jiná barva', en: 'Wrong colour' }],
      // A store's own name for a code the chain named: the chain's names it in figures over many stores.
      ['store:SOF01', 'wrong_colour', { en: 'Colour' }],
      ['region:West', 'gift_unwanted', { bg: 'Нежелан подарък' }],
      ['store:SOF01', 'box_damaged', { en: 'Box damaged' }],
    ];
    for (const [scope, code, names] of reasons) {
      const res = await ho.app.inject({ method: 'POST', url: '/api/reference/reasons', headers, payload: { scope, code, names, retired: false } });
      expect(res.statusCode, res.body).toBe(200);
    }
    await returnRated(brno, -80, 'boris', [
      line(brno, 'SHIRT', 1, 3000, 'wrong_colour'), line(brno, 'SCARF', 1, 1500, 'gift_unwanted'), line(brno, 'TOAST', 1, 4000, 'defective'), line(brno, 'CUP', 1, 500, 'old_reason'),
    ], [['cash', 9000]], 4);
  });
  const csvKeys = async (headers: Record<string, string>, locale: 'cs' | 'en') => {
    const res = await get(headers, `/api/dashboards/table.csv?${august}&table=reasons&locale=${locale}`);
    return (parse(res.body, { bom: true, delimiter: locale === 'en' ? ',' : ';' }) as string[][]).slice(1).map((r) => r[0]);
  };

  test("the screens get head office's names per language; the CSV names a code in the user's language, else in another, else by its code", async () => {
    const { headers } = await signedIn(ho.app, ho.db, 'viewer');
    expect((await get(headers, '/api/dashboards/reasons')).json()).toEqual({
      names: { wrong_colour: { cs: 'Jiná barva', en: 'Wrong colour' }, gift_unwanted: { bg: 'Нежелан подарък' }, box_damaged: { en: 'Box damaged' } },
    });
    // The rows keep their codes: a cell drills to the cases of its code.
    const tables = (await get(headers, `/api/dashboards/tables?${august}`)).json() as Answer;
    expect(tables.tables.find((x) => x.id === 'reasons')!.rows.map((r) => r.key)).toEqual(['defective', 'gift_unwanted', 'old_reason', 'wrong_colour']);
    expect(await csvKeys(headers, 'cs')).toEqual([csTerms.reason.defective, 'Нежелан подарък', 'old_reason', 'Jiná barva']);
    expect(await csvKeys(headers, 'en')).toEqual(['Defective', 'Нежелан подарък', 'old_reason', 'Wrong colour']);
  });

  test("a regional manager gets the names of the chain's, their region's and their stores' codes only", async () => {
    const { headers } = await signedIn(ho.app, ho.db, 'regional_manager', ['PRG01', 'BRN02']);
    expect((await get(headers, '/api/dashboards/reasons')).json()).toEqual({
      names: { wrong_colour: { cs: 'Jiná barva', en: 'Wrong colour' }, gift_unwanted: { bg: 'Нежелан подарък' } },
    });
    expect((await get({}, '/api/dashboards/reasons')).statusCode).toBe(401);
  });
});

describe('every table of a page at once', () => {
  const q = { from: '2026-11-01', to: '2026-11-30', by: 'store' as const, today: '2026-12-01' };
  /** A pool that answers each query after `ms(n)` (n: the query's place in the order asked), with no rows or the error `fail(n)`. */
  const pool = (ms: (n: number) => number, fail?: (n: number) => Error) => {
    const seen = { asked: 0, running: 0, most: 0 };
    const db: Queryable = {
      async query<T>() {
        const n = ++seen.asked;
        seen.most = Math.max(seen.most, ++seen.running);
        await new Promise((resolve) => setTimeout(resolve, ms(n)));
        seen.running--;
        if (fail) throw fail(n);
        return [] as T[];
      },
    };
    return { db, seen };
  };

  test('their queries run at the same time, not one after another', async () => {
    const { db, seen } = pool(() => 20);
    const tables = await dashboardTables(db, { stores: 'all' }, q, 20);
    expect(tables.map((t) => t.id)).toEqual([...tableIds]);
    expect(seen.asked).toBeGreaterThan(tableIds.length);
    expect(seen.most).toBe(seen.asked);
  });

  test('when queries fail, the answer is the first failure in table order (as one after another), once none is left running', async () => {
    // The later a query is asked, the sooner it fails.
    const { db, seen } = pool((n) => 100 - 5 * n, (n) => new Error(`query ${n} failed`));
    await expect(dashboardTables(db, { stores: 'all' }, q, 20)).rejects.toThrow(/^query 1 failed$/);
    expect(seen.running).toBe(0);
  });
});
