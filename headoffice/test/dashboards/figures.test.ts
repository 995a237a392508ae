import { beforeAll, describe, expect, test } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { ReturnLine } from '../../../shared/domain/events.js';
import type { Sale } from '../../../shared/sales/sale.js';
import { runAdminCommand } from '../../src/admin-commands.js';
import { recordAtHeadOffice } from '../../src/store/headoffice-events.js';
import { figureTotals, figureTrend, openComplaints, type SplitBy } from '../../src/dashboards/queries.js';
import type { Figure } from '../../src/dashboards/facts.js';
import type { Scope } from '../../src/dashboards/scope.js';
import { bearer, headOfficeAppForFile } from '../api.js';
import { makeSale } from '../sales/fixtures.js';
import { deskIn, event, nextCaseNo, noon, push, type Desk } from './fixtures.js';

// A small chain, every number below counted by hand: PRG01 and BRN02 (CZ, CZK) in region West,
// SOF01 (BG, EUR) in region East; returns, a split refund, an exchange, a void, complaints resolved
// in time and late, open and overdue ones, ratings and sales, all in November 2026.
const ho = headOfficeAppForFile();
const desks = {} as Record<'prg' | 'brn' | 'sof', Desk>;
const all: Scope = { stores: 'all' };
const november = { from: '2026-11-01', to: '2026-11-30' };

const line = (d: Desk, sku: string, qty: number, unitPrice: number, reason: ReturnLine['reason'], paid?: number): ReturnLine => ({
  item: sku, sku, qty, unitPrice: { amount: unitPrice, currency: d.currency }, reason, condition: 'new', restock: true,
  ...(paid === undefined ? {} : { paid: { amount: paid, currency: d.currency } }),
});

async function returned(d: Desk, day: number, actor: string, lines: ReturnLine[], parts: ['cash' | 'card', number][]) {
  const caseId = uuidv7();
  const amount = parts.reduce((sum, [, a]) => sum + a, 0);
  await push(ho.app, d, [event(d, caseId, noon(day), actor, 'return.recorded', {
    caseNo: nextCaseNo(d), country: d.country, purchase: { purchaseDate: '2026-10-30', proof: 'receipt' }, lines,
    refund: { method: parts[0]![0], amount: { amount, currency: d.currency }, parts: parts.map(([method, a]) => ({ method, amount: { amount: a, currency: d.currency }, saleAmount: a })) },
  })]);
  return caseId;
}

async function complaint(d: Desk, day: number, kind: 'defect' | 'suggestion', dueDate?: string) {
  const caseId = uuidv7();
  const caseNo = nextCaseNo(d);
  await push(ho.app, d, [event(d, caseId, noon(day), 'clerk', 'complaint.opened', {
    caseNo, country: d.country, kind, remedy: kind === 'defect' ? 'repair' : 'none', description: 'Kettle leaks', ...(dueDate ? { dueDate } : {}),
  })]);
  return { caseId, caseNo };
}

const rated = (d: Desk, caseId: string, day: number, score: number) => push(ho.app, d, [event(d, caseId, noon(day, 30), 'customer', 'feedback.recorded', { score, solved: 'yes' })]);

beforeAll(async () => {
  desks.prg = await deskIn(ho.app, ho.db, 'PRG01', 'CZ', 'CZK');
  desks.brn = await deskIn(ho.app, ho.db, 'BRN02', 'CZ', 'CZK');
  desks.sof = await deskIn(ho.app, ho.db, 'SOF01', 'BG', 'EUR');
  for (const [store, region] of [['PRG01', 'West'], ['BRN02', 'West'], ['SOF01', 'East']]) await runAdminCommand(ho.db, 'set-region', { store, region });
  const { prg, brn, sof } = desks;

  // PRG01, Anna: a kettle (paid 99.00 after discounts) and two mugs back, 99.00 to the card and 10.00 cash; rated 5.
  const r1 = await returned(prg, 2, 'anna', [line(prg, 'KET-20', 1, 10900, 'defective', 9900), line(prg, 'MUG-01', 2, 500, 'changed_mind')], [['card', 9900], ['cash', 1000]]);
  await rated(prg, r1, 3, 5);
  // PRG01, Anna: a kettle back for cash, voided by Anna the next day with her manager's PIN.
  const r2 = await returned(prg, 10, 'anna', [line(prg, 'KET-20', 1, 9900, 'defective')], [['cash', 9900]]);
  await push(ho.app, prg, [event(prg, r2, noon(11), 'anna', 'case.voided', { reason: 'wrong customer', managerId: 'boss' })]);
  // Complaints at PRG01: resolved in time by the service centre, resolved late, still open past its due date.
  const c1 = await complaint(prg, 2, 'defect', '2026-11-20');
  await recordAtHeadOffice(ho.db, c1.caseNo, 'complaint.resolved', 'service-centre', { outcome: 'accepted' }, () => noon(15));
  const c2 = await complaint(prg, 3, 'defect', '2026-11-10');
  await push(ho.app, prg, [event(prg, c2.caseId, noon(12), 'anna', 'complaint.resolved', { outcome: 'rejected', reason: 'wear' })]);
  await complaint(prg, 5, 'defect', '2026-11-25');

  // BRN02, Boris: shoes exchanged for a smaller pair, 5.00 back in cash; rated 3. A suggestion, open (no deadline).
  const e1 = uuidv7();
  await push(ho.app, brn, [event(brn, e1, noon(4), 'boris', 'exchange.recorded', {
    caseNo: nextCaseNo(brn), country: 'CZ', purchase: { purchaseDate: '2026-10-30', proof: 'receipt' },
    returned: [line(brn, 'SHOE-42', 1, 2000, 'wrong_size')], issued: [{ item: 'SHOE-41', qty: 1, unitPrice: { amount: 1500, currency: 'CZK' } }],
    difference: { amount: -500, currency: 'CZK' }, settlement: 'cash',
  })]);
  await rated(brn, e1, 4, 3);
  await complaint(brn, 20, 'suggestion');

  // SOF01, Vera: a kettle back to the card in EUR; rated 4. A complaint open past its due date.
  const r3 = await returned(sof, 6, 'vera', [line(sof, 'KET-20', 1, 5000, 'defective')], [['card', 5000]]);
  await rated(sof, r3, 6, 4);
  await complaint(sof, 1, 'defect', '2026-11-15');

  // Sales: four at PRG01, two at BRN02, one at SOF01; one at PRG01 in October (outside the range).
  const { token } = (await runAdminCommand(ho.db, 'integration-token', { name: 'ERP', stores: 'PRG01,BRN02,SOF01' })) as { token: string };
  const sale = (store: string, day: number, month = 10, currency: Sale['currency'] = 'CZK') =>
    makeSale(store, { soldAt: new Date(Date.UTC(2026, month, day, 10)).toISOString().replace('Z', '+00:00'), currency });
  const sales = [sale('PRG01', 2), sale('PRG01', 2), sale('PRG01', 9), sale('PRG01', 30), sale('PRG01', 31, 9), sale('BRN02', 4), sale('BRN02', 5), sale('SOF01', 6, 10, 'EUR')];
  const res = await ho.app.inject({ method: 'POST', url: '/v1/sales', headers: bearer(token), payload: { sales } });
  expect(res.json()).toMatchObject({ stored: sales.length });

  await ho.db.query(`INSERT INTO catalogue_items (sku, names, category, returnable, warranty_months) VALUES
    ('KET-20', '{"en":"Kettle"}', 'kitchen', true, 24), ('MUG-01', '{"en":"Mug"}', 'kitchen', true, 0), ('SHOE-42', '{"en":"Shoe"}', 'shoes', true, 24)`);
});

const rows = (figure: Figure, by: SplitBy, scope = all, where: { region?: string; store?: string; from?: string; to?: string } = {}) =>
  figureTotals(ho.db, scope, { ...november, ...where, figure, by });
const sorted = <T>(list: T[]) => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('figures for the chain over November', () => {
  test('returns by reason: units and their value, per currency; a voided return is not counted', async () => {
    expect(sorted(await rows('returns.reason', 'key'))).toEqual(sorted([
      { split: 'defective', currency: 'CZK', n: 1, amount: 9900 },
      { split: 'defective', currency: 'EUR', n: 1, amount: 5000 },
      { split: 'changed_mind', currency: 'CZK', n: 2, amount: 1000 },
      { split: 'wrong_size', currency: 'CZK', n: 1, amount: 2000 },
    ]));
  });

  test('refunds by method: each part of a split refund counts under its own method; an exchange counts its money back', async () => {
    expect(sorted(await rows('refunds.method', 'key'))).toEqual(sorted([
      { split: 'card', currency: 'CZK', n: 1, amount: 9900 },
      { split: 'cash', currency: 'CZK', n: 2, amount: 1500 },
      { split: 'card', currency: 'EUR', n: 1, amount: 5000 },
    ]));
  });

  test('refunds per staff member, returns and exchanges, voids', async () => {
    expect(sorted(await rows('refunds.staff', 'key'))).toEqual(sorted([
      { split: 'anna', currency: 'CZK', n: 1, amount: 10900 },
      { split: 'boris', currency: 'CZK', n: 1, amount: 500 },
      { split: 'vera', currency: 'EUR', n: 1, amount: 5000 },
    ]));
    expect(sorted(await rows('returns.cases', 'key'))).toEqual(sorted([
      { split: 'return', currency: '', n: 2, amount: 0 },
      { split: 'exchange', currency: '', n: 1, amount: 0 },
    ]));
    expect(await rows('voids', 'key')).toEqual([{ split: 'anna', currency: 'CZK', n: 1, amount: 9900 }]);
  });

  test('returns by product and by the catalogue category of the product', async () => {
    expect(sorted(await rows('returns.product', 'key'))).toEqual(sorted([
      { split: 'KET-20', currency: 'CZK', n: 1, amount: 9900 },
      { split: 'KET-20', currency: 'EUR', n: 1, amount: 5000 },
      { split: 'MUG-01', currency: 'CZK', n: 2, amount: 1000 },
      { split: 'SHOE-42', currency: 'CZK', n: 1, amount: 2000 },
    ]));
    expect(sorted(await rows('returns.product', 'category'))).toEqual(sorted([
      { split: 'kitchen', currency: 'CZK', n: 3, amount: 10900 },
      { split: 'kitchen', currency: 'EUR', n: 1, amount: 5000 },
      { split: 'shoes', currency: 'CZK', n: 1, amount: 2000 },
    ]));
  });

  test('complaints opened, and resolved in time or late against their due date', async () => {
    expect(sorted(await rows('complaints.opened', 'key'))).toEqual(sorted([
      { split: 'defect', currency: '', n: 4, amount: 0 },
      { split: 'suggestion', currency: '', n: 1, amount: 0 },
    ]));
    expect(sorted(await rows('complaints.resolved', 'key'))).toEqual(sorted([
      { split: 'in_time', currency: '', n: 1, amount: 0 },
      { split: 'late', currency: '', n: 1, amount: 0 },
    ]));
  });

  test('complaints open and overdue now, by store and by region', async () => {
    expect(await openComplaints(ho.db, all, { today: '2026-11-26', by: 'store' })).toEqual([
      { split: 'BRN02', open: 1, overdue: 0 }, { split: 'PRG01', open: 1, overdue: 1 }, { split: 'SOF01', open: 1, overdue: 1 },
    ]);
    expect(await openComplaints(ho.db, all, { today: '2026-11-20', by: 'region' })).toEqual([
      { split: 'East', open: 1, overdue: 1 }, { split: 'West', open: 2, overdue: 0 },
    ]);
  });

  test('CSAT by store and by staff: ratings and the sum of their scores', async () => {
    expect(await rows('csat', 'store')).toEqual([
      { split: 'BRN02', currency: '', n: 1, amount: 3 }, { split: 'PRG01', currency: '', n: 1, amount: 5 }, { split: 'SOF01', currency: '', n: 1, amount: 4 },
    ]);
    expect(await rows('csat', 'key', all, { region: 'West' })).toEqual([{ split: 'anna', currency: '', n: 1, amount: 5 }, { split: 'boris', currency: '', n: 1, amount: 3 }]);
  });

  test('sales for the return rate, by store: October is outside the range', async () => {
    expect(await rows('sales', 'store')).toEqual([
      { split: 'PRG01', currency: 'CZK', n: 4, amount: 4 * 13500 }, { split: 'BRN02', currency: 'CZK', n: 2, amount: 2 * 13500 }, { split: 'SOF01', currency: 'EUR', n: 1, amount: 13500 },
    ]);
  });

  test('sales for the chain and per region, read from the roll-ups the sales feed keeps', async () => {
    expect(await rows('sales', 'chain')).toEqual([{ split: '', currency: 'CZK', n: 6, amount: 6 * 13500 }, { split: '', currency: 'EUR', n: 1, amount: 13500 }]);
    expect(await rows('sales', 'region')).toEqual([{ split: 'West', currency: 'CZK', n: 6, amount: 6 * 13500 }, { split: 'East', currency: 'EUR', n: 1, amount: 13500 }]);
  });

  test('a date range inside the month counts only its days', async () => {
    expect(sorted(await rows('returns.cases', 'key', all, { from: '2026-11-01', to: '2026-11-05' }))).toEqual(sorted([
      { split: 'return', currency: '', n: 1, amount: 0 }, { split: 'exchange', currency: '', n: 1, amount: 0 },
    ]));
    expect(await rows('returns.cases', 'chain', all, { from: '2026-10-01', to: '2027-01-31' })).toEqual([{ split: '', currency: '', n: 3, amount: 0 }]);
  });

  test('trend by day and by ISO week', async () => {
    expect(await figureTrend(ho.db, all, { ...november, figure: 'returns.cases', by: 'chain', every: 'day' })).toEqual([
      { period: '2026-11-02', split: '', currency: '', n: 1, amount: 0 },
      { period: '2026-11-04', split: '', currency: '', n: 1, amount: 0 },
      { period: '2026-11-06', split: '', currency: '', n: 1, amount: 0 },
    ]);
    // Monday 2 November holds all three; the voided one of the 10th counts nowhere.
    expect(await figureTrend(ho.db, all, { ...november, figure: 'returns.cases', by: 'chain', every: 'week' })).toEqual([{ period: '2026-11-02', split: '', currency: '', n: 3, amount: 0 }]);
  });
});

describe('scope', () => {
  const west: Scope = { stores: ['PRG01', 'BRN02'] };

  test("a regional manager's figures hold only the stores of the region", async () => {
    expect(await rows('returns.cases', 'store', west)).toEqual([
      { split: 'BRN02', currency: '', n: 1, amount: 0 }, { split: 'PRG01', currency: '', n: 1, amount: 0 },
    ]);
    expect(await openComplaints(ho.db, west, { today: '2026-11-26', by: 'chain' })).toEqual([{ split: '', open: 2, overdue: 1 }]);
  });

  test('asking for a store or region outside the scope gives nothing, not the chain', async () => {
    expect(await rows('returns.cases', 'store', west, { store: 'SOF01' })).toEqual([]);
    expect(await rows('refunds.method', 'key', west, { region: 'East' })).toEqual([]);
    expect(await openComplaints(ho.db, west, { today: '2026-11-26', by: 'store', region: 'East' })).toEqual([]);
  });

  test('a store gets its region from the command; an unknown store is refused, nothing changes', async () => {
    await expect(runAdminCommand(ho.db, 'set-region', { store: 'NOPE1', region: 'West' })).rejects.toMatchObject({ status: 404, code: 'store_not_found' });
    await expect(runAdminCommand(ho.db, 'set-region', { store: 'PRG01', region: ' ' })).rejects.toThrow();
    expect(await ho.db.query("SELECT code, region FROM stores ORDER BY code")).toEqual([
      { code: 'BRN02', region: 'West' }, { code: 'PRG01', region: 'West' }, { code: 'SOF01', region: 'East' },
    ]);
  });

  test('a region narrows the chain; a store narrows its region', async () => {
    expect(await rows('returns.cases', 'region', all)).toEqual([{ split: 'West', currency: '', n: 2, amount: 0 }, { split: 'East', currency: '', n: 1, amount: 0 }]);
    expect(await rows('refunds.staff', 'key', all, { region: 'West', store: 'BRN02' })).toEqual([{ split: 'boris', currency: 'CZK', n: 1, amount: 500 }]);
  });
});
