import { describe, expect, test } from 'vitest';
import { ok, readyDesk } from '../../../helpers/desk.js';
import { complaintInput } from '../../../helpers/cases.js';
import { enrolledDesk, headOfficeForFile, quickSync } from '../../../helpers/sync-desk.js';
import { issueEnrollmentCode } from '../../../../headoffice/src/store/enrollment.js';

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
});
