import { afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { ok, readyDesk, tempDesk, MANAGER_PIN } from '../../helpers/desk.js';
import { testClock } from '../../helpers/clock.js';
import { complaintInput, receipt, returnLine } from '../../helpers/cases.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('case numbers <STORE>-<DESK>-<YYYY>-<NNNNN>', () => {
  it('run 00001, 00002, … per desk across every kind of case', async () => {
    const d = await readyDesk({ storeCode: 'prg01', deskCode: 'b' }, { now: testClock('2026-03-10').now });
    const nos = [
      ok(await d.client.openComplaint(complaintInput())).caseNo,
      ok(await d.client.recordReturn({ purchase: receipt('2026-03-09'), refundMethod: 'cash', lines: [returnLine(100)] })).caseNo,
      ok(await d.client.openComplaint(complaintInput())).caseNo,
    ];
    expect(nos).toEqual(['PRG01-B-2026-00001', 'PRG01-B-2026-00002', 'PRG01-B-2026-00003']);
    d.remove();
  });

  it('a refused command does not use up a number', async () => {
    const d = await readyDesk({}, { now: testClock('2026-03-10').now });
    ok(await d.client.openComplaint(complaintInput()));
    expect((await d.client.recordReturn({ purchase: receipt('2025-01-01'), refundMethod: 'cash', lines: [returnLine(100)] })).ok).toBe(false);
    expect((await d.client.recordReturn({ purchase: receipt('2026-03-09'), refundMethod: 'cash', lines: [returnLine(100, 'EUR')] })).ok).toBe(false);
    expect(ok(await d.client.openComplaint(complaintInput())).caseNo).toBe('PRG01-A-2026-00002');
    d.remove();
  });

  it('survive closing and reopening the desk, and restart at 00001 on a new year', async () => {
    const clock = testClock('2026-12-31');
    const first = await readyDesk({}, { now: clock.now });
    dirs.push(first.dir);
    ok(await first.client.openComplaint(complaintInput()));
    ok(await first.client.openComplaint(complaintInput()));
    first.services.close();

    const again = tempDesk({ dir: first.dir, now: clock.now });
    ok(await again.client.signIn({ pin: MANAGER_PIN }));
    expect(ok(await again.client.openComplaint(complaintInput())).caseNo).toBe('PRG01-A-2026-00003');
    clock.setDay('2027-01-01');
    expect(ok(await again.client.openComplaint(complaintInput())).caseNo).toBe('PRG01-A-2027-00001');
    expect(ok(await again.client.openComplaint(complaintInput())).caseNo).toBe('PRG01-A-2027-00002');
    again.services.close();

    const third = tempDesk({ dir: first.dir, now: clock.now });
    ok(await third.client.signIn({ pin: MANAGER_PIN }));
    expect(ok(await third.client.openComplaint(complaintInput())).caseNo).toBe('PRG01-A-2027-00003');
    third.services.close();
  });
});
