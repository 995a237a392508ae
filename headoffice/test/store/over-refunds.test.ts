import { beforeAll, describe, expect, test } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { CaseState } from '../../../shared/domain/case-state.js';
import { formatCaseNo } from '../../../shared/domain/case-number.js';
import type { DeskEvent, EventPayload, EventType, RefundMethod } from '../../../shared/domain/events.js';
import { formatHlc } from '../../../shared/domain/hlc.js';
import { paidPerLine, type Sale } from '../../../shared/sales/sale.js';
import { runAdminCommand } from '../../src/admin-commands.js';
import { refoldAndFlag } from '../../src/store/over-refunds.js';
import { recordAtHeadOffice } from '../../src/store/headoffice-events.js';
import { bearer, enrolledDevice, headOfficeAppForFile, pushAnswer } from '../api.js';
import { makeSale } from '../sales/fixtures.js';
import { signedIn } from '../auth/sign-in.js';

const ho = headOfficeAppForFile();
type Desk = Awaited<ReturnType<typeof enrolledDevice>> & { seq: number; cases: number };
const desks = {} as Record<'a' | 'b' | 'c' | 'elsewhere', Desk>;
let erp: string;

beforeAll(async () => {
  ({ token: erp } = (await runAdminCommand(ho.db, 'integration-token', { name: 'ERP', stores: 'RFD01,RFD02' })) as { token: string });
  for (const [name, store, desk] of [['a', 'RFD01', 'A'], ['b', 'RFD01', 'B'], ['c', 'RFD01', 'C'], ['elsewhere', 'RFD02', 'A']] as const) {
    desks[name] = { ...(await enrolledDevice(ho.app, ho.db, store, desk)), seq: 0, cases: 0 };
  }
});

const czk = (amount: number) => ({ amount, currency: 'CZK' as const });

async function sold(over: Partial<Sale> = {}, store = 'RFD01'): Promise<Sale> {
  const sale = makeSale(store, over);
  const res = await ho.app.inject({ method: 'POST', url: '/v1/sales', headers: bearer(erp), payload: { sales: [sale] } });
  expect(res.json()).toMatchObject({ stored: 1 });
  return sale;
}
/** One unit of a kettle, paid by card. */
const oneKettle = () => sold({ lines: [{ id: '1', sku: 'KET-20', name: 'Kettle', quantity: 1, unitPrice: 9900, discount: 0, vatRate: 21 }], receiptDiscounts: [], payments: [{ method: 'card', amount: 9900 }] });

const event = <T extends EventType>(d: Desk, caseId: string, type: T, payload: EventPayload<T>) =>
  ({ id: uuidv7(), deviceId: d.id, seq: ++d.seq, caseId, at: formatHlc({ wall: Date.now(), counter: 0 }, d.id), actor: 'staff-1', type, payload }) as DeskEvent;

/** A return at desk `d` of `sale`'s lines ([line id, units, what they were paid]), refunded by `parts` ([method, amount]). */
function saleReturn(d: Desk, sale: Pick<Sale, 'id' | 'receiptNo' | 'lines'>, lines: [string, number, number][], parts: [RefundMethod, number][]) {
  const total = parts.reduce((sum, [, amount]) => sum + amount, 0);
  return event(d, uuidv7(), 'return.recorded', {
    caseNo: formatCaseNo(d.storeCode, d.deskCode, 2026, ++d.cases), country: 'CZ',
    purchase: { receiptNo: sale.receiptNo, purchaseDate: '2026-11-30', proof: 'receipt', saleId: sale.id },
    lines: lines.map(([lineId, qty, paid]) => {
      const line = sale.lines.find((l) => l.id === lineId)!;
      return { item: line.name, qty, unitPrice: czk(line.unitPrice), reason: 'changed_mind', condition: 'new', restock: true, saleLineId: lineId, paid: czk(paid) };
    }),
    refund: { method: parts[0]![0], amount: czk(total), parts: parts.map(([method, amount]) => ({ method, amount: czk(amount), saleAmount: amount })) },
  });
}
/** An exchange at desk `d` of `sale`'s kettle (line 1, 99.00) for a 10.00 mug: 89.00 goes back by `settlement`. */
const kettleForMug = (d: Desk, sale: Pick<Sale, 'id' | 'receiptNo'>, settlement: RefundMethod) => event(d, uuidv7(), 'exchange.recorded', {
  caseNo: formatCaseNo(d.storeCode, d.deskCode, 2026, ++d.cases), country: 'CZ',
  purchase: { receiptNo: sale.receiptNo, purchaseDate: '2026-11-30', proof: 'receipt', saleId: sale.id },
  returned: [{ item: 'Kettle', qty: 1, unitPrice: czk(9900), reason: 'changed_mind', condition: 'new', restock: true, saleLineId: '1', paid: czk(9900) }],
  issued: [{ item: 'Mug', qty: 1, unitPrice: czk(1000) }],
  difference: czk(-8900), settlement,
});
const caseNoOf = (e: DeskEvent) => (e.payload as { caseNo: string }).caseNo;

async function push(d: Desk, events: DeskEvent[]) {
  const res = await ho.app.inject({ method: 'POST', url: '/v1/events', headers: bearer(d.token), payload: { events } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { ackSeq: number; rejected: { id: string; reason: string }[] };
}
const flagsOn = async (opening: DeskEvent) =>
  (await ho.db.query<{ payload: EventPayload<'case.flagged'> }>("SELECT payload FROM events WHERE case_id = $1 AND type = 'case.flagged' ORDER BY pos", [opening.caseId])).map((r) => r.payload);
const stateOf = async (opening: DeskEvent) => (await ho.db.query<{ state: CaseState }>('SELECT state FROM cases WHERE id = $1', [opening.caseId]))[0]!.state;
const flagCount = async () => (await ho.db.query<{ n: number }>("SELECT count(*)::int AS n FROM events WHERE type = 'case.flagged'"))[0]!.n;

/** Desks A and B, offline from each other, each take back the one kettle and refund it by card. */
async function kettleReturnedTwice() {
  const sale = await oneKettle();
  const [a, b] = [saleReturn(desks.a, sale, [['1', 1, 9900]], [['card', 9900]]), saleReturn(desks.b, sale, [['1', 1, 9900]], [['card', 9900]])];
  expect(await push(desks.a, [a])).toEqual(pushAnswer(desks.a.seq));
  expect(await flagsOn(a)).toEqual([]);
  expect(await push(desks.b, [b])).toEqual(pushAnswer(desks.b.seq));
  return { sale, a, b };
}

describe('refunds of one sale from desks that could not see each other', () => {
  test('two desks return the one unit sold: both stored, each case flagged once naming both, pulled by the desks; pushing or folding again flags nothing more', async () => {
    const { sale, a, b } = await kettleReturnedTwice();
    const finding = { kind: 'over_refund', saleId: sale.id, receiptNo: sale.receiptNo, over: ['1', 'payment.card'], cases: [caseNoOf(a), caseNoOf(b)] };
    expect(await flagsOn(a)).toEqual([finding]);
    expect(await flagsOn(b)).toEqual([finding]);
    expect((await stateOf(a)).conflict).toMatchObject({ saleId: sale.id, over: finding.over, cases: finding.cases });

    for (const [desk, other] of [[desks.a, b], [desks.b, a]] as const) {
      const res = await ho.app.inject({ method: 'GET', url: '/v1/events', headers: bearer(desk.token) });
      const flags = (res.json() as { events: DeskEvent[] }).events.filter((e) => e.type === 'case.flagged');
      expect(flags.map((e) => [e.deviceId, e.caseId, e.payload])).toEqual(expect.arrayContaining([
        ['headoffice-RFD01', a.caseId, finding], ['headoffice-RFD01', b.caseId, finding],
      ]));
      // The flag sorts after everything the case holds, so every desk folds it in.
      expect(flags.find((e) => e.caseId === other.caseId)!.at > other.at).toBe(true);
    }

    const before = await flagCount();
    expect(await push(desks.a, [a])).toEqual(pushAnswer(desks.a.seq));
    expect(await push(desks.b, [b])).toEqual(pushAnswer(desks.b.seq));
    await ho.db.transaction((tx) => refoldAndFlag(tx, 'RFD01', [a.caseId, b.caseId]));
    expect(await flagCount()).toBe(before);
  });

  test('a third case of the sale is a new finding: all three are flagged again, naming all three', async () => {
    const { sale, a, b } = await kettleReturnedTwice();
    const c = saleReturn(desks.c, sale, [['1', 1, 9900]], [['store_credit', 9900]]);
    await push(desks.c, [c]);
    const cases = [caseNoOf(a), caseNoOf(b), caseNoOf(c)];
    expect((await flagsOn(a)).map((f) => f.cases)).toEqual([cases.slice(0, 2), cases]);
    expect((await flagsOn(c)).map((f) => f.cases)).toEqual([cases]);
    // Store credit is bounded by nothing; the line and the card are.
    expect((await flagsOn(c))[0]!.over).toEqual(['1', 'payment.card']);
  });

  test('a manager settles the conflict at the desk; a void brings the sale within bounds: nothing new recorded, the conflict is cleared', async () => {
    const { sale, a, b } = await kettleReturnedTwice();
    const settle = event(desks.b, b.caseId, 'case.flag_settled', { note: 'Customer brought the second refund back', managerId: 'mgr-1' });
    expect(await push(desks.b, [settle])).toEqual(pushAnswer(desks.b.seq));
    expect((await stateOf(b)).conflict?.settled).toMatchObject({ note: 'Customer brought the second refund back', managerId: 'mgr-1' });

    const before = await flagCount();
    await push(desks.a, [event(desks.a, a.caseId, 'case.voided', { reason: 'Recorded twice by mistake', managerId: 'mgr-2' })]);
    expect(await flagCount()).toBe(before);
    const [row] = await ho.db.query<{ cleared: boolean }>('SELECT cleared_at IS NOT NULL AS cleared FROM over_refunds WHERE sale_id = $1', [sale.id]);
    expect(row).toEqual({ cleared: true });
  });

  test("head office's own events are checked like a desk's: a note flags nothing again, a void there clears the conflict", async () => {
    const { sale, a, b } = await kettleReturnedTwice();
    const before = await flagCount();
    await recordAtHeadOffice(ho.db, caseNoOf(a), 'case.noted', 'audit', { text: 'Looked at by audit' });
    expect(await flagCount()).toBe(before);
    await recordAtHeadOffice(ho.db, caseNoOf(b), 'case.voided', 'audit', { reason: 'Refund reversed at the bank', managerId: 'audit-1' });
    expect(await flagCount()).toBe(before);
    expect(await ho.db.query('SELECT 1 FROM over_refunds WHERE sale_id = $1 AND cleared_at IS NOT NULL', [sale.id])).toHaveLength(1);
    expect(await ho.db.query('SELECT case_id::text AS id FROM case_sale_refunds WHERE sale_id = $1', [sale.id])).toEqual([{ id: a.caseId }]);
  });

  test('paid partly in cash: two refunds in cash beyond what was paid in cash are flagged as payment.cash, though the lines are within bounds', async () => {
    const sale = await sold();
    const [line1, line2] = paidPerLine(sale).map((p) => p.paid) as [number, number];
    const a = saleReturn(desks.a, sale, [['2', 1, line2]], [['cash', 3000], ['card', line2 - 3000]]);
    const b = saleReturn(desks.b, sale, [['1', 2, line1]], [['cash', 2000], ['card', line1 - 2000]]);
    await push(desks.a, [a]);
    await push(desks.b, [b]);
    expect((await flagsOn(a)).map((f) => f.over)).toEqual([['payment.cash']]);
    expect((await flagsOn(b)).map((f) => f.cases)).toEqual([[caseNoOf(a), caseNoOf(b)]]);
  });

  test('an exchange that gives cash back on a card sale is flagged as payment.cash', async () => {
    const sale = await oneKettle();
    const x = kettleForMug(desks.a, sale, 'cash');
    await push(desks.a, [x]);
    expect((await flagsOn(x)).map((f) => f.over)).toEqual([['payment.cash']]);
  });

  test('partial refunds from two desks within what was sold and paid are not flagged', async () => {
    const sale = await sold();
    const [line1] = paidPerLine(sale).map((p) => p.paid) as [number];
    const a = saleReturn(desks.a, sale, [['1', 1, Math.floor(line1 / 2)]], [['card', Math.floor(line1 / 2)]]);
    const b = saleReturn(desks.b, sale, [['1', 1, line1 - Math.floor(line1 / 2)]], [['cash', line1 - Math.floor(line1 / 2)]]);
    await push(desks.a, [a]);
    await push(desks.b, [b]);
    expect([...(await flagsOn(a)), ...(await flagsOn(b))]).toEqual([]);
    expect(await ho.db.query('SELECT 1 FROM over_refunds WHERE sale_id = $1', [sale.id])).toEqual([]);
  });

  test("a sale head office does not hold, or another store's, bounds nothing: no flag", async () => {
    const unknown = { id: 'NOT-REPORTED-1', receiptNo: 'R-1', lines: [{ id: '1', sku: 'X', name: 'Kettle', quantity: 1, unitPrice: 9900, discount: 0, vatRate: 21 }] };
    const theirs = await sold({}, 'RFD02');
    for (const sale of [unknown, theirs]) {
      const a = saleReturn(desks.a, sale, [['1', 1, 9900]], [['card', 9900]]);
      const b = saleReturn(desks.b, sale, [['1', 1, 9900]], [['card', 9900]]);
      await push(desks.a, [a]);
      await push(desks.b, [b]);
      expect([...(await flagsOn(a)), ...(await flagsOn(b))]).toEqual([]);
    }
  });

  test('a desk may not send case.flagged: it alone is rejected, what follows is stored', async () => {
    const sale = await oneKettle();
    const opening = saleReturn(desks.a, sale, [['1', 1, 9900]], [['card', 9900]]);
    const forged = event(desks.a, opening.caseId, 'case.flagged', { kind: 'over_refund', saleId: sale.id, receiptNo: sale.receiptNo, over: ['1'], cases: [caseNoOf(opening)] });
    const note = event(desks.a, opening.caseId, 'case.noted', { text: 'Box kept' });
    expect(await push(desks.a, [opening, forged, note])).toEqual(pushAnswer(note.seq, [{ id: forged.id, seq: forged.seq, reason: expect.stringContaining('head office only') }]));
    const state = await stateOf(opening);
    expect(state.conflict).toBeUndefined();
    expect(state.notes).toHaveLength(1);
  });
});

describe('conflicts API (the web app\'s over-refunds screen)', () => {
  type Listed = { sale_id: string; state: string; receipt_no: string; over: string[]; lines: { id: string; name: string }[]; cases: { caseNo: string; deskCode: string; status: string; refund: { amount: { amount: number }; parts?: { method: string }[] } | null; difference: { amount: number } | null; settlement: string | null; settled: { note: string; managerId: string } | null }[] };
  let headers: Record<string, string>;
  beforeAll(async () => {
    ({ headers } = await signedIn(ho.app, ho.db, 'viewer'));
  });
  const list = async (query = '', as = headers) => {
    const res = await ho.app.inject({ method: 'GET', url: `/api/conflicts?${query}`, headers: as });
    expect(res.statusCode).toBe(200);
    return (res.json() as { conflicts: Listed[] }).conflicts;
  };

  test('lists each conflict with its store, receipt, cases, desks, what is over and its settlement, as the tills and desks typed them', async () => {
    const hostile = '<img src=x onerror=alert(1)>"&\'';
    const sale = await sold({ receiptNo: hostile, lines: [{ id: '1', sku: 'KET-20', name: '<b>Kettle</b>', quantity: 1, unitPrice: 9900, discount: 0, vatRate: 21 }], receiptDiscounts: [], payments: [{ method: 'card', amount: 9900 }] });
    const a = saleReturn(desks.a, sale, [['1', 1, 9900]], [['card', 9900]]);
    const b = saleReturn(desks.b, sale, [['1', 1, 4900]], [['card', 4000], ['store_credit', 900]]);
    await push(desks.a, [a]);
    await push(desks.b, [b]);
    await push(desks.b, [event(desks.b, b.caseId, 'case.flag_settled', { note: '<script>x()</script>', managerId: 'mgr-1' })]);

    const [listed] = (await list('store=RFD01&state=open')).filter((c) => c.sale_id === sale.id);
    expect(listed).toMatchObject({ state: 'open', receipt_no: hostile, over: ['1', 'payment.card'], lines: [{ id: '1', name: '<b>Kettle</b>' }] });
    expect(listed!.cases).toMatchObject([
      { caseNo: caseNoOf(a), deskCode: 'A', status: 'recorded', refund: { amount: { amount: 9900 }, parts: [{ method: 'card' }] }, settled: null },
      { caseNo: caseNoOf(b), deskCode: 'B', status: 'recorded', refund: { amount: { amount: 4900 }, parts: [{ method: 'card' }, { method: 'store_credit' }] }, settled: { note: '<script>x()</script>', managerId: 'mgr-1' } },
    ]);

    // Open while one case is neither settled nor voided; listed under its state.
    expect((await list('state=settled')).map((c) => c.sale_id)).not.toContain(sale.id);
    await push(desks.a, [event(desks.a, a.caseId, 'case.flag_settled', { note: 'Loss accepted', managerId: 'mgr-1' })]);
    expect((await list('state=settled')).map((c) => c.sale_id)).toContain(sale.id);
    expect((await list('state=open')).map((c) => c.sale_id)).not.toContain(sale.id);
  });

  test('an exchange of the conflict says what it gave back and how', async () => {
    const sale = await oneKettle();
    const x = kettleForMug(desks.c, sale, 'cash');
    await push(desks.c, [x]);
    const [listed] = (await list('store=RFD01')).filter((c) => c.sale_id === sale.id);
    expect(listed!.cases.find((c) => c.caseNo === caseNoOf(x))).toMatchObject({ deskCode: 'C', status: 'recorded', difference: { amount: -8900 }, settlement: 'cash' });
  });

  test("signed in only; a regional manager sees their region's conflicts alone; the service centre none", async () => {
    expect((await ho.app.inject({ method: 'GET', url: '/api/conflicts', remoteAddress: '127.0.0.1' })).statusCode).toBe(401);
    const kettle = { lines: [{ id: '1', sku: 'KET-20', name: 'Kettle', quantity: 1, unitPrice: 9900, discount: 0, vatRate: 21 }], receiptDiscounts: [], payments: [{ method: 'card' as const, amount: 9900 }] };
    const elsewhere = await sold(kettle, 'RFD02');
    const twice = () => saleReturn(desks.elsewhere, elsewhere, [['1', 1, 9900]], [['card', 9900]]);
    await push(desks.elsewhere, [twice(), twice()]);
    expect((await list()).map((c) => c.sale_id)).toContain(elsewhere.id);
    const region = await signedIn(ho.app, ho.db, 'regional_manager', ['RFD01']);
    const seen = await list('', region.headers);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((c) => (c as unknown as { store_code: string }).store_code === 'RFD01')).toBe(true);
    expect((await ho.app.inject({ method: 'GET', url: '/api/conflicts?store=RFD02', headers: region.headers })).statusCode).toBe(403);
    const service = await signedIn(ho.app, ho.db, 'service_centre');
    expect((await ho.app.inject({ method: 'GET', url: '/api/conflicts', headers: service.headers })).statusCode).toBe(403);
  });
});
