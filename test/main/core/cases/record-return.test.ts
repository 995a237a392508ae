import { afterEach, describe, expect, it } from 'vitest';
import { MANAGER_PIN, ok, readyDesk } from '../../../helpers/desk.js';
import { testClock } from '../../../helpers/clock.js';
import { receipt, returnLine, signInClerk } from '../../../helpers/cases.js';
import type { DeskSetup } from '../../../../shared/settings.js';
import type { DeskApi } from '../../../../shared/api/index.js';

const desks: { remove(): void }[] = [];
afterEach(() => desks.splice(0).forEach((d) => d.remove()));
async function deskOn(day: string, over: Partial<DeskSetup> = {}) {
  const d = await readyDesk(over, { now: testClock(day).now });
  desks.push(d);
  return d;
}
const bg = { storeCode: 'SOF01', country: 'BG', currency: 'EUR', language: 'bg' } as const;

describe('recordReturn', () => {
  it('computes the refund from the lines (qty × unit price), never from a typed total', async () => {
    const { client } = await deskOn('2026-03-10');
    const s = ok(await client.recordReturn({
      purchase: receipt('2026-03-01'), refundMethod: 'card',
      lines: [returnLine(19990, 'CZK', { qty: 2 }), returnLine(4950, 'CZK', { item: 'Hrnek' })],
    }));
    expect(s).toMatchObject({ type: 'return', status: 'recorded', return: { refund: { method: 'card', amount: { amount: 44930, currency: 'CZK' } } } });
    expect(s.return!.approval).toBeUndefined();
  });

  it('BG: a purchase priced in BGN is refunded in EUR at 1.95583, line by line', async () => {
    const { client } = await deskOn('2026-01-10', bg);
    const s = ok(await client.recordReturn({
      purchase: receipt('2026-01-02'), refundMethod: 'cash',
      lines: [returnLine(2999, 'BGN', { qty: 3 }), returnLine(1000, 'EUR')],
    }));
    // 89.97 BGN = 46.0009 EUR -> 46.00; plus 10.00 EUR
    expect(s.return!.refund.amount).toEqual({ amount: 5600, currency: 'EUR' });
  });

  it('refuses prices in a currency the store neither uses nor used', async () => {
    const { client, desk } = await deskOn('2026-03-10');
    const before = desk.db.prepare('SELECT count(*) AS n FROM events').all();
    const r = await client.recordReturn({ purchase: receipt('2026-03-01'), refundMethod: 'cash', lines: [returnLine(1000, 'EUR')] });
    expect(r).toMatchObject({ ok: false, error: { code: 'currency_mismatch' } });
    expect(desk.db.prepare('SELECT count(*) AS n FROM events').all()).toEqual(before);
  });

  it('refuses a negative price and a total no document can hold, writing nothing', async () => {
    const { client, desk } = await deskOn('2026-03-10');
    const before = desk.db.prepare('SELECT count(*) AS n FROM events').all();
    expect(await client.recordReturn({ purchase: receipt('2026-03-01'), refundMethod: 'cash', lines: [returnLine(5000), returnLine(-4000)] }))
      .toMatchObject({ ok: false, error: { code: 'invalid_input', fields: ['lines.1.unitPrice.amount'] } });
    const huge = Array.from({ length: 100 }, () => returnLine(1_000_000_000_00, 'CZK', { qty: 999 }));
    expect(await client.recordReturn({ purchase: receipt('2026-03-01'), refundMethod: 'cash', lines: huge, approvalPin: MANAGER_PIN }))
      .toMatchObject({ ok: false, error: { code: 'invalid_input', fields: ['lines'] } });
    expect(desk.db.prepare('SELECT count(*) AS n FROM events').all()).toEqual(before);
  });

  describe('needs a manager outside the window, without accepted proof or over the limit', () => {
    type Attempt = [what: string, day: string, setup: Partial<DeskSetup>, over: Partial<Parameters<DeskApi['recordReturn']>[0]>, needs: string[]];
    const attempts: Attempt[] = [
      ['outside the return window', '2026-03-10', {}, { purchase: receipt('2026-01-15') }, ['outside_window']],
      ['without an accepted proof (BG wants a receipt or invoice)', '2026-01-10', bg, { purchase: { purchaseDate: '2026-01-05', proof: 'card_statement' } }, ['no_receipt']],
      ['over the refund limit (CZ 5 000 Kč)', '2026-03-10', {}, { lines: [returnLine(500001)] }, ['over_limit']],
    ];

    for (const [what, day, setup, over, needs] of attempts) {
      it(what, async () => {
        const { client, desk } = await deskOn(day, setup);
        const currency = desk.policy().currency;
        const input = { purchase: receipt(day), refundMethod: 'cash' as const, lines: [returnLine(1000, currency)], ...over };
        await signInClerk(client);
        const count = () => desk.db.prepare('SELECT (SELECT count(*) FROM events) AS e, (SELECT count(*) FROM cases) AS c').all();
        const before = count();

        expect(await client.recordReturn(input)).toMatchObject({ ok: false, error: { code: 'manager_required', approve: needs } });
        expect(await client.recordReturn({ ...input, approvalPin: '1111' })).toMatchObject({ ok: false, error: { code: 'manager_required' } }); // the clerk's own PIN
        expect(await client.recordReturn({ ...input, approvalPin: '4242' })).toMatchObject({ ok: false, error: { code: 'manager_required' } }); // nobody's PIN
        expect(count()).toEqual(before);

        const s = ok(await client.recordReturn({ ...input, approvalPin: MANAGER_PIN }));
        const manager = desk.staff.list().find((x) => x.role === 'manager')!;
        expect(s.return!.approval).toEqual({ managerId: manager.id, reasons: needs });
        expect(s.openedBy).not.toBe(manager.id);
      });
    }
  });

  it('the manager_required message names what to approve', async () => {
    const { client } = await deskOn('2026-03-10');
    const r = await client.recordReturn({ purchase: receipt('2025-01-01'), refundMethod: 'cash', lines: [returnLine(1000)] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/manager/i);
  });
});
