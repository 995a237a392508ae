import { describe, expect, test } from 'vitest';
import { ok, readyDesk } from '../../../helpers/desk.js';
import { complaintInput } from '../../../helpers/cases.js';
import { enrolledDesk, headOfficeForFile } from '../../../helpers/sync-desk.js';
import { issueEnrollmentCode } from '../../../../headoffice/src/store/enrollment.js';
import { recordAtHeadOffice } from '../../../../headoffice/src/store/headoffice-events.js';
import { setReferenceData } from '../../../../headoffice/src/store/reference.js';
import { scalar } from '../../../../main/core/db/sqlite.js';
import { createIntegrationToken } from '../../../../headoffice/src/store/integration.js';
import { testSale } from '../../../helpers/sales.js';
import type { Fetch } from '../../../../main/core/sync/head-office-client.js';

const files = headOfficeForFile();
const keep = files.keep;

const caseNos = async (d: Awaited<ReturnType<typeof readyDesk>>) => ok(await d.client.listCases({ limit: 200 })).items.map((c) => c.caseNo).sort();

describe('two desks of one store', () => {
  test('each sees the cases the other recorded, including those recorded before enrollment', async () => {
    // Desk A records while not yet connected to head office; its events keep its own device id.
    const a = keep(await readyDesk({ storeCode: 'OST01', deskCode: 'A' }));
    ok(await a.client.openComplaint(complaintInput({ description: 'Recorded offline' })));
    expect(ok(await a.client.syncStatus({}))).toMatchObject({ enrolled: false, state: 'not_enrolled', waiting: 1 });
    const code = await issueEnrollmentCode(files.ho.db, { storeCode: 'OST01', deskCode: 'A' });
    const afterEnroll = ok(await a.client.enroll({ url: `${files.ho.url}/`, code }));
    expect(afterEnroll).toMatchObject({ enrolled: true, state: 'idle', online: true, waiting: 0, rejected: [] });

    const b = keep(await enrolledDesk(files.ho, { storeCode: 'OST01', deskCode: 'B' }));
    ok(await b.client.openComplaint(complaintInput({ description: 'From desk B' })));
    ok(await a.client.openComplaint(complaintInput({ description: 'From desk A, online' })));
    ok(await b.client.syncNow({}));
    ok(await a.client.syncNow({}));
    ok(await b.client.syncNow({}));

    const numbers = await caseNos(a);
    expect(numbers.map((n) => n.replace(/-\d{4}-/, '-'))).toEqual(['OST01-A-00001', 'OST01-A-00002', 'OST01-B-00001']);
    expect(await caseNos(b)).toEqual(numbers);
    // B can work on A's case and A sees it.
    const aCase = ok(await b.client.listCases({ query: numbers[0]!, limit: 10 })).items[0]!;
    expect(ok(await b.client.getCase({ caseId: aCase.id })).case.complaint!.description).toBe('Recorded offline');
    ok(await b.client.progressComplaint({ caseId: aCase.id, sentTo: 'service', note: 'Sent by B' }));
    ok(await b.client.syncNow({}));
    ok(await a.client.syncNow({}));
    expect(ok(await a.client.getCase({ caseId: aCase.id })).case).toMatchObject({ status: 'in_progress', complaint: { sentTo: 'service' } });
    const [held] = await files.ho.db.query<{ n: number }>("SELECT count(*)::int AS n FROM events WHERE store_code = 'OST01'");
    expect(held!.n).toBe(4);
  });

  test('a claim resolved at head office (service centre) shows up at the desk', async () => {
    const a = keep(await enrolledDesk(files.ho, { storeCode: 'PLZ01', deskCode: 'A' }));
    const filed = ok(await a.client.openComplaint(complaintInput()));
    ok(await a.client.syncNow({}));
    await recordAtHeadOffice(files.ho.db, filed.caseNo, 'complaint.resolved', 'service-centre', { outcome: 'accepted', method: 'repair', reason: 'Heating element replaced' });
    ok(await a.client.syncNow({}));
    expect(ok(await a.client.getCase({ caseId: filed.id })).case).toMatchObject({
      status: 'resolved', complaint: { resolution: { outcome: 'accepted', method: 'repair', actor: 'service-centre' } },
    });
    // The desk can go on from there: close it, and head office agrees.
    ok(await a.client.handDocument({ caseId: filed.id, document: 'resolution', how: 'declined' }));
    ok(await a.client.closeComplaint({ caseId: filed.id, how: 'item_handed_back' }));
    ok(await a.client.syncNow({}));
    const [row] = await files.ho.db.query<{ status: string }>('SELECT status FROM cases WHERE id = $1', [filed.id]);
    expect(row!.status).toBe('closed');
  });

  test("head office's reference data reaches the desk: policy overrides", async () => {
    const a = keep(await enrolledDesk(files.ho, { storeCode: 'LIB01', deskCode: 'A' }));
    expect(ok(await a.client.getSession({})).policy!.refundLimit).toBe(5_000_00);
    await setReferenceData(files.ho.db, 'LIB01', {
      policyOverrides: { refundLimit: 2_000_00 },
      reasonCodes: ['defective', 'changed_mind'],
      staff: [{ id: 's1', name: 'Eva', role: 'clerk' }],
    });
    ok(await a.client.syncNow({}));
    expect(ok(await a.client.getSession({})).policy!.refundLimit).toBe(2_000_00);
  });

  test('a permanently invalid event is marked rejected and shown; later cases still reach head office', async () => {
    const a = keep(await enrolledDesk(files.ho, { storeCode: 'KLA01', deskCode: 'A' }));
    const first = ok(await a.client.openComplaint(complaintInput()));
    // An event head office can never accept (e.g. written by an older, buggier version of the desk).
    const seq = (scalar<number>(a.desk.db, 'SELECT max(seq) FROM events') ?? 0) + 1;
    a.desk.db.prepare('INSERT INTO events (id, device_id, seq, case_id, type, at, actor, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run('0190a000-0000-7000-8000-000000000001', a.desk.deviceId, seq, first.id, 'case.noted', '001780000000000:000000:x', 'someone', JSON.stringify({ text: '' }));
    a.desk.log.resync();
    const later = ok(await a.client.openComplaint(complaintInput({ description: 'After the bad one' })));
    const status = ok(await a.client.syncNow({}));
    expect(status).toMatchObject({ state: 'idle', waiting: 0 });
    expect(status.rejected).toEqual([expect.objectContaining({ eventId: '0190a000-0000-7000-8000-000000000001', seq, caseNo: first.caseNo, type: 'case.noted', reason: expect.stringContaining('payload.text') })]);
    const held = await files.ho.db.query<{ id: string }>('SELECT id::text AS id FROM cases WHERE store_code = $1', ['KLA01']);
    expect(held.map((r) => r.id).sort()).toEqual([first.id, later.id].sort());
  });

  test('two desks offline refund the same sale line: both record, and once both synced head office flags the conflict on both', async () => {
    const store = 'OVR01';
    const sale = testSale({ id: 'OVR-1', store, receiptNo: 'T1/000042', soldAt: new Date(Date.now() - 86_400_000).toISOString(), lines: [{ id: 'k', quantity: 1, unitPrice: 1000_00 }] });
    const token = await createIntegrationToken(files.ho.db, 'ERP', [store]);
    const posted = await fetch(`${files.ho.url}/v1/sales`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ sales: [sale] }) });
    expect(posted.status).toBe(200);
    let online = true;
    const fetchFn: Fetch = (url, init) => (online ? fetch(url, init) : Promise.reject(new TypeError('fetch failed')));
    const a = keep(await enrolledDesk(files.ho, { storeCode: store, deskCode: 'A' }, { sync: { fetch: fetchFn } }));
    const b = keep(await enrolledDesk(files.ho, { storeCode: store, deskCode: 'B' }, { sync: { fetch: fetchFn } }));
    ok(await b.client.syncNow({}));

    online = false;
    const line = { item: 'x', qty: 1, unitPrice: { amount: 1, currency: 'CZK' as const }, reason: 'changed_mind' as const, condition: 'new' as const, restock: true, saleLineId: 'k' };
    const purchase = { purchaseDate: '2026-01-01', proof: 'receipt' as const, saleId: 'OVR-1' };
    const fromA = ok(await a.client.recordReturn({ purchase, lines: [line], refundMethod: 'original' }));
    const fromB = ok(await b.client.recordReturn({ purchase, lines: [line], refundMethod: 'original' }));

    online = true;
    ok(await a.client.syncNow({}));
    ok(await b.client.syncNow({}));
    ok(await a.client.syncNow({}));
    for (const [d, c] of [[a, fromA], [b, fromB]] as const) {
      expect(ok(await d.client.getCase({ caseId: c.id })).case.conflict).toMatchObject({ saleId: 'OVR-1', over: expect.arrayContaining(['k']), cases: expect.arrayContaining([fromA.caseNo, fromB.caseNo]) });
      expect(ok(await d.client.listCases({ limit: 10 })).items.filter((i) => i.conflict).map((i) => i.caseNo).sort()).toEqual([fromA.caseNo, fromB.caseNo].sort());
    }
    // Each desk now sees both refunds: nothing of the line is left to return.
    expect(ok(await a.client.findSale({ receipt: 'T1/000042' }))[0]!.lines[0]).toMatchObject({ returnedQty: 2, leftQty: 0 });
  });
});
