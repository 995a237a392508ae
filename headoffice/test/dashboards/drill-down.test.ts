import { beforeAll, describe, expect, test } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { runAdminCommand } from '../../src/admin-commands.js';
import { headOfficeAppForFile } from '../api.js';
import { signedIn } from '../auth/sign-in.js';
import { deskIn, event, nextCaseNo, noon, push, type Desk } from './fixtures.js';

// The JSON API behind sign-in: the cases behind a figure page by page (stable while cases arrive),
// a case's full history, the open complaints oldest deadline first; a regional manager sees only
// the stores of their region.
const ho = headOfficeAppForFile();
let prague: Desk;
let kyiv: Desk;
const pragueReturns: string[] = [];
const kyivReturns: string[] = [];

const aReturn = (d: Desk, day: number, minute: number) => {
  const caseId = uuidv7();
  return { caseId, event: event(d, caseId, noon(day, minute), 'olga', 'return.recorded', {
    caseNo: nextCaseNo(d), country: d.country, purchase: { purchaseDate: '2026-10-01', proof: 'receipt' },
    lines: [{ item: 'Kettle', sku: 'KET-20', qty: 1, unitPrice: { amount: 9900, currency: d.currency }, reason: 'defective', condition: 'used', restock: false }],
    refund: { method: 'cash', amount: { amount: 9900, currency: d.currency } },
  }) };
};

beforeAll(async () => {
  prague = await deskIn(ho.app, ho.db, 'DRL01', 'CZ', 'CZK');
  kyiv = await deskIn(ho.app, ho.db, 'DRL02', 'UA', 'UAH');
  await runAdminCommand(ho.db, 'set-region', { store: 'DRL01', region: 'West' });
  await runAdminCommand(ho.db, 'set-region', { store: 'DRL02', region: 'East' });
  // 25 returns at Prague over three days (several on one day), 3 at Kyiv.
  const prg = Array.from({ length: 25 }, (_, i) => aReturn(prague, 10 + (i % 3), i));
  await push(ho.app, prague, prg.map((r) => r.event));
  pragueReturns.push(...prg.map((r) => r.caseId));
  const kyv = Array.from({ length: 3 }, (_, i) => aReturn(kyiv, 11, i));
  await push(ho.app, kyiv, kyv.map((r) => r.event));
  kyivReturns.push(...kyv.map((r) => r.caseId));
});

const drill = (headers: Record<string, string>, query: string) => ho.app.inject({ method: 'GET', url: `/api/dashboards/cases?figure=returns.reason&key=defective&from=2026-11-01&to=2026-11-30&${query}`, headers });

describe('drill-down', () => {
  test('pages hold every case behind the figure once, newest first, while newer cases arrive between pages', async () => {
    const { headers } = await signedIn(ho.app, ho.db, 'administrator');
    const seen: { day: string; caseId: string; storeCode: string }[] = [];
    let after = '';
    for (let pages = 0; ; pages++) {
      const res = await drill(headers, `limit=7${after ? `&after=${encodeURIComponent(after)}` : ''}`);
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json() as { rows: typeof seen; next: string | null };
      seen.push(...page.rows);
      // A return recorded now (a later day) sorts before the first page: it never shows up in a later one.
      if (pages === 0) await push(ho.app, prague, [aReturn(prague, 20, 0).event]);
      if (!page.next) break;
      after = page.next;
    }
    expect(seen.map((r) => r.caseId).sort()).toEqual([...pragueReturns, ...kyivReturns].sort());
    const order = seen.map((r) => `${r.day}/${r.caseId}`);
    expect(order).toEqual([...order].sort().reverse());
  });

  test("a manager of both stores pages through their rows merged in the chain's order", async () => {
    const pages = async (headers: Record<string, string>) => {
      const rows: unknown[] = [];
      let after = '';
      do {
        const page = (await drill(headers, `limit=4${after ? `&after=${encodeURIComponent(after)}` : ''}`)).json() as { rows: unknown[]; next: string | null };
        rows.push(...page.rows);
        after = page.next ?? '';
      } while (after);
      return rows;
    };
    const chain = await pages((await signedIn(ho.app, ho.db, 'administrator')).headers);
    expect(chain.length).toBeGreaterThan(pragueReturns.length + kyivReturns.length - 1);
    expect(await pages((await signedIn(ho.app, ho.db, 'regional_manager', ['DRL01', 'DRL02'])).headers)).toEqual(chain);
  });

  test('a regional manager drills into the stores of their region only, and may not name another store', async () => {
    const { headers } = await signedIn(ho.app, ho.db, 'regional_manager', ['DRL01']);
    const res = await drill(headers, 'limit=200');
    expect((res.json() as { rows: { storeCode: string }[] }).rows.every((r) => r.storeCode === 'DRL01')).toBe(true);
    expect((res.json() as { rows: unknown[] }).rows.length).toBe(pragueReturns.length + 1);
    expect((await drill(headers, 'store=DRL02')).statusCode).toBe(403);
    expect((await drill(headers, 'region=East')).json()).toEqual({ rows: [], next: null });
    const figures = await ho.app.inject({ method: 'GET', url: '/api/dashboards/figures?figure=returns.cases&from=2026-11-01&to=2026-11-30&by=store', headers });
    expect(figures.json()).toEqual({ rows: [{ split: 'DRL01', currency: '', n: pragueReturns.length + 1, amount: 0 }] });
  });

  test("a case's full history in its stored order; another region's case is not found", async () => {
    const manager = await signedIn(ho.app, ho.db, 'regional_manager', ['DRL01']);
    const caseId = pragueReturns[0]!;
    await push(ho.app, prague, [event(prague, caseId, noon(12), 'olga', 'case.noted', { text: 'customer called' })]);
    const res = await ho.app.inject({ method: 'GET', url: `/api/dashboards/cases/${caseId}`, headers: manager.headers });
    const history = res.json() as { state: { id: string; notes: { text: string }[] }; events: { type: string }[] };
    expect(history.state.id).toBe(caseId);
    expect(history.events.map((e) => e.type)).toEqual(['return.recorded', 'case.noted']);
    expect(history.state.notes.map((n) => n.text)).toEqual(['customer called']);
    expect((await ho.app.inject({ method: 'GET', url: `/api/dashboards/cases/${kyivReturns[0]}`, headers: manager.headers })).statusCode).toBe(404);
  });

  test('without a session nothing is answered; a range backwards is refused naming the field', async () => {
    expect((await drill({}, '')).statusCode).toBe(401);
    const { headers } = await signedIn(ho.app, ho.db, 'viewer');
    const res = await ho.app.inject({ method: 'GET', url: '/api/dashboards/figures?figure=returns.cases&from=2026-11-30&to=2026-11-01', headers });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'malformed', fields: ['to'] });
  });
});

/** Every page of the open complaints list, two rows at a time. */
async function openList(headers: Record<string, string>, query: string) {
  const rows: { dueDate: string | null; caseId: string; storeCode: string }[] = [];
  let after = '';
  do {
    const page = (await ho.app.inject({ method: 'GET', url: `/api/dashboards/open-complaints?limit=2&${query}${after ? `&after=${encodeURIComponent(after)}` : ''}`, headers })).json() as { rows: typeof rows; next: string | null };
    rows.push(...page.rows);
    after = page.next ?? '';
  } while (after);
  return rows;
}

describe('open complaints', () => {
  test('oldest deadline first, those without one last, page by page; overdue only those past it', async () => {
    const dues = ['2026-11-20', '2026-11-05', undefined, '2099-01-01', '2026-11-05'];
    const ids: string[] = [];
    for (const dueDate of dues) {
      const caseId = uuidv7();
      ids.push(caseId);
      await push(ho.app, kyiv, [event(kyiv, caseId, noon(1), 'olga', 'complaint.opened', {
        caseNo: nextCaseNo(kyiv), country: 'UA', kind: dueDate ? 'defect' : 'suggestion', remedy: 'repair', description: 'x', ...(dueDate ? { dueDate } : {}),
      })]);
    }
    const { headers } = await signedIn(ho.app, ho.db, 'regional_manager', ['DRL02']);
    const all = await openList(headers, '');
    expect(all.map((r) => r.dueDate)).toEqual(['2026-11-05', '2026-11-05', '2026-11-20', '2099-01-01', null]);
    expect(all.map((r) => r.caseId).sort()).toEqual([...ids].sort());
    expect((await openList(headers, 'overdue=1')).map((r) => r.dueDate)).toEqual(['2026-11-05', '2026-11-05', '2026-11-20']);
    const counts = await ho.app.inject({ method: 'GET', url: '/api/dashboards/complaints?by=region', headers });
    expect(counts.json().rows).toEqual([{ split: 'East', open: 5, overdue: 3 }]);
  });
  test("several stores' lists are merged in deadline order, page by page, for a manager of both as for the chain", async () => {
    for (const dueDate of ['2026-11-06', '2026-11-21', '2099-01-01']) {
      await push(ho.app, prague, [event(prague, uuidv7(), noon(2), 'jana', 'complaint.opened', {
        caseNo: nextCaseNo(prague), country: 'CZ', kind: 'defect', remedy: 'repair', description: 'x', dueDate,
      })]);
    }
    const both = await openList((await signedIn(ho.app, ho.db, 'regional_manager', ['DRL01', 'DRL02'])).headers, '');
    expect(both.map((r) => [r.dueDate, r.storeCode])).toEqual([
      ['2026-11-05', 'DRL02'], ['2026-11-05', 'DRL02'], ['2026-11-06', 'DRL01'], ['2026-11-20', 'DRL02'], ['2026-11-21', 'DRL01'],
      ['2099-01-01', expect.any(String)], ['2099-01-01', expect.any(String)], [null, 'DRL02'],
    ]);
    expect(await openList((await signedIn(ho.app, ho.db, 'administrator')).headers, '')).toEqual(both);
  });
});
