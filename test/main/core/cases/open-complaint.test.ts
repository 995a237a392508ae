import { afterEach, describe, expect, it } from 'vitest';
import { ok, readyDesk } from '../../../helpers/desk.js';
import { testClock } from '../../../helpers/clock.js';
import { complaintInput } from '../../../helpers/cases.js';
import type { DeskSetup } from '../../../../shared/settings.js';

const desks: { remove(): void }[] = [];
afterEach(() => desks.splice(0).forEach((d) => d.remove()));

async function deskIn(over: Partial<DeskSetup>, day: string) {
  const d = await readyDesk(over, { now: testClock(day).now });
  desks.push(d);
  return d;
}

describe('openComplaint: statutory due date from the country pack', () => {
  it('CZ: 30 days for every kind of claim', async () => {
    const { client } = await deskIn({}, '2026-01-31');
    for (const remedy of ['repair', 'replacement', 'refund'] as const) {
      const s = ok(await client.openComplaint(complaintInput({ remedy })));
      expect(s).toMatchObject({ type: 'complaint', status: 'received', country: 'CZ', complaint: { dueDate: '2026-03-02', remedy } });
    }
    const service = ok(await client.openComplaint(complaintInput({ kind: 'service', remedy: 'none', description: 'Rude at the till', product: undefined })));
    expect(service.complaint).toMatchObject({ kind: 'service', dueDate: '2026-03-02' });
  });

  it('BG: one calendar month, clamped to the end of February (a Saturday: the next working day, чл. 72 ЗЗД)', async () => {
    const { client } = await deskIn({ storeCode: 'SOF01', country: 'BG', currency: 'EUR', language: 'bg' }, '2026-01-31');
    expect(ok(await client.openComplaint(complaintInput())).complaint!.dueDate).toBe('2026-03-02');
  });

  it('UA: 14 days', async () => {
    const { client } = await deskIn({ storeCode: 'KYV01', country: 'UA', currency: 'UAH', language: 'uk' }, '2026-12-25');
    expect(ok(await client.openComplaint(complaintInput({ remedy: 'repair' }))).complaint!.dueDate).toBe('2027-01-08');
  });

  it('RU: by remedy — refund 10, replacement 7, repair 45 days', async () => {
    const { client } = await deskIn({ storeCode: 'MSK01', country: 'RU', currency: 'RUB', language: 'ru' }, '2026-03-01');
    const due = async (remedy: 'refund' | 'replacement' | 'repair' | 'price_reduction') => ok(await client.openComplaint(complaintInput({ remedy }))).complaint!.dueDate;
    expect(await due('refund')).toBe('2026-03-11');
    expect(await due('price_reduction')).toBe('2026-03-11');
    // 8 March is a Sunday and a holiday, Monday 9 March is off for it (ст. 112 ТК), so the period ends on Tuesday (ст. 193 ГК).
    expect(await due('replacement')).toBe('2026-03-10');
    expect(await due('repair')).toBe('2026-04-15');
  });

  it('records the law version it was filed under: RU the day before and the day Resolution 657 applies', async () => {
    const filed = async (day: string) => {
      const { client } = await deskIn({ storeCode: 'MSK01', country: 'RU', currency: 'RUB', language: 'ru' }, day);
      return ok(await client.openComplaint(complaintInput({ remedy: 'refund' })));
    };
    expect(await filed('2026-08-31')).toMatchObject({ lawVersion: 'ru-2463', complaint: { dueDate: '2026-09-10' } });
    expect(await filed('2026-09-01')).toMatchObject({ lawVersion: 'ru-657', complaint: { dueDate: '2026-09-11' } });
  });

  it('UA: follows Law 3153-IX from the date head office set, and the days off head office entered', async () => {
    const d = await deskIn({ storeCode: 'KYV01', country: 'UA', currency: 'UAH', language: 'uk' }, '2027-02-23');
    d.desk.settings.set('lawReference', {
      calendar: [{ country: 'UA', date: '2027-03-09', kind: 'day_off', note: 'test decree' }],
      lawDates: [{ country: 'UA', versionId: 'ua-3153-ix', effectiveFrom: '2027-02-23' }],
    });
    // 14 days to Tuesday 9 March, a day off by the entry: Wednesday 10 March.
    expect(ok(await d.client.openComplaint(complaintInput({ remedy: 'replacement' })))).toMatchObject({ lawVersion: 'ua-3153-ix', complaint: { dueDate: '2027-03-10' } });
  });

  it('CZ: a sale before 6 Jan 2023 keeps the law of its contract', async () => {
    const { client } = await deskIn({}, '2024-06-03');
    const s = ok(await client.openComplaint(complaintInput({ purchase: { purchaseDate: '2023-01-05', proof: 'receipt' } })));
    expect(s.lawVersion).toBe('cz-2014');
  });

  it('a suggestion has no statutory deadline', async () => {
    const { client } = await deskIn({}, '2026-03-01');
    const s = ok(await client.openComplaint(complaintInput({ kind: 'suggestion', remedy: 'none', description: 'Open at 8', product: undefined })));
    expect(s.complaint!.dueDate).toBeUndefined();
  });

  it('keeps the customer, product and purchase it was given', async () => {
    const { client } = await deskIn({}, '2026-03-01');
    const s = ok(await client.openComplaint(complaintInput({
      customer: { name: 'Petra Dvořáková', phone: '+420 777 123 456' },
      product: { name: 'Fén', serial: 'SN-1', price: { amount: 99900, currency: 'CZK' } },
      purchase: { purchaseDate: '2025-11-02', proof: 'receipt', receiptNo: 'R-77' },
    })));
    const detail = ok(await client.getCase({ caseId: s.id }));
    expect(detail.case).toEqual(s);
    expect(detail.case).toMatchObject({ customer: { name: 'Petra Dvořáková' }, complaint: { product: { serial: 'SN-1' }, purchase: { receiptNo: 'R-77' } } });
    expect(detail.events.map((e) => e.type)).toEqual(['complaint.opened']);
  });
});
