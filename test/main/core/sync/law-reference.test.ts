import { describe, expect, test } from 'vitest';
import { ZodError } from 'zod';
import { runAdminCommand } from '../../../../headoffice/src/admin-commands.js';
import { ok } from '../../../helpers/desk.js';
import { testClock } from '../../../helpers/clock.js';
import { complaintInput } from '../../../helpers/cases.js';
import { enrolledDesk, headOfficeForFile } from '../../../helpers/sync-desk.js';

const files = headOfficeForFile();
const bgStore = { storeCode: 'VAR01', deskCode: 'A', country: 'BG', currency: 'EUR', language: 'bg' } as const;
const uaStore = { storeCode: 'LVI01', deskCode: 'A', country: 'UA', currency: 'UAH', language: 'uk' } as const;

describe("head office's law reference data reaches the desk with the pull, and the desk counts deadlines by it", () => {
  test('BG: decree days off entered at head office move the due date at the desk, and head office folds the same date', async () => {
    const d = files.keep(await enrolledDesk(files.ho, bgStore, { now: testClock('2026-11-28').now }));
    // One month to Monday 28 Dec, a day off for 26 Dec on a Saturday (чл. 154, ал. 2 КТ): Tuesday 29 Dec.
    expect(ok(await d.client.openComplaint(complaintInput())).complaint!.dueDate).toBe('2026-12-29');

    for (const date of ['2026-12-29', '2026-12-30']) {
      await runAdminCommand(files.ho.db, 'calendar-add', { country: 'BG', date, kind: 'day_off', note: 'РМС: преместване на работни дни' });
    }
    ok(await d.client.syncNow({}));
    expect(ok(await d.client.getSession({})).policy!.daysOff).toEqual(expect.arrayContaining(['2026-12-28', '2026-12-29', '2026-12-30']));
    const filed = ok(await d.client.openComplaint(complaintInput()));
    expect(filed).toMatchObject({ lawVersion: 'bg-zpcscupss', complaint: { dueDate: '2026-12-31' } });

    ok(await d.client.syncNow({}));
    const [row] = await files.ho.db.query<{ due_date: string; law: string }>("SELECT due_date, state->>'lawVersion' AS law FROM cases WHERE id = $1", [filed.id]);
    expect(row).toEqual({ due_date: '2026-12-31', law: 'bg-zpcscupss' });

    // A removed entry is gone at the desk after its next pull.
    await runAdminCommand(files.ho.db, 'calendar-remove', { country: 'BG', date: '2026-12-30' });
    ok(await d.client.syncNow({}));
    expect(ok(await d.client.openComplaint(complaintInput())).complaint!.dueDate).toBe('2026-12-30');
  });

  test('UA: the date head office sets for Law 3153-IX applies to cases filed from then; a case filed before keeps its law', async () => {
    const clock = testClock('2026-11-19');
    const d = files.keep(await enrolledDesk(files.ho, uaStore, { now: clock.now }));
    const before = ok(await d.client.openComplaint(complaintInput({ remedy: 'replacement' })));
    expect(before.lawVersion).toBe('ua-1023-xii-martial-law');

    await runAdminCommand(files.ho.db, 'law-set-date', { country: 'UA', version: 'ua-3153-ix', from: '2026-11-20' });
    ok(await d.client.syncNow({}));
    expect(ok(await d.client.openComplaint(complaintInput({ remedy: 'replacement' }))).lawVersion).toBe('ua-1023-xii-martial-law');
    clock.setDay('2026-11-20');
    expect(ok(await d.client.openComplaint(complaintInput({ remedy: 'replacement' }))).lawVersion).toBe('ua-3153-ix');
    expect(ok(await d.client.getCase({ caseId: before.id })).case.lawVersion).toBe('ua-1023-xii-martial-law');
  });

  test('head office refuses a date for a law that does not wait for one, and a day that does not exist', async () => {
    await expect(runAdminCommand(files.ho.db, 'law-set-date', { country: 'RU', version: 'ru-657', from: '2027-01-01' })).rejects.toBeInstanceOf(ZodError);
    await expect(runAdminCommand(files.ho.db, 'calendar-add', { country: 'BG', date: '2026-02-30', kind: 'day_off', note: '' })).rejects.toBeInstanceOf(ZodError);
    expect(await runAdminCommand(files.ho.db, 'calendar-list', { country: 'RU' })).toEqual({ entries: [] });
  });
});
