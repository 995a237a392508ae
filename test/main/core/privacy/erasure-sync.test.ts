import { describe, expect, test } from 'vitest';
import { MANAGER_PIN, ok } from '../../../helpers/desk.js';
import { complaintInput } from '../../../helpers/cases.js';
import { enrolledDesk, headOfficeForFile } from '../../../helpers/sync-desk.js';
import { scalar } from '../../../../main/core/db/sqlite.js';
import { recordAtHeadOffice } from '../../../../headoffice/src/store/headoffice-events.js';

const files = headOfficeForFile();
const keep = files.keep;

const customer = { name: 'Olena Shevchenko', phone: '+420 608 555 444', email: 'olena@example.com' };
const deskTraces = (d: Awaited<ReturnType<typeof enrolledDesk>>, caseId: string) =>
  scalar<number>(d.desk.db, "SELECT count(*) FROM events WHERE case_id = ? AND (payload LIKE '%608 555%' OR payload LIKE '%Olena%')", caseId);
const headOfficeTraces = async (caseId: string) =>
  (await files.ho.db.query<{ n: number }>("SELECT count(*)::int AS n FROM events WHERE case_id = $1 AND (payload::text LIKE '%608 555%' OR payload::text LIKE '%Olena%')", [caseId]))[0]!.n +
  (await files.ho.db.query<{ n: number }>("SELECT count(*)::int AS n FROM cases WHERE id = $1 AND state::text LIKE '%Olena%'", [caseId]))[0]!.n;

describe('erasure travels through head office to every desk of the store', () => {
  test("an erasure at one desk: head office and the store's other desk erase too, and nobody can find the customer", async () => {
    const a = keep(await enrolledDesk(files.ho, { storeCode: 'GDP01', deskCode: 'A' }));
    const b = keep(await enrolledDesk(files.ho, { storeCode: 'GDP01', deskCode: 'B' }));
    const filed = ok(await a.client.openComplaint(complaintInput({ customer })));
    ok(await a.client.syncNow({}));
    ok(await b.client.syncNow({}));
    expect(deskTraces(b, filed.id)).toBe(1);
    expect(await headOfficeTraces(filed.id)).toBe(2);

    const found = ok(await a.client.findCustomerData({ query: 'olena@example.com', approvalPin: MANAGER_PIN }));
    expect(found.cases.map((x) => x.case.id)).toEqual([filed.id]);
    ok(await a.client.eraseCustomerData({ caseIds: [filed.id], approvalPin: MANAGER_PIN }));
    ok(await a.client.syncNow({}));
    expect(await headOfficeTraces(filed.id)).toBe(0);
    ok(await b.client.syncNow({}));
    expect(deskTraces(b, filed.id)).toBe(0);
    const atB = ok(await b.client.getCase({ caseId: filed.id }));
    expect(atB.case.customer).toBeUndefined();
    expect(atB.case.complaint!.description).toBe(filed.complaint!.description);
    expect(ok(await b.client.listCases({ query: '608 555 444', limit: 10 })).items).toEqual([]);
  });

  test("head office's erasure (its retention sweep) reaches the desk that recorded the case", async () => {
    const a = keep(await enrolledDesk(files.ho, { storeCode: 'GDP02', deskCode: 'A' }));
    const filed = ok(await a.client.openComplaint(complaintInput({ customer })));
    ok(await a.client.syncNow({}));
    await recordAtHeadOffice(files.ho.db, filed.caseNo, 'customer.erased', 'retention', { reason: 'retention' });
    ok(await a.client.syncNow({}));
    expect(deskTraces(a, filed.id)).toBe(0);
    expect(ok(await a.client.getCase({ caseId: filed.id })).case).toMatchObject({ erased: { reason: 'retention' } });
    expect(ok(await a.client.listCases({ query: 'Olena', limit: 10 })).items).toEqual([]);
  });
});
