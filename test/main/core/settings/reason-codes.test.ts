import { describe, expect, test } from 'vitest';
import { ok } from '../../../helpers/desk.js';
import { receipt, returnLine } from '../../../helpers/cases.js';
import { enrolledDesk, headOfficeForFile } from '../../../helpers/sync-desk.js';
import { commandLine } from '../../../../headoffice/src/audit/audit-log.js';
import { saveOverrides, saveReason } from '../../../../headoffice/src/reference-admin/reference-store.js';
import { setReferenceData } from '../../../../headoffice/src/store/reference.js';

const files = headOfficeForFile();
const keep = files.keep;
const today = new Date().toISOString().slice(0, 10);

describe("head office's reason codes and policy overrides at the desk", () => {
  test('a new reason code and a legal override reach the desk on its next pull, and the desk uses them', async () => {
    const a = keep(await enrolledDesk(files.ho, { storeCode: 'RSN01', deskCode: 'A', language: 'cs' }));
    await files.ho.db.query("UPDATE stores SET country = 'CZ', region = 'Morava' WHERE code = 'RSN01'");
    const before = ok(await a.client.getSession({})).policy!;
    expect(before.reasons.offered).not.toContain('gift_unwanted');
    expect(before.returnWindowDays).toBe(30);

    await saveReason(files.ho.db, commandLine, { scope: 'chain', code: 'gift_unwanted', names: { en: 'Unwanted gift', cs: 'Nechtěný dárek' }, retired: false });
    await saveReason(files.ho.db, commandLine, { scope: 'region:Morava', code: 'wrong_size', names: {}, retired: true });
    await saveOverrides(files.ho.db, commandLine, 'store:RSN01', { returnWindowDays: 60 });
    ok(await a.client.syncNow({}));

    const after = ok(await a.client.getSession({})).policy!;
    expect(after.reasons.offered).toContain('gift_unwanted');
    expect(after.reasons.offered).not.toContain('wrong_size');
    expect(after.reasons.names.gift_unwanted).toEqual({ en: 'Unwanted gift', cs: 'Nechtěný dárek' });
    expect(after.returnWindowDays).toBe(60);

    // A return 45 days after the sale is within the store's 60 days: no manager needed, and the new reason is taken.
    const sold = new Date(Date.now() - 45 * 86_400_000).toISOString().slice(0, 10);
    const saved = ok(await a.client.recordReturn({ purchase: receipt(sold), refundMethod: 'cash', lines: [returnLine(500_00, 'CZK', { reason: 'gift_unwanted' })] }));
    expect(saved.return!.approval).toBeUndefined();
    expect(saved.return!.lines[0]!.reason).toBe('gift_unwanted');
    // The desk names it in its own language wherever a reason is shown or printed.
    expect(a.desk.t().t('terms:reason.gift_unwanted')).toBe('Nechtěný dárek');

    // A retired code is offered no more: a new return naming it is refused at its field.
    const refused = await a.client.recordReturn({ purchase: receipt(today), refundMethod: 'cash', lines: [returnLine(100_00, 'CZK', { reason: 'wrong_size' })] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'reason_not_offered', fields: ['lines.0.reason'] } });

    // Retiring the new code too: the case recorded with it still reads its name.
    await saveReason(files.ho.db, commandLine, { scope: 'chain', code: 'gift_unwanted', names: { en: 'Unwanted gift', cs: 'Nechtěný dárek' }, retired: true });
    ok(await a.client.syncNow({}));
    expect(ok(await a.client.getSession({})).policy!.reasons.offered).not.toContain('gift_unwanted');
    expect(ok(await a.client.getCase({ caseId: saved.id })).case.return!.lines[0]!.reason).toBe('gift_unwanted');
    expect(a.desk.t().t('terms:reason.gift_unwanted')).toBe('Nechtěný dárek');
  });

  test('an illegal override that reached the desk another way is not applied: the law\'s figure stays', async () => {
    const a = keep(await enrolledDesk(files.ho, { storeCode: 'RSN02', deskCode: 'A' }));
    // The command line's per-store data is not checked; the desk applies the same rule head office's screen does.
    await setReferenceData(files.ho.db, 'RSN02', { policyOverrides: { claimPeriod: { days: 60 }, guaranteeMonths: 12, refundLimit: 100_00 }, reasonCodes: [], staff: [] });
    ok(await a.client.syncNow({}));
    expect(ok(await a.client.getSession({})).policy).toMatchObject({ claimPeriod: { days: 30 }, guaranteeMonths: 24, refundLimit: 100_00 });
  });
});
