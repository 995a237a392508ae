// The end-of-day summary reconciles with the cash drawer: cash refunds out, exchange top-ups
// in, voided documents and other days left out.
process.env.TZ = 'UTC';
import { afterEach, expect, it } from 'vitest';
import { MANAGER_PIN, ok, readyDesk } from '../../../helpers/desk.js';
import { daySummary } from '../../../../main/core/printing/day-summary.js';

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((c) => c()));

const czk = (amount: number) => ({ amount, currency: 'CZK' as const });
const purchase = { purchaseDate: '2026-03-14', proof: 'receipt' as const, receiptNo: 'R-1' };
const line = (amount: number, qty = 1) => ({ item: 'Hrnek', qty, unitPrice: czk(amount), reason: 'changed_mind' as const, condition: 'new' as const, restock: true });

it('counts the day and sums refunds by method and the cash that moved', async () => {
  let now = Date.UTC(2026, 2, 15, 16, 0);
  const d = await readyDesk({}, { now: () => now });
  cleanup.push(d.remove);
  const { client } = d;
  ok(await client.recordReturn({ purchase, lines: [line(70_00)], refundMethod: 'cash' })); // yesterday: not counted

  now = Date.UTC(2026, 2, 16, 9, 0);
  const complaint = ok(await client.openComplaint({ kind: 'defect', remedy: 'repair', description: 'Nehřeje', product: { name: 'Konvice' }, customer: { phone: '602 111 222' } }));
  ok(await client.handDocument({ caseId: complaint.id, document: 'filing', how: 'declined' }));
  ok(await client.resolveComplaint({ caseId: complaint.id, outcome: 'accepted', method: 'repair' }));
  ok(await client.recordReturn({ purchase, lines: [line(100_00, 2)], refundMethod: 'cash' }));
  ok(await client.recordReturn({ purchase, lines: [line(50_00)], refundMethod: 'card' }));
  ok(await client.recordExchange({ purchase, returned: [line(300_00)], issued: [{ item: 'Konvice', qty: 1, unitPrice: czk(100_00) }], settlement: 'cash' }));
  ok(await client.recordExchange({ purchase, returned: [line(100_00)], issued: [{ item: 'Konvice', qty: 1, unitPrice: czk(250_00) }], settlement: 'cash' }));
  const mistake = ok(await client.recordReturn({ purchase, lines: [line(80_00)], refundMethod: 'cash' }));
  ok(await client.voidCase({ caseId: mistake.id, reason: 'Špatná položka', approvalPin: MANAGER_PIN }));

  const s = daySummary(d.desk.db, '2026-03-16', 'CZK');
  expect(s).toMatchObject({ complaintsOpened: 1, complaintsResolved: 1, returns: 2, exchanges: 2, voided: 1 });
  expect(s.refunds).toEqual({ cash: czk(400_00), card: czk(50_00), store_credit: czk(0) });
  expect(s.totalRefunds).toEqual(czk(450_00));
  expect([s.cashOut, s.cashIn, s.cashNet]).toEqual([czk(400_00), czk(150_00), czk(-250_00)]);

  // A reprint of the voided return says so at the top.
  expect(ok(await client.previewDocuments({ caseId: mistake.id }))[0]!.html).toContain('VOIDED: Spatna polozka');

  const preview = ok(await client.previewEndOfDay({ day: '2026-03-16' }));
  expect(preview.html).toContain('Net change');
  expect(preview.html).toMatch(/Net change\s+-CZK 250\.00/);
  expect(daySummary(d.desk.db, '2026-03-15', 'CZK').cashOut).toEqual(czk(70_00));
});
