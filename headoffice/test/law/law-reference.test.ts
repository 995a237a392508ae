import { describe, expect, test } from 'vitest';
import { runAdminCommand } from '../../src/admin-commands.js';
import { bearer, enrolledDevice, headOfficeAppForFile } from '../api.js';

const ho = headOfficeAppForFile();

type Law = { version: number; data: { calendar: unknown[]; lawDates: unknown[] } } | null;
const pull = async (token: string, lawVersion: string) => {
  const res = await ho.app.inject({ method: 'GET', url: `/v1/events?lawVersion=${lawVersion}`, headers: bearer(token) });
  return { status: res.statusCode, law: (res.json() as { law?: Law }).law };
};

describe('law reference data in the pull', () => {
  test('every store gets the whole chain\'s entries once they are newer than what it holds, and nothing after', async () => {
    const sofia = await enrolledDevice(ho.app, ho.db, 'SOF01', 'A');
    const moscow = await enrolledDevice(ho.app, ho.db, 'MSK01', 'A');
    expect((await pull(sofia.token, '0')).law).toBeNull();

    await runAdminCommand(ho.db, 'calendar-add', { country: 'BG', date: '2026-12-28', kind: 'day_off', note: 'first' });
    // Entered again for the same day: replaced, not doubled.
    await runAdminCommand(ho.db, 'calendar-add', { country: 'BG', date: '2026-12-28', kind: 'day_off', note: 'РМС № 1' });
    const { version } = (await runAdminCommand(ho.db, 'law-set-date', { country: 'UA', version: 'ua-3153-ix', from: '2027-06-01' })) as { version: number };

    const expected = {
      version,
      data: {
        calendar: [{ country: 'BG', date: '2026-12-28', kind: 'day_off', note: 'РМС № 1' }],
        lawDates: [{ country: 'UA', versionId: 'ua-3153-ix', effectiveFrom: '2027-06-01' }],
      },
    };
    expect((await pull(sofia.token, '0')).law).toEqual(expected);
    expect((await pull(moscow.token, String(version - 1))).law).toEqual(expected);
    expect((await pull(sofia.token, String(version))).law).toBeNull();
    expect((await pull(sofia.token, 'x')).status).toBe(400);

    // `law list` shows which versions wait for a date and the one head office set.
    expect(await runAdminCommand(ho.db, 'law-list', { country: 'UA' })).toEqual({ versions: [
      { country: 'UA', id: 'ua-1023-xii', effectiveFrom: '1991-05-12', datedByHeadOffice: false },
      { country: 'UA', id: 'ua-1023-xii-martial-law', effectiveFrom: '2022-03-24', datedByHeadOffice: false },
      { country: 'UA', id: 'ua-1023-xii-after-martial-law', effectiveFrom: null, datedByHeadOffice: true },
      { country: 'UA', id: 'ua-3153-ix', effectiveFrom: '2027-06-01', datedByHeadOffice: true },
    ] });
  });

  test('each change is in the audit log as the command line\'s', async () => {
    await runAdminCommand(ho.db, 'calendar-add', { country: 'RU', date: '2027-01-09', kind: 'day_off', note: 'перенос с 3 января' });
    await runAdminCommand(ho.db, 'calendar-remove', { country: 'RU', date: '2027-01-09' });
    const rows = await ho.db.query<{ action: string; target: string }>("SELECT action, target FROM audit_log WHERE action LIKE 'law.%' AND target LIKE 'RU %' ORDER BY id");
    expect(rows).toEqual([{ action: 'law.calendar_added', target: 'RU 2027-01-09' }, { action: 'law.calendar_removed', target: 'RU 2027-01-09' }]);
  });
});
