import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { ok } from '../../../helpers/desk.js';
import { complaintInput, receipt, returnLine } from '../../../helpers/cases.js';
import { enrolledDesk, headOfficeForFile } from '../../../helpers/sync-desk.js';
import { signedIn } from '../../../../headoffice/test/auth/sign-in.js';

const files = headOfficeForFile();
const bg = { country: 'BG' as const, language: 'bg' as const, currency: 'EUR' as const, storeCode: 'SOF01' };
type BgDesk = Awaited<ReturnType<typeof enrolledDesk>>;

const file = (desk: BgDesk, n: number, who: string) => desk.client.openComplaint(complaintInput({
  description: `Дефект ${who}-${n}; „капе“`, product: { name: `Чайник ${who}${n}`, serial: `SN-${who}${n}` },
  customer: { name: `Клиент ${who}${n}`, phone: '+359 888 123 456' },
}));
const register = async (desk: BgDesk) => ok(await desk.client.complaintsRegister({}));

describe('the BG complaints register across the desks of a store', () => {
  test("each desk numbers its own entries offline; after sync every desk and head office show the store's register in filing order, head office only to who may see the store", async () => {
    const a = files.keep(await enrolledDesk(files.ho, { ...bg, deskCode: 'A' }));
    const b = files.keep(await enrolledDesk(files.ho, { ...bg, deskCode: 'B' }));
    const year = Number(a.desk.today().slice(0, 4));

    // Filed in this order, each desk offline from the other (neither has synced yet).
    const filed = [ok(await file(a, 1, 'A')), ok(await file(b, 1, 'B'))];
    // A return takes the desk's next case number too; the register skips it.
    ok(await a.client.recordReturn({ purchase: receipt(a.desk.today()), lines: [returnLine(10_00, 'EUR')], refundMethod: 'cash' }));
    // Nor does a suggestion: it is no claim, so it is not in the register.
    ok(await b.client.openComplaint({ kind: 'suggestion', remedy: 'none', description: 'Повече паркоместа' }));
    filed.push(ok(await file(b, 2, 'B')), ok(await file(a, 2, 'A')));
    // Each desk numbered its own entries offline: its case numbers, in sequence.
    expect((await register(a)).entries.map((e) => e.no)).toEqual([filed[0]!.caseNo, filed[3]!.caseNo]);

    for (const d of [a, b, a]) ok(await d.client.syncNow({}));

    const atA = await register(a);
    expect(atA.entries.map((e) => e.no)).toEqual(filed.map((f) => f.caseNo));
    expect(atA.entries[0]).toMatchObject({ consumer: 'Клиент A1, +359 888 123 456', goods: 'Чайник A1, SN-A1', defect: 'Дефект A-1; „капе“', remedy: 'repair' });
    expect(atA.entries[0]!.outcome).toBeUndefined();
    // Each desk's run has no gap or duplicate after the sync: A's 2 is its return, B's 2 its suggestion.
    expect(filed.map((f) => f.caseNo.replace(/-\d{4}-/, '-'))).toEqual(['SOF01-A-00001', 'SOF01-B-00001', 'SOF01-B-00003', 'SOF01-A-00003']);
    const caseNos = ok(await a.client.listCases({ limit: 50 })).items.map((c) => c.caseNo.replace(/-\d{4}-/, '-')).sort();
    expect(caseNos).toEqual(['SOF01-A-00001', 'SOF01-A-00002', 'SOF01-A-00003', 'SOF01-B-00001', 'SOF01-B-00002', 'SOF01-B-00003']);
    expect(ok(await b.client.listCases({ limit: 50 })).items.map((c) => c.caseNo.replace(/-\d{4}-/, '-')).sort()).toEqual(caseNos);
    expect((await register(b)).entries).toEqual(atA.entries);

    // B settles A's first claim; the customer declined the confirmation. A and head office see the outcome.
    ok(await b.client.handDocument({ caseId: filed[0]!.id, document: 'filing', how: 'declined' }));
    ok(await b.client.resolveComplaint({ caseId: filed[0]!.id, outcome: 'rejected', reason: 'Удар; „механична“ повреда' }));
    for (const d of [b, a]) ok(await d.client.syncNow({}));
    const settled = await register(a);
    expect(settled.entries[0]!.outcome).toMatchObject({ outcome: 'rejected', on: a.desk.today() });
    expect(ok(await b.client.syncStatus({})).rejected).toEqual([]);

    // Head office: the same table from the events it holds, for a regional manager of the store, as Excel would open it.
    const manager = await signedIn(files.ho.app, files.ho.db, 'regional_manager', ['SOF01']);
    const get = (url: string, headers = manager.headers) => files.ho.app.inject({ method: 'GET', url, headers });
    const res = await get(`/register.csv?store=SOF01&year=${year}&lang=bg`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="complaints-register-SOF01-${year}.csv"`);
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    expect(parse(res.body, { bom: true, delimiter: ';' })).toEqual([settled.table.columns, ...settled.table.rows]);

    const page = (await get(`/register?store=SOF01&year=${year}&lang=bg`)).body;
    expect(page).toContain('Регистър на рекламациите');
    expect(page.indexOf('Клиент A1')).toBeLessThan(page.indexOf('Клиент B1'));
    expect(page).toContain('Удар; „механична“ повреда');
    const pdf = await get(`/register.pdf?store=SOF01&year=${year}&lang=bg`);
    expect([pdf.statusCode, pdf.headers['content-type'], pdf.rawPayload.subarray(0, 5).toString()]).toEqual([200, 'application/pdf', '%PDF-']);

    // Nobody else: another region's manager, the service centre, or a browser without a session.
    const otherRegion = await signedIn(files.ho.app, files.ho.db, 'regional_manager', ['PLO01']);
    const serviceCentre = await signedIn(files.ho.app, files.ho.db, 'service_centre');
    for (const url of ['/register?store=SOF01', '/register.csv?store=SOF01', '/register.pdf?store=SOF01']) {
      expect((await get(url, otherRegion.headers)).statusCode, url).toBe(403);
      expect((await get(url, serviceCentre.headers)).statusCode, url).toBe(403);
      expect((await files.ho.app.inject({ method: 'GET', url })).statusCode, url).toBe(302);
    }
  });
});
