// A week of counter work in a Bulgarian store (EUR, purchases of 2025 in BGN), then its report:
// every figure is checked against the cases as they were recorded.
import { afterEach, describe, expect, it } from 'vitest';
import { MANAGER_PIN, ok, readyDesk } from '../../../helpers/desk.js';
import { testClock } from '../../../helpers/clock.js';
import { complaintInput, receipt, returnLine, saleLine } from '../../../helpers/cases.js';
import { testSale } from '../../../helpers/sales.js';
import { putSales } from '../../../helpers/sale-desk.js';
import { isoWeek } from '../../../../main/core/reports/desk-report.js';
import type { CaseState } from '../../../../shared/domain/case-state.js';

const desks: { remove(): void }[] = [];
afterEach(() => desks.splice(0).forEach((d) => d.remove()));

const bg = { storeCode: 'SOF01', storeName: 'Магазин София', country: 'BG' as const, currency: 'EUR' as const, language: 'bg' as const };
const week = { from: '2026-01-05', to: '2026-01-11' };

async function recordedWeek() {
  const clock = testClock('2026-01-04');
  const d = await readyDesk(bg, { now: clock.now });
  desks.push(d);
  const { client } = d;
  const karel = ok(await client.addStaff({ name: 'Karel', role: 'clerk', pin: '1111' }));
  const asKarel = async () => { ok(await client.signOut({})); ok(await client.signIn({ pin: '1111' })); };
  const asManager = async () => { ok(await client.signOut({})); ok(await client.signIn({ pin: MANAGER_PIN })); };
  const cases = {} as Record<'before' | 'oldComplaint' | 'split' | 'twoReasons' | 'voided' | 'topUp' | 'credit' | 'complaint', CaseState>;

  // Sunday before the week: not in the report.
  cases.before = ok(await client.recordReturn({ purchase: receipt('2026-01-02'), refundMethod: 'cash', lines: [returnLine(700, 'EUR')] }));
  // An old complaint, open: overdue by the end of the week.
  clock.setDay('2025-11-20');
  cases.oldComplaint = ok(await client.openComplaint(complaintInput()));

  // Monday: Karel refunds a BGN sale paid half cash, half card, by the original methods.
  clock.setDay('2026-01-05');
  await asKarel();
  putSales(d.desk, testSale({ id: 'BG-1', store: 'SOF01', receiptNo: '0042', soldAt: '2025-12-30T18:00:00+02:00', currency: 'BGN',
    lines: [{ id: 'a', quantity: 1, unitPrice: 99_99 }], payments: [{ method: 'cash', amount: 50_00 }, { method: 'card', amount: 49_99 }] }));
  cases.split = ok(await client.recordReturn({
    purchase: { purchaseDate: '2025-12-30', proof: 'none', saleId: 'BG-1' }, refundMethod: 'original',
    lines: [returnLine(1, 'EUR', { saleLineId: 'a', reason: 'defective' })],
  }));
  // Tuesday: two lines, two reasons, cash; the customer rates it 3.
  clock.setDay('2026-01-06');
  cases.twoReasons = ok(await client.recordReturn({
    purchase: receipt('2026-01-03'), refundMethod: 'cash',
    lines: [returnLine(600, 'EUR', { reason: 'wrong_size' }), returnLine(400, 'EUR', { reason: 'changed_mind' })],
  }));
  ok(await client.recordFeedback({ caseId: cases.twoReasons.id, score: 3, solved: 'partly' }));
  // Wednesday: a card refund, voided the same day by the manager: counted as voided, no money.
  clock.setDay('2026-01-07');
  cases.voided = ok(await client.recordReturn({ purchase: receipt('2026-01-03'), refundMethod: 'card', lines: [returnLine(2000, 'EUR')] }));
  ok(await client.voidCase({ caseId: cases.voided.id, reason: 'wrong item scanned', approvalPin: MANAGER_PIN }));
  // Thursday: an exchange of a BGN purchase (19.56 BGN = 10.00 EUR) for 15.00: the customer pays 5.00 in cash.
  clock.setDay('2026-01-08');
  cases.topUp = ok(await client.recordExchange({ purchase: receipt('2025-12-28'), settlement: 'cash', returned: [returnLine(1956, 'BGN')], issued: [saleLine(1500, 'EUR')] }));
  ok(await client.recordFeedback({ caseId: cases.topUp.id, score: 5, solved: 'yes' }));
  // Friday: the manager exchanges 30.00 for 10.00: 20.00 back as store credit.
  clock.setDay('2026-01-09');
  await asManager();
  cases.credit = ok(await client.recordExchange({ purchase: receipt('2026-01-02'), settlement: 'store_credit', returned: [returnLine(3000, 'EUR', { reason: 'defective' })], issued: [saleLine(1000, 'EUR')] }));
  // Saturday: Karel takes a complaint (open, due in weeks).
  clock.setDay('2026-01-10');
  await asKarel();
  cases.complaint = ok(await client.openComplaint(complaintInput()));

  clock.setDay('2026-01-12');
  await asManager();
  return { d, karel, cases };
}

describe('desk report for a date range', () => {
  it('counts, refunds by method, reason and staff, the drawer, complaints and CSAT match the week recorded', async () => {
    const { d, karel, cases } = await recordedWeek();
    const manager = ok(await d.client.getSession({})).staff!;
    const r = ok(await d.client.deskReport({ range: week }));
    expect(cases.split.return!.refund.parts!.map((p) => [p.method, p.amount.amount])).toEqual([['cash', 25_56], ['card', 25_56]]);
    expect(r.currency).toBe('EUR');
    expect(r.counts).toEqual([
      { type: 'complaint', status: 'received', count: 1 },
      { type: 'exchange', status: 'recorded', count: 2 },
      { type: 'return', status: 'recorded', count: 2 },
      { type: 'return', status: 'voided', count: 1 },
    ]);
    expect(r.refundsByMethod).toEqual({ cash: 25_56 + 10_00, card: 25_56, store_credit: 20_00 });
    expect(r.totalRefunds).toBe(51_12 + 10_00 + 20_00);
    expect(r.refundsByReason).toEqual([
      { reason: 'defective', lines: 2, amount: 51_12 + 20_00 },
      { reason: 'wrong_size', lines: 1, amount: 6_00 },
      { reason: 'changed_mind', lines: 1, amount: 4_00 },
    ]);
    expect(r.refundsByStaff).toEqual([
      { staffId: karel.id, name: 'Karel', cases: 2, amount: 61_12 },
      { staffId: manager.id, name: manager.name, cases: 1, amount: 20_00 },
    ]);
    expect(r.drawer).toEqual({ cashOut: 35_56, cashIn: 5_00, net: 5_00 - 35_56 });
    // Open today: the old complaint, past its statutory deadline, and Saturday's, due in weeks.
    expect(cases.oldComplaint.complaint!.dueDate! < '2026-01-12').toBe(true);
    expect(cases.complaint.complaint!.dueDate! > '2026-01-15').toBe(true);
    expect(r.complaints).toEqual({ open: 2, overdue: 1, dueSoon: 0 });
    expect(r.csat).toEqual([{ staffId: karel.id, name: 'Karel', week: '2026-W02', ratings: 2, average: 4, satisfiedPercent: 50 }]);
    expect(r.days).toEqual([
      { day: '2026-01-05', cases: 1, refunds: 51_12 },
      { day: '2026-01-06', cases: 1, refunds: 10_00 },
      { day: '2026-01-07', cases: 1, refunds: 0 },
      { day: '2026-01-08', cases: 1, refunds: 0 },
      { day: '2026-01-09', cases: 1, refunds: 20_00 },
      { day: '2026-01-10', cases: 1, refunds: 0 },
      { day: '2026-01-11', cases: 0, refunds: 0 },
    ]);
    // One day: Monday alone.
    const monday = ok(await d.client.deskReport({ range: { from: '2026-01-05', to: '2026-01-05' } }));
    expect(monday.totalRefunds).toBe(51_12);
    expect(monday.refundsByMethod).toEqual({ cash: 25_56, card: 25_56, store_credit: 0 });
  });

  it('exports CSV that opens right in Excel: BOM, ";" and decimal comma in Bulgarian, quoted where needed; "," and "." in English', async () => {
    const { d, karel } = await recordedWeek();
    // A name with the separator, a quote and a leading "=": quoted, doubled, never a formula.
    ok(await d.client.updateStaffMember({ staffId: karel.id, name: '=Karel "K"; Novák', role: 'clerk' }));
    const { filename, csv } = ok(await d.client.exportDeskReport({ range: week }));
    expect(filename).toBe('report-SOF01-A-2026-01-05-2026-01-11.csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Раздел;Позиция;Подробност;Брой;Стойност;Единица');
    expect(lines).toContain('Възстановени суми по начин;В брой;;;35,56;EUR');
    expect(lines).toContain('Възстановени суми по начин;Общо;;;81,12;EUR');
    expect(lines).toContain('Касово чекмедже;Промяна в чекмеджето;;;-30,56;EUR');
    expect(lines).toContain(`Възстановени суми по служител;"'=Karel ""K""; Novák";;2;61,12;EUR`);
    expect(lines).toContain('Удовлетвореност на клиентите по служител и седмица;"\'=Karel ""K""; Novák";2026-W02;2;4;Средна (1–5)');

    ok(await d.client.saveStoreDetails({ details: { storeName: 'Store Sofia', address: 'Vitosha 1', companyId: '123456789', country: 'BG', currency: 'EUR', language: 'en' } }));
    const en = ok(await d.client.exportDeskReport({ range: week })).csv.slice(1).split('\r\n');
    expect(en[0]).toBe('Section,Item,Detail,Count,Value,Unit');
    expect(en).toContain('Refunds by method,Cash,,,35.56,EUR');
    expect(en).toContain('Cash drawer,Net change in the drawer,,,-30.56,EUR');
  });

  it('is a manager\'s, never for days to come, at most a year', async () => {
    const { d } = await recordedWeek();
    expect(await d.client.deskReport({ range: { from: '2026-01-05', to: '2026-01-13' } })).toMatchObject({ ok: false, error: { code: 'day_in_future' } });
    expect(await d.client.deskReport({ range: { from: '2026-01-11', to: '2026-01-05' } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await d.client.deskReport({ range: { from: '2024-01-01', to: '2026-01-05' } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await d.client.previewEndOfDay({ day: '2026-01-13' })).toMatchObject({ ok: false, error: { code: 'day_in_future' } });
    expect(ok(await d.client.previewEndOfDay({ day: '2026-01-06' })).reference).toContain('2026-01-06');
    ok(await d.client.signOut({}));
    ok(await d.client.signIn({ pin: '1111' }));
    expect(await d.client.deskReport({ range: week })).toMatchObject({ ok: false, error: { code: 'manager_only' } });
    expect(await d.client.exportDeskReport({ range: week })).toMatchObject({ ok: false, error: { code: 'manager_only' } });
    // The overdue reminder is everyone's.
    expect(ok(await d.client.dueComplaints({}))).toMatchObject({ dueBy: '2026-01-15', overdue: 1 });
  });

  it('ISO weeks: Monday starts the week, week 1 holds the first Thursday', () => {
    expect(['2026-01-04', '2026-01-05', '2026-01-11', '2025-12-29', '2027-01-01'].map(isoWeek)).toEqual(['2026-W01', '2026-W02', '2026-W02', '2026-W01', '2026-W53']);
  });
});
