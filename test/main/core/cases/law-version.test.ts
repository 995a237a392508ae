import { afterEach, describe, expect, it } from 'vitest';
import { ok, readyDesk } from '../../../helpers/desk.js';
import { testClock } from '../../../helpers/clock.js';
import { complaintInput, receipt, returnLine, saleLine } from '../../../helpers/cases.js';

const desks: { remove(): void }[] = [];
afterEach(() => desks.splice(0).forEach((d) => d.remove()));

describe('every case records the law version it was filed under', () => {
  it('CZ: the law of the sale\'s contract (the 2023 amendment for contracts made from 6 Jan 2023), for a complaint, a return and an exchange alike', async () => {
    const d = await readyDesk({}, { now: testClock('2024-06-03').now });
    desks.push(d);
    const filed = async (purchaseDate: string) => [
      ok(await d.client.openComplaint(complaintInput({ purchase: receipt(purchaseDate) }))).lawVersion,
      ok(await d.client.recordReturn({ purchase: receipt(purchaseDate), refundMethod: 'cash', lines: [returnLine(19990, 'CZK', { reason: 'defective' })] })).lawVersion,
      ok(await d.client.recordExchange({ purchase: receipt(purchaseDate), settlement: 'cash', returned: [returnLine(50000, 'CZK', { reason: 'defective' })], issued: [saleLine(50000)] })).lawVersion,
    ];
    expect(await filed('2023-01-05')).toEqual(['cz-2014', 'cz-2014', 'cz-2014']);
    expect(await filed('2023-01-06')).toEqual(['cz-2023', 'cz-2023', 'cz-2023']);
  });
});
