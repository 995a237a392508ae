import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MANAGER_PIN, ok, readyDesk } from '../../../helpers/desk.js';
import { testClock } from '../../../helpers/clock.js';
import { complaintInput, receipt, returnLine, signInClerk } from '../../../helpers/cases.js';

let d: Awaited<ReturnType<typeof readyDesk>>;
let clock: ReturnType<typeof testClock>;
beforeEach(async () => {
  clock = testClock('2026-03-10');
  d = await readyDesk({}, { now: clock.now });
});
afterEach(() => d.remove());

const recordReturn = async () => ok(await d.client.recordReturn({ purchase: receipt('2026-03-09'), refundMethod: 'cash', lines: [returnLine(1000)] })).id;

describe('voidCase: a manager corrects a return or exchange the same day', () => {
  it('voids with the manager PIN and a reason, even while a clerk is signed in', async () => {
    const caseId = await recordReturn();
    await signInClerk(d.client);
    clock.advance(3 * 3600_000);
    const s = ok(await d.client.voidCase({ caseId, reason: 'wrong item scanned', approvalPin: MANAGER_PIN }));
    const manager = d.desk.staff.list().find((x) => x.role === 'manager')!;
    expect(s).toMatchObject({ status: 'voided', voided: { reason: 'wrong item scanned', managerId: manager.id } });
  });

  it('refuses a clerk PIN and leaves the document as it was', async () => {
    const caseId = await recordReturn();
    await signInClerk(d.client);
    expect(await d.client.voidCase({ caseId, reason: 'oops', approvalPin: '1111' })).toMatchObject({ ok: false, error: { code: 'manager_required', approve: ['void'] } });
    expect(ok(await d.client.getCase({ caseId })).case.status).toBe('recorded');
  });

  it('refuses the next day, even for a manager', async () => {
    const caseId = await recordReturn();
    clock.setDay('2026-03-11');
    expect(await d.client.voidCase({ caseId, reason: 'late', approvalPin: MANAGER_PIN })).toMatchObject({ ok: false, error: { code: 'void_not_same_day' } });
    expect(ok(await d.client.getCase({ caseId })).case.status).toBe('recorded');
  });

  it('refuses to void twice, or to void a complaint', async () => {
    const caseId = await recordReturn();
    ok(await d.client.voidCase({ caseId, reason: 'typo', approvalPin: MANAGER_PIN }));
    expect(await d.client.voidCase({ caseId, reason: 'again', approvalPin: MANAGER_PIN })).toMatchObject({ ok: false, error: { code: 'not_voidable' } });
    const complaint = ok(await d.client.openComplaint(complaintInput())).id;
    expect(await d.client.voidCase({ caseId: complaint, reason: 'no', approvalPin: MANAGER_PIN })).toMatchObject({ ok: false, error: { code: 'not_voidable' } });
  });

  it('requires a reason', async () => {
    const caseId = await recordReturn();
    expect(await d.client.voidCase({ caseId, reason: '  ', approvalPin: MANAGER_PIN })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: ['reason'] } });
  });
});
