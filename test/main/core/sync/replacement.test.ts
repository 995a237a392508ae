import { describe, expect, test } from 'vitest';
import { ok, readyDesk } from '../../../helpers/desk.js';
import { complaintInput } from '../../../helpers/cases.js';
import { enrolledDesk, headOfficeForFile, quickSync } from '../../../helpers/sync-desk.js';
import { issueEnrollmentCode } from '../../../../headoffice/src/store/enrollment.js';
import { recordAtHeadOffice } from '../../../../headoffice/src/store/headoffice-events.js';

const files = headOfficeForFile();

describe('a PC replacing a desk', () => {
  test('is refused with a plain code; with a replacement code it takes over and continues the register', async () => {
    const old = files.keep(await enrolledDesk(files.ho, { storeCode: 'RPL01', deskCode: 'A' }));
    const before = [];
    for (let i = 0; i < 3; i++) before.push(ok(await old.client.openComplaint(complaintInput({ description: `Old PC case ${i + 1}` }))));
    expect(ok(await old.client.syncNow({}))).toMatchObject({ state: 'idle', waiting: 0 });

    const newPc = files.keep(await readyDesk({ storeCode: 'RPL01', deskCode: 'A' }, { sync: quickSync }));
    const plain = await issueEnrollmentCode(files.ho.db, { storeCode: 'RPL01', deskCode: 'A' });
    expect(await newPc.client.enroll({ url: files.ho.url, code: plain })).toMatchObject({ ok: false, error: { code: 'enrollment_desk_taken' } });

    const replacement = await issueEnrollmentCode(files.ho.db, { storeCode: 'RPL01', deskCode: 'A', replace: true });
    expect(ok(await newPc.client.enroll({ url: files.ho.url, code: replacement }))).toMatchObject({ enrolled: true, state: 'idle' });
    // Enrolling pulled the old PC's cases; the next number follows the highest of them.
    const next = ok(await newPc.client.openComplaint(complaintInput({ description: 'New PC case' })));
    expect(next.caseNo).toBe(before[2]!.caseNo.replace(/00003$/, '00004'));
    expect(ok(await newPc.client.syncNow({}))).toMatchObject({ state: 'idle', waiting: 0 });
    const held = await files.ho.db.query<{ case_no: string }>("SELECT case_no FROM cases WHERE store_code = 'RPL01' ORDER BY case_no");
    expect(held.map((r) => r.case_no)).toEqual([...before.map((c) => c.caseNo), next.caseNo]);

    // The old PC is signed out of head office: it keeps recording locally, but nothing of it is taken.
    ok(await old.client.openComplaint(complaintInput({ description: 'Old PC, after the handover' })));
    expect(ok(await old.client.syncNow({}))).toMatchObject({ state: 'unauthorized', waiting: 1 });
    expect(await files.ho.db.query("SELECT 1 FROM cases WHERE store_code = 'RPL01'")).toHaveLength(4);
  });

  test('a PC that numbered cases before enrollment pulls a case with the same number: both are kept, the pull goes on', async () => {
    const old = files.keep(await enrolledDesk(files.ho, { storeCode: 'CLS01', deskCode: 'A' }));
    const theirs = [ok(await old.client.openComplaint(complaintInput({ description: 'Kettle' }))), ok(await old.client.openComplaint(complaintInput({ description: 'Iron' })))];
    ok(await old.client.syncNow({}));
    // Recorded offline on the new PC before it was enrolled: it numbered from 00001 as well.
    const newPc = files.keep(await readyDesk({ storeCode: 'CLS01', deskCode: 'A' }, { sync: quickSync }));
    const mine = ok(await newPc.client.openComplaint(complaintInput({ description: 'Toaster' })));
    expect(mine.caseNo).toBe(theirs[0]!.caseNo);

    const replacement = await issueEnrollmentCode(files.ho.db, { storeCode: 'CLS01', deskCode: 'A', replace: true });
    expect(ok(await newPc.client.enroll({ url: files.ho.url, code: replacement }))).toMatchObject({ state: 'idle', waiting: 0, lastError: null });
    const listed = ok(await newPc.client.listCases({ query: theirs[0]!.caseNo, limit: 10 })).items;
    expect(listed.map((c) => c.id).sort()).toEqual([mine.id, theirs[0]!.id].sort());
    expect(ok(await newPc.client.getCase({ caseId: theirs[1]!.id })).case.complaint!.description).toBe('Iron');
    // Later pulls are not held up, and the register goes on after the highest number.
    await recordAtHeadOffice(files.ho.db, theirs[1]!.caseNo, 'complaint.resolved', 'service-centre', { outcome: 'accepted', method: 'repair' });
    expect(ok(await newPc.client.syncNow({}))).toMatchObject({ state: 'idle', lastError: null });
    expect(ok(await newPc.client.getCase({ caseId: theirs[1]!.id })).case.status).toBe('resolved');
    expect(ok(await newPc.client.openComplaint(complaintInput()))).toMatchObject({ caseNo: theirs[1]!.caseNo.replace(/00002$/, '00003') });
    // Head office holds both cases numbered 00001: a verdict by that number is refused, not guessed.
    await expect(recordAtHeadOffice(files.ho.db, mine.caseNo, 'complaint.resolved', 'service-centre', { outcome: 'accepted', method: 'repair' }))
      .rejects.toMatchObject({ status: 409, code: 'case_ambiguous' });
  });
});
