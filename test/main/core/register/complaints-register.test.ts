import { describe, expect, test } from 'vitest';
import { ok } from '../../../helpers/desk.js';
import { complaintInput, receipt, returnLine } from '../../../helpers/cases.js';
import { enrolledDesk, headOfficeForFile } from '../../../helpers/sync-desk.js';

const files = headOfficeForFile();
const bg = { country: 'BG' as const, language: 'bg' as const, currency: 'EUR' as const, storeCode: 'SOF01' };
type BgDesk = Awaited<ReturnType<typeof enrolledDesk>>;

const file = (desk: BgDesk, n: number, who: string) => desk.client.openComplaint(complaintInput({
  description: `Дефект ${who}-${n}; „капе“`, product: { name: `Чайник ${who}${n}`, serial: `SN-${who}${n}` },
  customer: { name: `Клиент ${who}${n}`, phone: '+359 888 123 456' },
}));
const register = async (desk: BgDesk) => ok(await desk.client.complaintsRegister({}));

describe('the BG complaints register across the desks of a store', () => {
  test("each desk numbers its own entries offline; after sync every desk and head office show the store's register in filing order", async () => {
    const a = files.keep(await enrolledDesk(files.ho, { ...bg, deskCode: 'A' }));
    const b = files.keep(await enrolledDesk(files.ho, { ...bg, deskCode: 'B' }));
    const year = Number(a.desk.today().slice(0, 4));

    // Filed in this order, each desk offline from the other (neither has synced yet).
    const filed = [ok(await file(a, 1, 'A')), ok(await file(b, 1, 'B'))];
    // A return takes a case number too, but no register number: the register has no gap for it.
    ok(await a.client.recordReturn({ purchase: receipt(a.desk.today()), lines: [returnLine(10_00, 'EUR')], refundMethod: 'cash' }));
    // Nor does a suggestion: it is no claim, so it is not in the register.
    ok(await b.client.openComplaint({ kind: 'suggestion', remedy: 'none', description: 'Повече паркоместа' }));
    filed.push(ok(await file(b, 2, 'B')), ok(await file(a, 2, 'A')));
    expect((await register(a)).entries.map((e) => e.no)).toEqual([`A-${year}/1`, `A-${year}/2`]);

    for (const d of [a, b, a]) ok(await d.client.syncNow({}));

    const atA = await register(a);
    expect(atA.entries.map((e) => e.caseNo)).toEqual(filed.map((f) => f.caseNo));
    expect(atA.entries.map((e) => e.no)).toEqual([`A-${year}/1`, `B-${year}/1`, `B-${year}/2`, `A-${year}/2`]);
    expect(atA.entries[0]).toMatchObject({ consumer: 'Клиент A1, +359 888 123 456', goods: 'Чайник A1, SN-A1', defect: 'Дефект A-1; „капе“', remedy: 'repair' });
    expect(atA.entries[0]!.outcome).toBeUndefined();
    // Case numbers: each desk's own run, no gap or duplicate (A's return holds A's number 2).
    expect(filed.map((f) => f.caseNo.replace(/-\d{4}-/, '-'))).toEqual(['SOF01-A-00001', 'SOF01-B-00001', 'SOF01-B-00003', 'SOF01-A-00003']);
    expect((await register(b)).entries).toEqual(atA.entries);

    // B settles A's first claim; the customer declined the confirmation. A and head office see the outcome.
    ok(await b.client.handDocument({ caseId: filed[0]!.id, document: 'filing', how: 'declined' }));
    ok(await b.client.resolveComplaint({ caseId: filed[0]!.id, outcome: 'rejected', reason: 'Удар; „механична“ повреда' }));
    for (const d of [b, a]) ok(await d.client.syncNow({}));
    const settled = await register(a);
    expect(settled.entries[0]!.outcome).toMatchObject({ outcome: 'rejected', on: a.desk.today() });
    expect(ok(await b.client.syncStatus({})).rejected).toEqual([]);
  });
});
