import { afterEach, describe, expect, it } from 'vitest';
import { MANAGER_PIN, ok, readyDesk } from '../../../helpers/desk.js';
import { testClock } from '../../../helpers/clock.js';
import { receipt, returnLine, saleLine } from '../../../helpers/cases.js';

const desks: { remove(): void }[] = [];
afterEach(() => desks.splice(0).forEach((d) => d.remove()));
async function deskOn(day: string, over = {}) {
  const d = await readyDesk(over, { now: testClock(day).now });
  desks.push(d);
  return d;
}

describe('recordExchange: settled on the net difference', () => {
  it('the customer pays the difference for a dearer item', async () => {
    const { client } = await deskOn('2026-03-10');
    const s = ok(await client.recordExchange({
      purchase: receipt('2026-03-05'), settlement: 'card',
      returned: [returnLine(79900, 'CZK', { reason: 'wrong_size' })], issued: [saleLine(89900), saleLine(9900, 'CZK', { qty: 2 })],
    }));
    expect(s).toMatchObject({ type: 'exchange', status: 'recorded', exchange: { difference: { amount: 29800, currency: 'CZK' }, settlement: 'card' } });
  });

  it('the shop refunds when the new item is cheaper', async () => {
    const { client } = await deskOn('2026-03-10');
    const s = ok(await client.recordExchange({ purchase: receipt('2026-03-05'), settlement: 'cash', returned: [returnLine(50000)], issued: [saleLine(30000)] }));
    expect(s.exchange!.difference).toEqual({ amount: -20000, currency: 'CZK' });
  });

  it('BG: returned lines bought in BGN count in EUR at the fixed rate', async () => {
    const { client } = await deskOn('2026-01-10', { storeCode: 'SOF01', country: 'BG', currency: 'EUR', language: 'bg' });
    const s = ok(await client.recordExchange({ purchase: receipt('2026-01-03'), settlement: 'cash', returned: [returnLine(1956, 'BGN')], issued: [saleLine(1500, 'EUR')] }));
    expect(s.exchange!.difference).toEqual({ amount: 500, currency: 'EUR' }); // 19.56 BGN = 10.00 EUR
  });

  it('a refund over the limit needs a manager; paying extra does not', async () => {
    const { client } = await deskOn('2026-03-10');
    const input = { purchase: receipt('2026-03-05'), settlement: 'cash' as const, returned: [returnLine(900000)], issued: [saleLine(100000)] };
    expect(await client.recordExchange(input)).toMatchObject({ ok: false, error: { code: 'manager_required', approve: ['over_limit'] } });
    expect(ok(await client.recordExchange({ ...input, approvalPin: MANAGER_PIN })).exchange!.approval!.reasons).toEqual(['over_limit']);
    ok(await client.recordExchange({ ...input, returned: [returnLine(100000)], issued: [saleLine(900000)] }));
  });
});
