import { afterEach, describe, expect, it } from 'vitest';
import { ok, readyDesk } from '../../../helpers/desk.js';
import { testClock } from '../../../helpers/clock.js';
import { complaintInput, receipt, returnLine, saleLine } from '../../../helpers/cases.js';

const desks: { remove(): void }[] = [];
afterEach(() => desks.splice(0).forEach((d) => d.remove()));

async function desk() {
  const d = await readyDesk({}, { now: testClock('2026-12-01').now });
  desks.push(d);
  return d;
}
const casesIn = async (d: Awaited<ReturnType<typeof desk>>) => ok(await d.client.listCases({})).total;

describe('the counter rules the form also checks, refused by the core with the same fields', () => {
  it('a purchase dated after today is refused as such (not as outside the return window), and nothing is written', async () => {
    const d = await desk();
    const tomorrow = receipt('2026-12-02');
    const refused = { ok: false, error: { code: 'purchase_in_future', fields: ['purchase.purchaseDate'], message: 'The purchase date is in the future. Check the date on the receipt.' } };
    expect(await d.client.recordReturn({ purchase: tomorrow, lines: [returnLine(100_00)], refundMethod: 'cash' })).toMatchObject(refused);
    expect(await d.client.recordExchange({ purchase: tomorrow, returned: [returnLine(100_00)], issued: [saleLine(100_00)], settlement: 'cash' })).toMatchObject(refused);
    expect(await d.client.openComplaint(complaintInput({ purchase: tomorrow }))).toMatchObject(refused);
    expect(await casesIn(d)).toBe(0);
    // Today is fine.
    ok(await d.client.recordReturn({ purchase: receipt('2026-12-01'), lines: [returnLine(100_00)], refundMethod: 'cash' }));
  });

  it('a claim about a faulty product needs the product and a phone or e-mail, both named at once', async () => {
    const d = await desk();
    expect(await d.client.openComplaint(complaintInput({ product: undefined, customer: { name: 'Jan Novák' } }))).toMatchObject({
      ok: false, error: { code: 'complaint_details_missing', fields: ['product.name', 'customer.phone'] },
    });
    expect(await d.client.openComplaint(complaintInput({ customer: undefined }))).toMatchObject({ ok: false, error: { code: 'complaint_details_missing', fields: ['customer.phone'] } });
    expect(await d.client.openComplaint(complaintInput({ customer: { phone: '   ' } }))).toMatchObject({ ok: false, error: { fields: ['customer.phone'] } });
    expect(await casesIn(d)).toBe(0);
    // An e-mail alone is a way to reach them; a complaint about the service or a suggestion needs neither.
    ok(await d.client.openComplaint(complaintInput({ customer: { email: 'jan@example.cz' } })));
    ok(await d.client.openComplaint(complaintInput({ kind: 'service', remedy: 'none', product: undefined, customer: undefined })));
    ok(await d.client.openComplaint(complaintInput({ kind: 'suggestion', remedy: 'none', product: undefined, customer: undefined })));
    expect(await casesIn(d)).toBe(3);
  });

  it('prints the contact on the Czech confirmation it required', async () => {
    const d = await desk();
    const c = ok(await d.client.openComplaint(complaintInput({ customer: { phone: '+420 601 555 444' } })));
    const docs = ok(await d.client.previewDocuments({ caseId: c.id }));
    expect(docs.find((p) => p.kind === 'complaint_confirmation')!.html).toContain('+420 601 555 444');
  });
});
